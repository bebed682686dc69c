// Where the timeline looks: the window that fits the events with their labels, and zooming that
// keeps the events in sight. Pure: the adapter measures labels and applies the result.
import { DAY_MS, dayStartUtcMs } from '../dataset/calendar';
import { WINDOW_BOUNDS } from './reconcile';

/** An item as the window sees it: UTC ms, and how wide its label is drawn (px). */
export interface PlacedItem {
  start: number;
  /** Ranges only. */
  end?: number;
  labelPx: number;
}

export interface MsWindow {
  start: number;
  end: number;
}

/**
 * The window that shows every item with its whole label inside the drawing area. Labels run to
 * the right of where an item starts (boxes are drawn left-aligned at their day, ranges from their
 * start), so the scale is the largest one at which the latest-starting long label still ends
 * before the right edge. A label wider than 70% of the area counts as 70% of it (on a phone, the
 * dates need the room more; such a title wraps, or runs past the edge until zoomed).
 */
export function fitWindow(
  items: readonly PlacedItem[],
  widthPx: number,
  { marginPx = 12, minSpanMs = 2 * DAY_MS, maxLabelShare = 0.7 } = {},
): MsWindow | null {
  if (items.length === 0 || widthPx <= 2 * marginPx) return null;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    first = Math.min(first, item.start);
    last = Math.max(last, item.end ?? item.start);
  }
  const usable = widthPx - 2 * marginPx;
  // Pixels per millisecond: at most what puts the last end inside the margins…
  let scale = usable / Math.max(last - first, minSpanMs);
  // …and at most what leaves each label room before the right edge; a label is given at most
  // `maxLabelShare` of the width, so on a narrow screen the dates keep the rest.
  const widest = usable * maxLabelShare;
  for (const item of items) {
    const room = usable - Math.min(item.labelPx, widest);
    const offset = item.start - first;
    if (room <= 0 || offset <= 0) continue;
    scale = Math.min(scale, room / offset);
  }
  const start = first - marginPx / scale;
  return { start, end: start + widthPx / scale };
}

/** The farthest the timeline draws, in ms: WINDOW_BOUNDS, within JavaScript's dates. */
export const DRAWABLE: MsWindow = {
  start: dayStartUtcMs(WINDOW_BOUNDS.from),
  end: dayStartUtcMs(WINDOW_BOUNDS.to + 1),
};

/**
 * The window moved (or, if wider, cut) to lie within what can be drawn: past ±271,821 years a
 * JavaScript date is invalid, and vis-timeline throws on it.
 */
export function withinDrawable(window: MsWindow): MsWindow {
  const span = Math.min(window.end - window.start, DRAWABLE.end - DRAWABLE.start);
  if (window.start < DRAWABLE.start) return { start: DRAWABLE.start, end: DRAWABLE.start + span };
  if (window.end > DRAWABLE.end) return { start: DRAWABLE.end - span, end: DRAWABLE.end };
  return window.end - window.start === span
    ? window
    : { start: window.start, end: window.start + span };
}

/**
 * Zooms by `factor` (< 1 zooms in) keeping `anchor` where it is on the screen. Without an
 * anchor, around the middle.
 */
export function zoomWindow(window: MsWindow, factor: number, anchor?: number): MsWindow {
  const at =
    anchor !== undefined && anchor >= window.start && anchor <= window.end
      ? anchor
      : (window.start + window.end) / 2;
  return { start: at - (at - window.start) * factor, end: at + (window.end - at) * factor };
}

/**
 * What the zoom buttons zoom around: the selected event when it is in view, else the middle of
 * the events in view (their median time, so a crowded stretch stays in sight rather than the
 * empty middle between it and a lone early event), else the window's middle.
 */
export function zoomAnchor(
  window: MsWindow,
  inView: readonly number[],
  selected: number | null,
): number {
  if (selected !== null && selected >= window.start && selected <= window.end) return selected;
  const times = inView.filter((t) => t >= window.start && t <= window.end).sort((a, b) => a - b);
  if (times.length === 0) return (window.start + window.end) / 2;
  const mid = times.length >> 1;
  return times.length % 2 === 1
    ? (times[mid] as number)
    : ((times[mid - 1] as number) + (times[mid] as number)) / 2;
}

/**
 * Which side of its day a box's label goes, so it does not run past the window's edge: to the
 * right where there is room, else to the left, else centred on the day.
 */
export function boxAlign(
  startPx: number,
  labelPx: number,
  widthPx: number,
): 'left' | 'right' | 'center' {
  if (startPx + labelPx <= widthPx) return 'left';
  if (startPx - labelPx >= 0) return 'right';
  return 'center';
}
