// What the reader decides about its pieces: whether a text is drawn whole, whether the pieces
// cut for one version of the events serve the next, and which pieces a selection touches.
import type { Dataset } from '../dataset/schema';
import type { Paragraph } from '../model/highlight';
import type { ReaderIndex } from '../model/readerIndex';

/** A text this short is drawn whole (find-in-page sees all of it); longer ones are virtualised. */
const DRAW_ALL_PIECES = 200;
const DRAW_ALL_UNITS = 60_000;
/** Whether a text is short enough to be drawn whole. */
export function drawnWhole(index: ReaderIndex): boolean {
  return index.starts.length <= DRAW_ALL_PIECES && index.length <= DRAW_ALL_UNITS;
}
/** Whether two versions of the events have the same ids in the same places. */
export function sameIdsByPosition(a: Dataset['events'], b: Dataset['events']): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]?.id !== b[i]?.id) return false;
  return true;
}

/** Whether a paragraph holds a passage of the given event (so only those re-render). */
export function touches(paragraph: Paragraph, eventId: string | null): boolean {
  return (
    eventId !== null &&
    paragraph.segments.some((s) => s.passages.some((p) => p.eventId === eventId))
  );
}
