// Figures proposed from a passage's words: "at least 46 people were killed" → 46 killed, hedged
// "at least"; "more than 100 killed and injured"; "killing 46 worshippers". Pure; the editor
// offers each one to be added to the passage's claim, never adds it by itself.
import type { Figure, FigureHedge } from '../dataset/schema';
import { wordsToNumber } from './numberWords';

export interface FigureProposal {
  figure: Figure;
  /** The words it was read from, as in the passage. */
  words: string;
}

const HEDGES: ReadonlyArray<[RegExp, FigureHedge]> = [
  [/^(?:at least|no fewer than|no less than|a minimum of)$/i, 'at least'],
  [/^(?:more than|over|upwards of|in excess of)$/i, 'more than'],
  [/^(?:about|around|some|roughly|approximately|nearly|almost|close to|an estimated)$/i, 'about'],
];
const HEDGE = `(?:${[
  'at least',
  'no fewer than',
  'no less than',
  'a minimum of',
  'more than',
  'over',
  'upwards of',
  'in excess of',
  'about',
  'around',
  'some',
  'roughly',
  'approximately',
  'nearly',
  'almost',
  'close to',
  'an estimated',
].join('|')})`;

const UNIT = 'one|two|three|four|five|six|seven|eight|nine';
const TEEN = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TEN = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const WORDS = `(?:(?:${TEN})(?:[\\s-](?:${UNIT}))?|${TEEN}|${UNIT})`;
const NUMBER = `(\\d{1,3}(?:,\\d{3})+|\\d+|(?:a|one) (?:hundred|thousand)|${WORDS})`;

/** What is counted: casualty words, as the past participles a figure's `what` is written in. */
const COUNTED: ReadonlyArray<[RegExp, string]> = [
  [/^(?:killed|killing|kills|dead|deaths|died|death toll)$/i, 'killed'],
  [/^(?:injured|injuring|injuries|hurt|wounded|wounding)$/i, 'injured'],
  [/^(?:missing)$/i, 'missing'],
  [/^(?:arrested|arresting|detained|detaining)$/i, 'arrested'],
  [/^(?:displaced|displacing)$/i, 'displaced'],
];
const COUNTED_WORD =
  '(?:killed|killing|kills|dead|deaths|died|death toll|injured|injuring|injuries|hurt|wounded|wounding|missing|arrested|arresting|detained|detaining|displaced|displacing)';
/** Who is counted, when no casualty word says what befell them. */
const WHO =
  '(?:people|persons|civilians|worshippers|soldiers|children|women|men|troops|fighters|police(?:men)?|officers|students|refugees|migrants|protesters|victims)';

function numberValue(text: string): number {
  const t = text.toLowerCase();
  if (/^\d/.test(t)) return Number(t.replace(/,/g, ''));
  if (/hundred$/.test(t)) return 100;
  if (/thousand$/.test(t)) return 1000;
  return wordsToNumber(t);
}

function hedgeOf(words: string | undefined): FigureHedge | undefined {
  if (!words) return undefined;
  return HEDGES.find(([pattern]) => pattern.test(words.trim()))?.[1];
}

function countedOf(words: string): string[] {
  const found: string[] = [];
  for (const word of words.toLowerCase().match(new RegExp(COUNTED_WORD, 'gi')) ?? []) {
    const what = COUNTED.find(([pattern]) => pattern.test(word))?.[1];
    if (what && !found.includes(what)) found.push(what);
  }
  return found;
}

// A number with its hedge, then what follows it in the clause; and what comes just before it
// ("killing and injuring 46"). Case-insensitive, so a headline's "46 Killed" reads too.
const FIGURE = new RegExp(
  `(?:(${COUNTED_WORD}(?:\\s+(?:and|or)\\s+${COUNTED_WORD})?)\\s+)?(?:(${HEDGE})\\s+)?\\b${NUMBER}\\b((?:\\s+(?:${WHO}|were|was|have|had|been|are|being|and|or|${COUNTED_WORD})\\b)*)`,
  'gi',
);

/** Each figure the words give, in order; none for numbers that count nothing known. */
export function proposeFigures(text: string): FigureProposal[] {
  const proposals: FigureProposal[] = [];
  for (const match of text.matchAll(FIGURE)) {
    const [words, before = '', hedgeWords, numberWords = '', after = ''] = match;
    const value = numberValue(numberWords);
    if (!Number.isFinite(value)) continue;
    // A year or a day of a month is no count.
    const next = text.slice((match.index ?? 0) + words.length).trimStart();
    if (
      /^(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/.test(
        next,
      ) &&
      !after.trim()
    )
      continue;
    let counted = countedOf(after);
    if (counted.length === 0) counted = countedOf(before);
    const who = after.match(new RegExp(WHO, 'i'))?.[0]?.toLowerCase();
    const what = counted.length > 0 ? counted.join(' and ') : who;
    if (!what) continue;
    const hedge = hedgeOf(hedgeWords);
    const figure: Figure = hedge ? { what, value, hedge } : { what, value };
    proposals.push({ figure, words: words.trim() });
  }
  return proposals;
}
