// A passage's state in its article's text after re-anchoring (see reanchor.ts), apart from the
// re-anchoring itself so that the reader and the details can ask it without loading the search.
import type { Passage } from './schema';

export type PassageState = 'exact' | 'moved' | 'edited' | 'ambiguous' | 'lost';

export const PASSAGE_STATES: readonly PassageState[] = [
  'exact',
  'moved',
  'edited',
  'ambiguous',
  'lost',
];

/** Whether a state places the passage in the text (the reader can show it). */
export const isLocated = (state: PassageState): boolean =>
  state === 'exact' || state === 'moved' || state === 'edited';

/** Where a passage is shown, and in which state (see reanchor.ts). */
export interface Anchor {
  /** The place found; the passage's own offsets when it is `ambiguous` or `lost`. */
  start: number;
  end: number;
  state: PassageState;
  /** From 0 to 1: how well the place fits the quote, its context and its old offset. */
  score: number;
}

/** Whether a passage is shown at its own offsets: the text has not changed under it. */
export const atItsOffsets = (anchor: Anchor, passage: Passage): boolean =>
  anchor.state === 'exact' && anchor.start === passage.start && anchor.end === passage.end;
