// The timeline's layout (px, and a share of a count's bucket), said once: the level of detail
// foresees how items stack with these numbers (levelOfDetail.ts), and the engine hands the same
// numbers to vis-timeline and sizes what it draws with them. Pure.

/** Room left between two items side by side in a row (vis-timeline's horizontal item margin). */
export const ITEM_GAP_PX = 6;
/** Share of a count's bucket left empty on each side, so neighbouring counts never stack. */
export const BUCKET_GAP_SHARE = 0.05;
/** Room left between two stacked rows (vis-timeline's vertical item margin). */
export const ROW_GAP_PX = 2;
/** Room left between the axis and the first row. */
export const AXIS_GAP_PX = 4;
/** Height of one stacked row of items: a title and its line, with the gap between rows. */
export const ROW_PX = 24;
/** A label is drawn this much wider than its text (padding and border). */
export const LABEL_EXTRA_PX = 20;
/** On a phone labels wrap at this share of the screen's width (see `.tl-label` in the CSS). */
export const PHONE_LABEL_SHARE = 0.45;
/** Assumed drawing height before the timeline has measured one. */
const DEFAULT_DRAWING_HEIGHT_PX = 300;

/** Rows a lane may stack: about a third of the drawing's height each, between 2 and 8. */
export function rowsPerLane(drawingHeightPx: number | undefined): number {
  const height = drawingHeightPx || DEFAULT_DRAWING_HEIGHT_PX;
  return Math.min(8, Math.max(2, Math.floor(height / ROW_PX / 3)));
}

/** Aggregates are drawn taller where denser: a histogram of the events along the axis. */
export function aggregateHeightPx(aggregate: {
  more: boolean;
  group?: string | undefined;
  weight: number;
}): number {
  // "+7 more" takes one row, like the items beside it.
  if (aggregate.more) return 20;
  const tallest = aggregate.group === undefined ? 72 : 24;
  return 22 + Math.round(tallest * aggregate.weight);
}
