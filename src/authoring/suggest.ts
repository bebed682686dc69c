// The events a whole article proposes: each sentence that reports something (done, said, or to
// come), one suggestion per sentence — or per clause where a sentence dates two things — with a
// title, a kind, the actors it names and a date: its own words' (dateProposals.ts), else the date
// of the passage it goes on about ("the talks" after "talks over the weekend"), else bounded by
// the publication day. Pure: runs in a worker for the editor and in Node for `npm run suggest`.

import { parseIsoDay } from '../dataset/calendar';
import { formatDayLong } from '../dataset/formatDate';
import type { Actor, EventActor } from '../dataset/schema';
import { type DateProposal, proposeDates } from './dateProposals';
import { actorsNamedIn, titleFrom } from './eventProposal';

export interface Suggestion {
  /** UTF-16 offsets of the words in the article's text. */
  start: number;
  end: number;
  exact: string;
  title: string;
  kind: string;
  /** EDTF. */
  value: string;
  /** The article's words that date it ('' when none do). */
  expression: string;
  /** How the date was reached. */
  note: string;
  alternatives: string[];
  actors: EventActor[];
}

export interface SuggestOptions {
  /** Known actors, found in each sentence by name or alias. */
  actors?: readonly Actor[];
  /** Ranges events already quote: sentences touching them are not proposed again. */
  quoted?: ReadonlyArray<{ start: number; end: number }>;
}

/** A sentence or clause of the article, with the date its own words give (if any). */
interface Unit {
  start: number;
  end: number;
  date: DateProposal | null;
  /**
   * For a main clause whose sentence dates a clause after it ("…, after the military left on
   * August 30"): that clause's date, and whether the main clause came after it or before.
   */
  anchor?: { date: DateProposal; after: boolean; words: string };
  /** Its words as stems (common nouns and verbs: proper names tie every sentence together). */
  topic: ReadonlySet<string>;
}

/**
 * Words news uses for one kind of happening, met as one ("the attack" after "the bombing", "the
 * discussions" after "talks"): each stem maps to its kind's name.
 */
const HAPPENINGS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries({
    attack: 'attack bomb bombing bomber blast explosion explod explos assault shooting raid',
    talk: 'talk meet met discuss negotiat summit',
    statement: 'statement remark comment announc',
    power: 'power control takeover seiz',
    vote: 'vote election ballot poll',
    agreement: 'agreement deal accord treaty ceasefire truce',
  }).flatMap(([kind, words]) => words.split(' ').map((word) => [word, kind])),
);

/**
 * A crude stem, enough to meet "talks" in "talked" and "discussions" in "discussed", and a kind
 * of happening in any of its words ("bombing", "blast": attack).
 */
function stem(word: string): string {
  const lower = word.toLowerCase().replace(/[’']s$/u, '');
  let base = lower.replace(/(?:ations?|ions?|ings?|ments?|ers|ed)$/u, '');
  base = /(?:ss|x|ch|sh)es$/u.test(base) ? base.slice(0, -2) : base.replace(/(?<!s)s$/u, '');
  for (const form of [lower, base, lower.replace(/(?<!s)s$/u, '')]) {
    const kind = HAPPENINGS[form];
    if (kind) return kind;
  }
  // Longer roots also as the start of a word ("negotiat" in "negotiators").
  for (let end = lower.length; end >= 5; end--) {
    const kind = HAPPENINGS[lower.slice(0, end)];
    if (kind) return kind;
  }
  return base;
}

/** Words too common to tie a sentence to another (stems). */
const COMMON = new Set(
  'the this that these those such with from have been were will would also about which their there they them than then when what into over after before since while said says told year years week weeks month months time first last other more most some many much very just only been being does dont could should said state group'
    .split(' ')
    .map(stem),
);

const WORD = /\p{L}[\p{L}\p{N}'’-]*/gu;

function contentStems(text: string): Set<string> {
  const stems = new Set<string>();
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    // Names tie every sentence of a story together; a sentence's first word is no name.
    const opens = text.slice(0, match.index).trim() === '';
    if (word.length < 4 || (/^\p{Lu}/u.test(word) && !opens)) continue;
    const s = stem(word);
    if (s.length >= 4 && !COMMON.has(s)) stems.add(s);
  }
  return stems;
}

/** What a definite phrase ("the talks", "this attack", "such meeting") refers back to. */
function referringStems(text: string): Set<string> {
  const stems = new Set<string>();
  for (const match of text.matchAll(
    /\b(?:the|this|that|these|those|such)\s+((?:\S+\s+){0,2}\S+)/giu,
  )) {
    for (const word of (match[1] ?? '').match(WORD) ?? []) {
      if (/^\p{Lu}/u.test(word)) continue;
      const s = stem(word);
      if (s.length >= 4 && !COMMON.has(s)) stems.add(s);
    }
  }
  return stems;
}

/** Words before a dated clause that make it a clause of its own (the date anchors it, not them). */
const SUBORDINATE = /(?:,\s*|\s)(?:since|after|before|until|following)\s/giu;

/** A sentence says something happened, is said, or will: it has a finite verb of some kind. */
const REPORTS =
  /\b(?:\w+ed|(?:it|that|there|this|what|he|she)['’]s|said|says|told|met|made|took|began|came|left|won|lost|held|gave|went|saw|sent|fell|rose|killed|hit|will|would|has|have|had|is|are|was|were|plans?|expects?|agreed|urged?s?|confirm\w*|announc\w*|claim\w*|report\w*)\b/iu;

/** Lines that are the page's furniture, not the story: "READ NEXT: …", "WATCH: …", bylines. */
const FURNITURE =
  /^(?:[A-Z][A-Z ]{2,}:|(?:this article is|written by|copyright|all rights reserved|photo|image|video)\b)/iu;

/** Abbreviations that end a segment without ending its sentence ("the U.S. State Department"). */
const ABBREVIATION =
  /(?:\b(?:\p{Lu}\.){2,}|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Gov|Sen|Rep|Lt|Col|Capt|Sgt|Prof|Jr|Sr|No|Vol|Inc|Corp|Co|Ltd)\.)$/u;

/** The sentences of each paragraph (Intl.Segmenter, with abbreviations mended). */
function sentencesOf(text: string): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  let at = 0;
  for (const line of text.split('\n')) {
    let joinNext = false;
    for (const { index, segment } of segmenter.segment(line)) {
      let start = at + index;
      let end = start + segment.length;
      while (start < end && /\s/u.test(text[start] ?? '')) start++;
      while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
      if (end <= start) continue;
      const last = found.at(-1);
      if (joinNext && last) last.end = end;
      else found.push({ start, end });
      joinNext = ABBREVIATION.test(text.slice(start, end));
    }
    at += line.length + 1;
  }
  return found;
}

/** Whether a sentence is one to propose: a full sentence that reports something. */
function reports(sentence: string, dated: boolean): boolean {
  const words = sentence.match(WORD)?.length ?? 0;
  if (words < 5 || FURNITURE.test(sentence)) return false;
  // A headline: no closing punctuation (and written in title case, as a rule).
  if (!/[.!?…"”’)]$/u.test(sentence)) return false;
  return dated || REPORTS.test(sentence);
}

/**
 * The units of one sentence: itself, with its first date; or, where a date stands in a clause
 * that starts after the main one ("…, since the withdrawal in late August"), the main clause and
 * that clause apart, since the date anchors the second, not the first.
 */
function unitsOf(text: string, start: number, end: number, dates: readonly DateProposal[]): Unit[] {
  const sentence = text.slice(start, end);
  const first = dates[0] ?? null;
  const whole = (date: DateProposal | null): Unit => ({
    start,
    end,
    date,
    topic: contentStems(sentence),
  });
  if (!first) return [whole(null)];
  let cut = -1;
  let after = true;
  for (const match of sentence.matchAll(SUBORDINATE)) {
    if (match.index >= first.start) continue;
    cut = match.index;
    after = !/before|until/iu.test(match[0]);
  }
  const main = cut === -1 ? '' : sentence.slice(0, cut);
  // Split only where the main clause says something of its own (a few words, a verb).
  if (cut === -1 || (main.match(WORD)?.length ?? 0) < 6 || !REPORTS.test(main)) {
    return [whole(first)];
  }
  let second = cut;
  while (/[\s,]/u.test(sentence[second] ?? '')) second++;
  let mainEnd = cut;
  while (mainEnd > 0 && /[\s,]/u.test(sentence[mainEnd - 1] ?? '')) mainEnd--;
  const rest = sentence.slice(second);
  const restDate = { ...first, start: first.start - second, end: first.end - second };
  return [
    {
      start,
      end: start + mainEnd,
      date: null,
      anchor: { date: first, after, words: rest },
      topic: contentStems(main),
    },
    { start: start + second, end, date: restDate, topic: contentStems(rest) },
  ];
}

/** How far back (in units) a sentence may refer to an earlier one. */
const LOOK_BACK = 12;

/** The kind of event a sentence reports, by its words (a person changes it freely). */
function kindOf(text: string): string {
  const words = text.toLowerCase();
  if (/\b(?:bomb\w*|blast|attack\w*|kill\w*|explo\w*|shoot\w*|shot|wounded|injured)\b/u.test(words))
    return 'attack';
  if (
    /\b(?:said|says|told|stated|announc\w*|confirm\w*|claim\w*|noted|echoed|added|urged?|underscored|condemn\w*|report\w*|denied|warned)\b/u.test(
      words,
    )
  )
    return 'statement';
  if (/\b(?:talks|meeting|met|delegation|negotiat\w*|summit|diplomat\w*|envoy)\b/u.test(words))
    return 'diplomacy';
  if (/\b(?:troops|military|soldiers|army|withdraw\w*|forces)\b/u.test(words)) return 'military';
  if (/\b(?:power|control|government|election|president|parliament|law)\b/u.test(words))
    return 'political';
  return 'statement';
}

/** The sentence speaks of what is to come ("will", "plans to", "is expected to"). */
function speaksOfFuture(text: string): boolean {
  return /\b(?:will|shall|is (?:expected|due|scheduled|set) to|plans? to|intends? to|next (?:week|month|year))\b/iu.test(
    text,
  );
}

/** A unit's date as settled, and whether later units may take it ("the talks" after them). */
interface Made {
  value: string;
  expression: string;
  note: string;
  alternatives: string[];
  settles: boolean;
  /** Words the unit brings to what later units may refer to (those of what it refers to too). */
  topic?: ReadonlySet<string>;
}

interface Settled {
  unit: Unit;
  value: string;
  expression: string;
  words: string;
}

/** An earlier passage's words as a note quotes them: up to ten words. */
function shortQuote(words: string): string {
  const all = words.replace(/\s+/g, ' ').trim().split(' ');
  return all.length <= 10 ? all.join(' ') : `${all.slice(0, 10).join(' ')}…`;
}

const made = (value: string, note: string, expression = '', settles = true): Made => ({
  value,
  expression,
  note,
  alternatives: [],
  settles,
});

/** The date a unit's own words give, or the one its sentence's later clause bounds it by. */
function ownDate(unit: Unit): Made | null {
  if (unit.date) {
    const { value, expression, note, alternatives } = unit.date;
    return { value, expression, note, alternatives, settles: true };
  }
  if (!unit.anchor) return null;
  const { date, after, words } = unit.anchor;
  const [from, to] = date.value.split('/');
  return made(
    after ? `${from}/..` : `../${to ?? from}`,
    `No words in this part date it; it came ${after ? 'after' : 'before'} what the rest of the sentence dates (“${titleFrom(words)}”, ${date.value}): ${after ? 'on or after' : 'on or before'} that.`,
    date.expression,
  );
}

/** The date of an earlier passage this one goes on about: "the attack", or two words shared. */
function referredBack(
  unit: Unit,
  exact: string,
  recent: ReadonlyArray<Settled | null>,
): Made | null {
  const refers = referringStems(exact);
  const shares = (s: Settled | null, least: number, words: ReadonlySet<string>) =>
    s !== null && [...words].filter((w) => s.unit.topic.has(w)).length >= least;
  const earlier =
    recent.find((s) => shares(s, 1, refers)) ?? recent.find((s) => shares(s, 2, unit.topic));
  if (!earlier) return null;
  const shared = [...new Set([...refers, ...unit.topic])].filter((w) => earlier.unit.topic.has(w));
  return {
    ...made(
      earlier.value,
      `No words in this sentence date it; it goes on about what an earlier passage dates (“${shortQuote(earlier.words)}”${earlier.expression ? `: “${earlier.expression}”` : ''}), sharing “${shared.join('”, “')}”, so it takes that date.`,
    ),
    topic: new Set([...unit.topic, ...earlier.unit.topic]),
  };
}

/**
 * "Since the takeover, …" or "After the talks, …" with no date of its own: from the day that the
 * article dates that happening, wherever it does (nearest first).
 */
function sinceHappening(
  exact: string,
  units: readonly Unit[],
  own: ReadonlyArray<Made | null>,
  at: number,
): Made | null {
  const opening = /^(since|after|following)\s+([^,]{3,120}),/iu.exec(exact);
  if (!opening) return null;
  const happening = contentStems(opening[2] ?? '');
  let best: { i: number; date: Made } | null = null;
  for (const [i, unit] of units.entries()) {
    const date = own[i];
    if (i === at || !date || ![...happening].some((w) => unit.topic.has(w))) continue;
    if (!best || Math.abs(i - at) < Math.abs(best.i - at)) best = { i, date };
  }
  if (!best) return null;
  const from = best.date.value.split('/')[0] ?? '';
  if (!from || from === '..') return null;
  return made(
    `${from}/..`,
    `No words in this sentence date it; it runs from what the article dates elsewhere (“${opening[1]} ${opening[2]}”: ${best.date.value}), so on or after ${from}.`,
    '',
  );
}

/** "Meanwhile, …": at the time of the passage before it. */
function meanwhile(exact: string, settled: ReadonlyArray<Settled | null>): Made | null {
  if (!/^(?:meanwhile|in the meantime|at the same time)\b/iu.test(exact)) return null;
  const before = settled.findLast((s) => s !== null);
  if (!before) return null;
  return made(
    before.value,
    `No words in this sentence date it; “${exact.split(/[\s,]/u)[0]}” puts it at the time of the passage before (“${shortQuote(before.words)}”), so it takes that date.`,
  );
}

function boundedByPublication(text: string, published: string): Made {
  const day = parseIsoDay(published);
  const words = day === null ? published : formatDayLong(day);
  return speaksOfFuture(text)
    ? made(
        `${published}/..`,
        `No words date it, and it speaks of what is to come: on or after ${words}, when the article was published.`,
        '',
        false,
      )
    : made(
        `../${published}`,
        `No words date it: on or before ${words}, when the article was published.`,
        '',
        false,
      );
}

/**
 * The events `text` (an article published on `published`, YYYY-MM-DD) proposes, in text order.
 */
export function suggestEvents(
  text: string,
  published: string,
  options: SuggestOptions = {},
): Suggestion[] {
  const quoted = options.quoted ?? [];
  const units: Unit[] = [];
  for (const { start, end } of sentencesOf(text)) {
    if (quoted.some((q) => q.start < end && q.end > start)) continue;
    const dates = proposeDates(text.slice(start, end), published);
    if (!reports(text.slice(start, end), dates.length > 0)) continue;
    units.push(...unitsOf(text, start, end, dates));
  }
  // First what each unit's own words date, then, in order, what the others refer to.
  const own = units.map((unit) => ownDate(unit));
  const settled: Array<Settled | null> = [];
  const suggestions: Suggestion[] = [];
  for (const [i, unit] of units.entries()) {
    const exact = text.slice(unit.start, unit.end);
    const made =
      (unit.date ? own[i] : null) ??
      referredBack(unit, exact, settled.slice(Math.max(0, i - LOOK_BACK), i).reverse()) ??
      sinceHappening(exact, units, own, i) ??
      own[i] ??
      meanwhile(exact, settled) ??
      boundedByPublication(exact, published);
    settled.push(
      made.settles
        ? {
            unit: made.topic ? { ...unit, topic: made.topic } : unit,
            value: made.value,
            expression: made.expression,
            words: exact,
          }
        : null,
    );
    const { value, expression, note, alternatives } = made;
    suggestions.push({
      start: unit.start,
      end: unit.end,
      exact,
      title: titleFrom(exact),
      kind: kindOf(exact),
      value,
      expression,
      note,
      alternatives,
      actors: actorsNamedIn([...(options.actors ?? [])], exact).map(({ id }) => ({
        id,
        role: 'participant',
      })),
    });
  }
  return suggestions;
}
