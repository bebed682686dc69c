// Where the timeline looks: the window that fits the events with their labels, and zooming that
// keeps the events in sight. Pure: the timeline engine measures labels and applies the result.
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

/** Each zoom step shows half (or twice) the time. */
export const ZOOM_FACTOR = 0.5;
/** A pan moves the window by this share of its width. */
export const PAN_FRACTION = 0.2;
/** Most items whose labels are measured to fit the window to them (beyond, counts are drawn). */
const FIT_LABELS_MAX = 400;
/** Share of the data's span left free on each side when fitting many items. */
const FIT_MARGIN = 0.06;

/**
 * The window that shows every item. A few hundred items are fitted with their labels
 * (`fitWindow`): every title ends inside the window, which is why a crowded last weekend gets the
 * room it needs. More items than that are drawn as counts, so their dates alone are fitted, with
 * a margin. Not vis-timeline's fit(), which on a narrow screen zooms out to months of empty axis.
 */
export function fitAllWindow<Item extends { start: number; end?: number | undefined }>(
  all: { items: readonly Item[]; first: number; last: number },
  widthPx: number,
  labelPx: (item: Item) => number,
): MsWindow {
  const { first, last, items } = all;
  if (items.length <= FIT_LABELS_MAX) {
    const fitted = fitWindow(
      items.map((item) => ({
        start: item.start,
        ...(item.end !== undefined ? { end: item.end } : {}),
        labelPx: labelPx(item),
      })),
      widthPx,
    );
    if (fitted) return fitted;
  }
  const margin = Math.max((last - first) * FIT_MARGIN, DAY_MS);
  return { start: first - margin, end: last + margin };
}

/** The window moved by `fraction` of its width (negative: back). */
export function panWindow(window: MsWindow, fraction: number): MsWindow {
  const shift = (window.end - window.start) * fraction;
  return { start: window.start + shift, end: window.end + shift };
}

/**
 * The zoom buttons' next window (see `zoomAnchor`), from what is drawn: each item's middle (a long
 * span's middle may lie outside the window, so its visible part's middle stands for it); counts
 * are not events and are left out.
 */
export function zoomedWindow(
  window: MsWindow,
  factor: number,
  drawn: Iterable<{ start: unknown; end?: unknown; eventId: string; aggregate?: unknown }>,
  selectedEventId: string | null,
): MsWindow {
  const times: number[] = [];
  let selected: number | null = null;
  for (const item of drawn) {
    const middle =
      item.end === undefined ? Number(item.start) : (Number(item.start) + Number(item.end)) / 2;
    const time = Math.min(Math.max(middle, window.start), window.end);
    if (!item.aggregate) times.push(time);
    if (selectedEventId !== null && item.eventId === selectedEventId) selected = time;
  }
  return zoomWindow(window, factor, zoomAnchor(window, times, selected));
}

/**
 * How far (px) the lanes must scroll for an item's box to lie inside the panel's, with a little
 * room: positive when the item is below, negative when above, 0 when inside.
 */
export function revealShift(
  panel: { top: number; bottom: number },
  box: { top: number; bottom: number },
  marginPx = 8,
): number {
  if (box.bottom > panel.bottom) return box.bottom - panel.bottom + marginPx;
  if (box.top < panel.top) return box.top - panel.top - marginPx;
  return 0;
}
