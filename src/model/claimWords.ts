// What an event's sources claim, in words: the support status, the figures as a range with the
// conservative value named, a claimed date. One place for these strings (the details panel reads
// them; the timeline's marks have theirs in timelineItems.ts).
import type { Corroboration, CorroborationStatus, FigureRange } from '../dataset/corroboration';
import type { Figure } from '../dataset/schema';

export const STATUS_WORDS: Readonly<Record<CorroborationStatus, string>> = {
  'single-source': 'Single source',
  corroborated: 'Corroborated',
  disputed: 'Disputed',
};

const number = (n: number) => n.toLocaleString('en');
const plural = (n: number, one: string, many: string) => `${number(n)} ${n === 1 ? one : many}`;

/** A figure as its source gives it: "46", "at least 46", "about 50", "40 to 60", "up to 60". */
export function figureWords(figure: Figure): string {
  const { value, min, max, hedge } = figure;
  if (value !== undefined) return hedge ? `${hedge} ${number(value)}` : number(value);
  if (min !== undefined && max !== undefined) {
    return min === max ? number(min) : `${number(min)} to ${number(max)}`;
  }
  if (min !== undefined) return `at least ${number(min)}`;
  return max !== undefined ? `up to ${number(max)}` : '';
}

/** "46 to more than 100 killed and injured · 2 sources" (one figure when all agree on it). */
export function rangeWords(range: FigureRange): string {
  const low = figureWords(range.lowest);
  const high = figureWords(range.highest);
  const span = low === high ? low : `${low} to ${high}`;
  return `${span} ${range.what} · ${plural(range.sources, 'source', 'sources')}`;
}

/** The conservative figure, named as ACLED does when sources differ. */
export function conservativeWords(range: FigureRange): string {
  return `Conservative figure: ${figureWords(range.lowest)} ${range.what} (the lowest a source gives, as ACLED reports when sources differ)`;
}

/** "2 sources from 3 outlets (a copy of one text counted once)". */
export function supportWords(corroboration: Corroboration): string {
  const { sources, outlets, copies } = corroboration;
  const from = outlets !== sources ? ` from ${plural(outlets, 'outlet', 'outlets')}` : '';
  const copied =
    copies > 0
      ? ` (${copies === 1 ? 'a copy' : `${number(copies)} copies`} of another source’s text counted once)`
      : '';
  return `${plural(sources, 'source', 'sources')}${from}${copied}`;
}

/** What the sources disagree on: "the date and the number killed and injured"; '' for nothing. */
export function disputeWords(corroboration: Corroboration): string {
  const parts = [
    ...(corroboration.disputedDate ? ['the date'] : []),
    ...corroboration.disputedFigures.map((what) => `the number ${what}`),
  ];
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
