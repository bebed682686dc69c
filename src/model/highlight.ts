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
  const valid = passages.filter((p) => p.start < p.end && p.start >= 0 && p.end <= text.length);
  return paragraphRanges(text).map(({ start, end }) => {
    const cuts = new Set([start, end]);
    for (const p of valid) {
      if (p.start > start && p.start < end) cuts.add(p.start);
      if (p.end > start && p.end < end) cuts.add(p.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const segments: Segment[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i] as number;
      const b = points[i + 1] as number;
      const covering = valid
        .filter((p) => p.start <= a && p.end >= b)
        .sort((x, y) => x.end - x.start - (y.end - y.start));
      segments.push({ start: a, end: b, text: text.slice(a, b), passages: covering });
    }
    return { start, segments };
  });
}
