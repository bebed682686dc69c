// What an event's sources claim, in the interface's language: the support status, the figures
// as a range with the conservative value named, what the sources disagree on. The pure code
// (dataset/corroboration.ts) gives the codes and counts; the words are the catalogue's. What a
// figure counts (`what`, "killed and injured") is the article's own words, kept as written and
// isolated from the interface's words (so a Dari figure reads right inside an English sentence).
import type { Corroboration, CorroborationStatus, FigureRange } from '../dataset/corroboration';
import type { Figure, FigureHedge } from '../dataset/schema';
import { isolate } from '../model/bidi';
import type { MessageKey } from './catalogue';
import type { Translator } from './translator';

type Words = Pick<Translator, 't' | 'tag' | 'number'>;

export const STATUS_KEYS: Readonly<Record<CorroborationStatus, MessageKey>> = {
  'single-source': 'claims.statusSingleSource',
  corroborated: 'claims.statusCorroborated',
  disputed: 'claims.statusDisputed',
};

/** A hedge's code in the messages' `select` (ICU's keys are single words). */
export const HEDGE_CASES: Readonly<Record<FigureHedge, string>> = {
  'at least': 'atLeast',
  about: 'about',
  'more than': 'moreThan',
};

/** A figure as its source gives it: "46", "at least 46", "about 50", "40 to 60", "up to 60". */
export function figureWords(figure: Figure, { t, number }: Words): string {
  const { value, min, max, hedge } = figure;
  if (value !== undefined) {
    return hedge ? t('claims.figureHedged', { hedge: HEDGE_CASES[hedge], value }) : number(value);
  }
  if (min !== undefined && max !== undefined) {
    return min === max ? number(min) : t('claims.figureBetween', { min, max });
  }
  if (min !== undefined) return t('claims.figureHedged', { hedge: 'atLeast', value: min });
  return max !== undefined ? t('claims.figureUpTo', { max }) : '';
}

/** A figure with what it counts: "at least 46 killed". */
export function countedWords(figure: Figure, words: Words): string {
  return words.t('claims.figureCounted', {
    figure: figureWords(figure, words),
    what: isolate(figure.what),
  });
}

/** "46 to more than 100 killed and injured · 2 sources" (one figure when all agree on it). */
export function rangeWords(range: FigureRange, words: Words): string {
  const low = figureWords(range.lowest, words);
  const high = figureWords(range.highest, words);
  const span = low === high ? low : words.t('claims.figureSpan', { low, high });
  return words.t('claims.range', { span, what: isolate(range.what), count: range.sources });
}

/** The conservative figure, named as ACLED does when sources differ. */
export function conservativeWords(range: FigureRange, words: Words): string {
  return words.t('claims.conservative', {
    figure: figureWords(range.lowest, words),
    what: isolate(range.what),
  });
}

/** "2 sources from 3 outlets (a copy of another source’s text counted once)". */
export function supportWords(corroboration: Corroboration, { t }: Words): string {
  const { sources, outlets, copies } = corroboration;
  const support =
    outlets !== sources
      ? t('claims.sourcesFromOutlets', { sources, outlets })
      : t('claims.sources', { count: sources });
  return copies > 0 ? t('claims.withCopies', { support, copies }) : support;
}

/** What the sources disagree on: "the date and the number killed and injured"; '' for nothing. */
export function disputeWords(corroboration: Corroboration, { t, tag }: Words): string {
  const parts = [
    ...(corroboration.disputedDate ? [t('claims.disputedDate')] : []),
    ...corroboration.disputedFigures.map((what) =>
      t('claims.disputedFigure', { what: isolate(what) }),
    ),
  ];
  return parts.length === 0 ? '' : new Intl.ListFormat(tag, { type: 'conjunction' }).format(parts);
}
