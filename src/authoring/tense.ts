// Is the event that a temporal expression dates before or after the article was published? News
// text answers with its verbs: a small heuristic modelled on HeidelTime's news mode, which takes
// the tense of the verb nearest the expression.
//
// 1. Words of the expression itself decide first ("ago", "last", "since", "yesterday" → past;
//    "next", "tomorrow", "upcoming", "coming" → future).
// 2. Otherwise the nearest tense cue in the expression's sentence, counted in words either side:
//    future: will, shall, 'll, won't, going to, due to, plans/planned to, intends to, set to,
//      expected, scheduled, slated, proposed, upcoming, coming, next, later;
//    past: said, was, were, had, did, ago, last, earlier, irregular past forms (took, left, met…)
//      and words in -ed (not -eed: need, proceed) — but a past form after will/shall/to or
//      must/should/can/may/might ("will be held", "to be signed", "must be finished") is future,
//      after is/are/am ("is held") present, after would/could no cue;
//    present: is, are, am, says, say;
//    "would"/"could" before a verb: future in reported speech ("said the vote would be held
//    Monday"), else no side (the time left open).
// 3. No cue: past, the news default (most of what a news story dates has happened). The caller
//    offers the future reading as an alternative when the tense came from the default or from a
//    present-tense verb, since those do not settle it.
//
// "would", "could", "may" and "might" are no cue: "confirmed that the U.S. would provide" reports
// a past statement, "would" says nothing of the date's side of publication.

export type Tense = 'past' | 'present' | 'future';

export interface TenseReading {
  tense: Tense;
  /** The word that decided, or null when the news default did. */
  cue: string | null;
  /** Set when the cue is a present perfect ("has invited", "have been killed"). */
  perfect?: true;
  /** Set when the cue is a past perfect ("had left"): firmly before publication. */
  pluperfect?: true;
  /** Set when the cue is "would" or "could" before a verb: the time is left open. */
  open?: true;
}

const INTRINSIC_PAST = /\b(?:ago|last|past|previous|yesterday|since|recently)\b/i;
const INTRINSIC_FUTURE = /\b(?:next|tomorrow|upcoming|coming|within|hence)\b/i;
/** "earlier", "later" look back or ahead, but "Later Thursday" is a time of that day. */
const EARLIER = /\b[Ee]arlier\b(?!\s+(?:on\s+)?[A-Z])/;
const LATER = /\b[Ll]ater\b(?!\s+(?:on\s+)?[A-Z])/;

const FUTURE_WORDS = new Set([
  'will',
  'shall',
  "won't",
  'wont',
  'upcoming',
  'coming',
  'next',
  'later',
  'tomorrow',
  'scheduled',
  'slated',
  'expected',
  'proposed',
  'due',
  'expect',
  'expects',
]);
/** Future only when "to" follows: "plans to", "set to", "going to", "intends to". */
const FUTURE_BEFORE_TO = new Set([
  'plan',
  'plans',
  'planning',
  'set',
  'going',
  'intend',
  'intends',
  'aims',
  'aim',
  'hopes',
  'poised',
]);
const PAST_WORDS = new Set([
  'said',
  'was',
  'were',
  'had',
  'did',
  'ago',
  'last',
  'earlier',
  'yesterday',
  'took',
  'left',
  'met',
  'came',
  'went',
  'began',
  'held',
  'told',
  'gave',
  'saw',
  'made',
  'won',
  'lost',
  'fled',
  'died',
  'sued',
  'shed',
  'fought',
  'struck',
  'broke',
  'became',
  'ran',
  'sent',
  'spoke',
  'wrote',
  'flew',
  'drove',
  'chose',
  'rose',
  'fell',
  'led',
  'kept',
  'brought',
  'bought',
  'thought',
  'found',
  'stood',
  'felt',
  'got',
  'put',
  'shot',
  'hit',
  'seized',
  'knew',
  'meant',
  'paid',
  'sold',
  'spent',
  'withdrew',
  'overran',
  'blew',
  'threw',
  'drew',
  'grew',
  'arose',
  'swore',
  'hid',
  'bore',
  'underwent',
  'sought',
  'taught',
  'caught',
  'built',
  'lent',
  'dealt',
  'heard',
  'wore',
  'woke',
  'sank',
  'rang',
  'sang',
  'forgot',
  'forgave',
  'ate',
  'awoke',
]);
const PRESENT_WORDS = new Set([
  'is',
  'are',
  'am',
  'says',
  'say',
  "it's",
  'isn’t',
  "isn't",
  "aren't",
]);
/** Words in -ed that are not past verbs. */
const NOT_PAST_ED = new Set([
  'hundred',
  'hundreds',
  'kindred',
  'sacred',
  'naked',
  'wicked',
  'wretched',
  'beloved',
  'rugged',
  'ragged',
]);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const FUTURE_AUXILIARIES = new Set(['will', 'shall', "'ll", '’ll', 'to', "won't", 'wont']);
const PRESENT_AUXILIARIES = new Set(['is', 'are', 'am']);
/** "must be finished": an obligation, so ahead; "must have left": an inference, so past. */
const OBLIGATION_MODALS = new Set(['must', 'should', 'can', 'may', 'might']); // lowercase: not "May"
/** Words between an auxiliary and the past form it governs ("will not be held"). */
const SKIPPED_BEFORE_PARTICIPLE = new Set([
  'be',
  'been',
  'have',
  'not',
  'also',
  'then',
  'still',
  'only',
  'now',
  'soon',
  'likely',
  'probably',
  'finally',
]);
/** "would have left", "could be held": no tense cue either way. */
const OPEN_MODALS = new Set(['would', 'could']);

interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const WORD = /[A-Za-z]+(?:['’][A-Za-z]+)*/g;

function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index ?? 0;
    words.push({
      text: match[0],
      lower: match[0].toLowerCase().replace('’', "'"),
      start,
      end: start + match[0].length,
    });
  }
  return words;
}

/** Abbreviations whose period ends no sentence ("Oct. 8", "Mr. Biden", "the U.S. Embassy"). */
const ABBREVIATION =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Pres|St|Jr|Sr|No|Mt|Ft|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun)|\b(?:[A-Za-z]\.)+[A-Za-z])$/;

function endsSentence(text: string, i: number): boolean {
  const c = text[i];
  if (c === ';' || c === '!' || c === '?' || c === '\n') return true;
  if (c !== '.') return false;
  if (!/^\s+["“']?[A-Z]/.test(text.slice(i + 1, i + 8))) return false;
  return !ABBREVIATION.test(text.slice(Math.max(0, i - 12), i));
}

/** How far either side of the expression its sentence is looked for, in characters. */
const REACH = 400;

/**
 * The bounds of the sentence around [start, end): stops at ; ! ? a line break, or ". Capital",
 * and within REACH either side, so a text without full stops costs no more than a sentence.
 */
function sentenceAround(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && from > start - REACH && !endsSentence(text, from - 1)) from--;
  let to = end;
  while (to < text.length && to < end + REACH && !endsSentence(text, to)) to++;
  return [from, to];
}

/** The tense a word gives, and the word to quote for it (an auxiliary when that decides). */
function cueTense(words: Word[], i: number): (TenseReading & { cue: string }) | null {
  const word = words[i];
  if (!word) return null;
  const w = word.lower;
  const cue = (tense: Tense, by: Word = word) => ({ tense, cue: by.text });
  const next = words[i + 1]?.lower;
  if (w.endsWith("'ll")) return cue('future');
  // "Later Thursday", "earlier on Monday": a time of that day, no side of publication.
  if (w === 'later' || w === 'earlier') {
    const following = words[i + 1]?.lower === 'on' ? words[i + 2] : words[i + 1];
    if (/^[A-Z]/.test(following?.text ?? '')) return null;
  }
  // "would be traveling", "could leave": the reported clause leaves its time open.
  if (OPEN_MODALS.has(w)) {
    let j = i + 1;
    while (words[j] && SKIPPED_BEFORE_PARTICIPLE.has(words[j]?.lower ?? '')) j++;
    const verb = words[j];
    if (verb && /^[a-z]/.test(verb.text) && !/^(?:the|a|an|not)$/.test(verb.lower)) {
      // Reported ("officials said the results would be announced Monday"): a future seen from
      // a recent past, so ahead; otherwise ("would have", a condition) open.
      if (words.some((w) => REPORTING.has(w.lower) || w.lower === 'announced'))
        return { tense: 'future', cue: word.text };
      return { tense: 'present', cue: word.text, open: true };
    }
    return null;
  }
  // "next to": a place.
  if (w === 'next' && next === 'to') return null;
  if (FUTURE_WORDS.has(w)) return cue('future');
  // "is planned for", "was planned for Friday": ahead of the plan; "the government planned to
  // pay", "the hastily planned trip": a past form.
  if (w === 'planned') {
    const before = words[i - 1]?.lower ?? '';
    if (next === 'for' || BE_FORMS.has(before)) return cue('future');
  }
  if (FUTURE_BEFORE_TO.has(w)) return next === 'to' ? cue('future') : null;
  if (PRESENT_WORDS.has(w)) return cue('present');
  // "had left", "had been killed": a past perfect.
  if (
    w === 'had' &&
    next !== undefined &&
    (next === 'been' || PAST_WORDS.has(next) || /ed$/.test(next))
  )
    return { ...cue('past'), pluperfect: true };
  const pastForm =
    PAST_WORDS.has(w) ||
    (w.length > 4 && w.endsWith('ed') && !w.endsWith('eed') && !NOT_PAST_ED.has(w));
  if (!pastForm) return null;
  // Capitalised inside a sentence: a name ("United", "Ahmed"), not a verb.
  if (i > 0 && /^[A-Z]/.test(word.text) && w.endsWith('ed')) return null;
  // The auxiliary before a past form decides: "will be held", "to be signed", "must be
  // finished" (future); "is held" (present); "would have left" (no cue); "has left" (past).
  let perfect = false;
  for (let back = i - 1; back >= 0 && back >= i - 4; back--) {
    const aux = words[back] as Word;
    const a = aux.lower;
    if (SKIPPED_BEFORE_PARTICIPLE.has(a)) {
      if (a === 'have') perfect = true;
      continue;
    }
    const joined = back < i - 1; // a be/have/adverb stands between
    if (FUTURE_AUXILIARIES.has(a) || a.endsWith("'ll")) return cue('future', aux);
    if (joined && OBLIGATION_MODALS.has(aux.text)) return cue(perfect ? 'past' : 'future', aux);
    if (joined && OPEN_MODALS.has(a)) return null;
    if (PRESENT_AUXILIARIES.has(a)) return cue('present', aux);
    if (a === 'had' || a === "'d") return { ...cue('past'), pluperfect: true };
    // "has invited", "have been killed": a present perfect.
    if (a === 'has' || a === 'have' || a === "'ve" || a === "'s")
      return { ...cue('past'), perfect: true };
    break;
  }
  return perfect ? { ...cue('past'), perfect: true } : cue('past');
}

/**
 * The tense of the event dated by text.slice(start, end): see the module header for the rules.
 */
export function tenseOf(text: string, start: number, end: number): TenseReading {
  const expression = text.slice(start, end);
  const pastWord = INTRINSIC_PAST.exec(expression) ?? EARLIER.exec(expression);
  if (pastWord) return { tense: 'past', cue: pastWord[0] };
  const futureWord = INTRINSIC_FUTURE.exec(expression) ?? LATER.exec(expression);
  if (futureWord) return { tense: 'future', cue: futureWord[0] };

  const [from, to] = sentenceAround(text, start, end);
  const words = wordsOf(text.slice(from, to)).map((word) => ({
    ...word,
    start: word.start + from,
    end: word.end + from,
  }));
  let best: ({ distance: number } & TenseReading) | null = null;
  const headline = isHeadline(words);
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word;
    // Words of the expression itself were weighed above.
    if (word.start >= start && word.end <= end) continue;
    // Reported speech: "said the plant reopens Monday" dates the reported clause, whose tense
    // is its own; "said" decides only a date of its own clause ("said Friday", "said in a
    // statement on Friday that…").
    if (
      REPORTING.has(word.lower) &&
      word.end <= start &&
      CLAUSE_OPENER.has(words[i + 1]?.lower ?? '')
    )
      continue;
    // An attribution after the reported clause ("…would be out Thursday, officials said").
    if (REPORTING.has(word.lower) && word.start >= end && /,/.test(text.slice(end, word.start)))
      continue;
    let reading = cueTense(words, i);
    // A headline's "to" before a verb ("Minister to Visit Kabul Tuesday") is its future.
    if (
      reading === null &&
      headline &&
      word.lower === 'to' &&
      /^[A-Z][a-z]/.test(words[i + 1]?.text ?? '')
    )
      reading = { tense: 'future', cue: word.text };
    // "planned to leave on Thursday": the date in the planned clause is ahead of the plan.
    if (reading?.tense === 'past' && word.lower === 'planned' && words[i + 1]?.lower === 'to')
      if (word.end <= start) reading = { tense: 'future', cue: word.text };
    if (reading === null) continue;
    // A cue across a clause boundary ("warned them Wednesday that they should expect") counts
    // as farther than one in the expression's own clause.
    const between =
      word.end <= start
        ? wordsBetween(words, word.end, start)
        : wordsBetween(words, end, word.start);
    const distance = between.length + (between.some((w) => CLAUSE_BREAK.has(w.lower)) ? 3 : 0);
    // Ties go to the word before the expression.
    if (best === null || distance < best.distance) best = { distance, ...reading };
  }
  if (best) {
    const { distance: _, ...reading } = best;
    return reading;
  }
  return { tense: 'past', cue: null };
}

/** Title Case: most words of four or more letters capitalised, as headlines write them. */
function isHeadline(words: Word[]): boolean {
  const long = words.filter((w) => w.text.length >= 4);
  if (long.length < 3) return false;
  return long.filter((w) => /^[A-Z]/.test(w.text)).length >= 0.75 * long.length;
}

/** The words between two offsets. */
function wordsBetween(words: Word[], from: number, to: number): Word[] {
  return words.filter((word) => word.start >= from && word.end <= to);
}

/** Verbs of saying, whose own tense is not that of what they report. */
const REPORTING = new Set([
  'said',
  'says',
  'say',
  'told',
  'tells',
  'announced',
  'reported',
  'added',
  'stated',
  'noted',
]);
/** Words that open a reported clause right after the verb ("said the…", "said he…"). */
const CLAUSE_OPENER = new Set([
  'that',
  'the',
  'a',
  'an',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'his',
  'her',
  'its',
  'their',
  'our',
  'this',
  'these',
  'those',
  'there',
]);

/** Words that open a new clause. */
const CLAUSE_BREAK = new Set([
  'that',
  'which',
  'who',
  'whom',
  'because',
  'if',
  'while',
  'although',
]);
