// What the article reader draws of one piece of the source text (see readerIndex.ts): its
// segments covered by the same passages, and the runs they show as. Nothing here is HTML.

export interface PassageRange {
  start: number;
  end: number;
  eventId: string;
  /** Index of the passage within its event. */
  index: number;
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** Passages covering this segment, shortest first. */
  passages: PassageRange[];
}

export interface Paragraph {
  start: number;
  segments: Segment[];
}

/**
 * Cuts `start`–`end` of the text into segments at every passage boundary. `passages` are those
 * overlapping the stretch, sorted by start; they may overlap each other and reach outside it.
 * Each segment lists every passage that covers it, shortest first.
 */
export function segmentRange(
  text: string,
  start: number,
  end: number,
  passages: readonly PassageRange[],
): Segment[] {
  // One sweep: an active set of the passages that have begun and not ended. Cost grows with the
  // segments times the overlap at each, never with the text outside the stretch.
  const sorted = passages.filter((p) => p.start < p.end);
  const segments: Segment[] = [];
  let next = 0;
  let active: PassageRange[] = [];
  let at = start;
  while (at < end) {
    while (next < sorted.length && (sorted[next] as PassageRange).start <= at) {
      active.push(sorted[next] as PassageRange);
      next++;
    }
    active = active.filter((p) => p.end > at);
    // The segment runs to the nearest boundary: a passage ending, one starting, or the stretch.
    let stop = end;
    for (const p of active) stop = Math.min(stop, p.end);
    if (next < sorted.length) stop = Math.min(stop, (sorted[next] as PassageRange).start);
    const covering =
      active.length > 1
        ? [...active].sort((x, y) => x.end - x.start - (y.end - y.start))
        : [...active];
    segments.push({ start: at, end: stop, text: text.slice(at, stop), passages: covering });
    at = stop;
  }
  return segments;
}

export type Run =
  | { kind: 'plain'; start: number; text: string }
  | { kind: 'mark'; start: number; text: string; eventId: string; index: number }
  | { kind: 'link'; start: number; text: string; eventId: string };

/** Shorter link runs (a space or a comma between two passages) are not worth a link target. */
const MIN_LINK_CHARS = 3;

/**
 * What a paragraph shows when `selectedId` is selected: its passages as marks, other passages as
 * links to their events (the shortest covering passage wins), the rest plain. Neighbouring
 * segments that show the same thing are joined, so a passage is one mark or one link.
 */
export function paragraphRuns(paragraph: Paragraph, selectedId: string | null): Run[] {
  const runs: Run[] = [];
  for (const segment of paragraph.segments) {
    const selected = selectedId
      ? segment.passages.find((p) => p.eventId === selectedId)
      : undefined;
    const other = segment.passages[0];
    const run: Run = selected
      ? { kind: 'mark', start: segment.start, text: segment.text, ...pick(selected) }
      : other
        ? { kind: 'link', start: segment.start, text: segment.text, eventId: other.eventId }
        : { kind: 'plain', start: segment.start, text: segment.text };
    const last = runs.at(-1);
    if (last && sameTarget(last, run)) last.text += run.text;
    else runs.push(run);
  }
  return runs.map((run) =>
    run.kind === 'link' && run.text.trim().length < MIN_LINK_CHARS
      ? { kind: 'plain', start: run.start, text: run.text }
      : run,
  );
}

function pick({ eventId, index }: PassageRange) {
  return { eventId, index };
}

function sameTarget(a: Run, b: Run): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'mark' && b.kind === 'mark') return a.eventId === b.eventId && a.index === b.index;
  if (a.kind === 'link' && b.kind === 'link') return a.eventId === b.eventId;
  return true;
}
