// The event a selection of words proposes: title and summary from its sentence, a date from its
// words resolved against the publication day, the actors the sentence names, the passage with its
// offsets and context. Pure: the editor shows the proposal and the person decides.
import { passageFromRange } from '../dataset/anchor';
import type { Dataset, EventActor, Passage } from '../dataset/schema';
import { datesProposedIn } from '../model/locale';
import { proposeDate } from './dateProposals';

/** How far either side of a selection to look for its sentence (a sentence is rarely longer). */
const SENTENCE_WINDOW = 2_000;

/** The sentence (or sentences) holding `start`–`end`: its offsets in `text`. */
export function sentenceAround(
  text: string,
  start: number,
  end: number,
): { start: number; end: number } {
  const from = Math.max(0, start - SENTENCE_WINDOW);
  const to = Math.min(text.length, end + SENTENCE_WINDOW);
  const piece = text.slice(from, to);
  let first = start;
  let last = end;
  // Intl.Segmenter knows sentence ends ("U.S." does not end one) in every modern browser and Node.
  const segments = new Intl.Segmenter('en', { granularity: 'sentence' }).segment(piece);
  for (const { index, segment } of segments) {
    const a = from + index;
    const b = a + segment.length;
    if (b <= start || a >= Math.max(end, start + 1)) continue;
    first = Math.min(first, a);
    last = Math.max(last, b);
  }
  // Not past the paragraph: a line break ends a sentence too.
  const para = text.lastIndexOf('\n', start - 1);
  if (para >= first) first = para + 1;
  const paraEnd = text.indexOf('\n', end);
  if (paraEnd !== -1 && paraEnd < last) last = paraEnd;
  while (first < last && /\s/.test(text[first] ?? '')) first++;
  while (last > first && /\s/.test(text[last - 1] ?? '')) last--;
  return { start: first, end: last };
}

/** Most characters of a proposed title, cut at a word. */
const TITLE_MAX = 120;

export function titleFrom(sentence: string): string {
  const flat = sentence
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.!?…]+$/u, '');
  if (flat.length <= TITLE_MAX) return flat;
  const cut = flat.slice(0, TITLE_MAX);
  const space = cut.lastIndexOf(' ');
  return `${(space > 60 ? cut.slice(0, space) : cut).replace(/[,;:–-]+$/u, '')}…`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The actors whose name or an alias appears in `text` as whole words (ignoring case), in the
 * order they appear.
 */
export function actorsNamedIn(
  actors: Dataset['actors'],
  text: string,
): Array<{ id: string; at: number }> {
  const found: Array<{ id: string; at: number }> = [];
  for (const actor of actors) {
    let at = -1;
    for (const name of [actor.name, ...(actor.aliases ?? [])]) {
      if (name.trim().length < 2) continue;
      const pattern = new RegExp(
        `(?<![\\p{L}\\p{N}])${escapeRegExp(name.trim())}(?![\\p{L}\\p{N}])`,
        'iu',
      );
      const match = pattern.exec(text);
      if (match && (at === -1 || match.index < at)) at = match.index;
    }
    if (at !== -1) found.push({ id: actor.id, at });
  }
  return found.sort((a, b) => a.at - b.at);
}

export interface EventProposal {
  title: string;
  summary: string;
  /** EDTF, or '' when the words date nothing (the person gives it: never invented). */
  date: string;
  /** The article's words that date it. */
  expression: string;
  note: string;
  alternatives: string[];
  actors: EventActor[];
  passage: Passage;
  /**
   * Whether the words were read for a date: the proposals read English only, so an article in
   * another language (its source's `lang`, else the dataset's) gets no date rather than a wrong one.
   */
  datesRead: boolean;
  /** The article's language (its source's `lang`, else the dataset's), if said. */
  lang: string | undefined;
}

/** What the editor says when an article's language is one the date proposals cannot read. */
export function unreadLanguageNote(lang: string): string {
  return `Dates are proposed for articles in English only; this one is in “${lang}”: give the date (EDTF) yourself.`;
}

/**
 * What a selection of words proposes: the passage itself, a title and summary from its sentence,
 * a date from the selection's (else the sentence's) words against the source's publication day,
 * and the known actors the sentence names. Null when the selection is empty or off the text.
 */
export function proposeEvent(
  dataset: Dataset,
  sourceId: string,
  start: number,
  end: number,
): EventProposal | null {
  const source = dataset.sources.find((candidate) => candidate.id === sourceId);
  if (!source) return null;
  const made = passageFromRange(source.text, source.id, start, end);
  if (!made.ok) return null;
  const passage = made.passage;
  const around = sentenceAround(source.text, passage.start, passage.end);
  const sentence = source.text.slice(around.start, around.end);
  const lang = source.lang ?? dataset.lang;
  const datesRead = datesProposedIn(lang);
  const date = datesRead
    ? (proposeDate(passage.exact, source.published) ?? proposeDate(sentence, source.published))
    : null;
  const actors = actorsNamedIn(dataset.actors, sentence).map(({ id }) => ({
    id,
    role: 'participant',
  }));
  return {
    title: titleFrom(sentence || passage.exact),
    summary: sentence.replace(/\s+/g, ' ').trim(),
    date: date?.value ?? '',
    expression: date?.expression ?? '',
    note:
      date?.note ??
      (datesRead
        ? `No words in this sentence date it: give the date (EDTF), bounded by what the article allows.`
        : unreadLanguageNote(lang ?? '')),
    alternatives: date?.alternatives ?? [],
    actors,
    passage,
    datesRead,
    lang,
  };
}
