// What the article reader draws: the source text cut into paragraphs and, within them, into
// segments covered by the same passages. React only renders the segments; nothing here is HTML.

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

/** Splits a text into its non-empty lines, each a paragraph, keeping their offsets. */
export function paragraphRanges(text: string): Array<{ start: number; end: number }> {
  const ranges: Array<{ start: number; end: number }> = [];
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    if (text.slice(start, end).trim() !== '') ranges.push({ start, end });
    if (newline === -1) break;
    start = newline + 1;
  }
  return ranges;
}

/**
 * Cuts the text into paragraphs of segments at every passage boundary. Passages may overlap and
 * may cross paragraph breaks; each segment lists every passage that covers it.
 */
export function segmentText(text: string, passages: readonly PassageRange[]): Paragraph[] {
  // One sweep over the text: passages sorted by start, an active set of those that have begun
  // and not ended. Cost grows with the number of segments times the overlap at each, not with
  // paragraphs times passages (a long source with many thousands of passages stays fast).
  const sorted = passages
    .filter((p) => p.start < p.end && p.start >= 0 && p.end <= text.length)
    .sort((a, b) => a.start - b.start);
  let next = 0;
  let active: PassageRange[] = [];
  return paragraphRanges(text).map(({ start, end }) => {
    const segments: Segment[] = [];
    let at = start;
    while (at < end) {
      while (next < sorted.length && (sorted[next] as PassageRange).start <= at) {
        active.push(sorted[next] as PassageRange);
        next++;
      }
      active = active.filter((p) => p.end > at);
      // The segment runs to the nearest boundary: a passage ending, one starting, or the paragraph.
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
    return { start, segments };
  });
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
