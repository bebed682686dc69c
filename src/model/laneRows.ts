// A grouped timeline's lanes kept to a few rows each: its items stacked as vis-timeline stacks
// them, and those beyond the rows counted instead (the level of detail draws them as "+7 more").
// Pure.
import type { TimelineItemDescriptor } from './timelineItems';
import { ITEM_GAP_PX } from './timelineLayout';

/**
 * Keeps each lane within `maxRows` rows: the items are stacked as the timeline stacks them (by
 * start, each in the first row with room, a box or a short span as wide as its label), and when
 * a lane needs more rows than that, its items beyond the last-but-one row are counted per bucket
 * in the last row instead.
 */
export function boundLanes(
  shown: readonly TimelineItemDescriptor[],
  request: { start: number; end: number; widthPx: number },
  maxRows: number,
  labelPx: (item: TimelineItemDescriptor) => number,
): { items: TimelineItemDescriptor[]; overflow: Map<string, TimelineItemDescriptor[]> } {
  const msPerPx = Math.max(request.end - request.start, 1) / Math.max(request.widthPx, 1);
  const byLane = new Map<string, TimelineItemDescriptor[]>();
  const kept: TimelineItemDescriptor[] = [];
  for (const item of shown) {
    if (item.group === undefined) {
      kept.push(item);
      continue;
    }
    const lane = byLane.get(item.group);
    if (lane) lane.push(item);
    else byLane.set(item.group, [item]);
  }
  const overflow = new Map<string, TimelineItemDescriptor[]>();
  for (const [lane, laneItems] of byLane) {
    laneItems.sort((a, b) => a.start - b.start);
    const rowEnds: number[] = [];
    const rowOf = laneItems.map((item) => {
      // A span reaching into the window shows its title from the window's left edge.
      const left = Math.max((item.start - request.start) / msPerPx, 0);
      const barRight = ((item.end ?? item.start) - request.start) / msPerPx;
      const right = Math.max(barRight, left + labelPx(item)) + ITEM_GAP_PX;
      let row = rowEnds.findIndex((end) => end <= left);
      if (row === -1) row = rowEnds.push(right) - 1;
      else rowEnds[row] = right;
      return row;
    });
    if (rowEnds.length <= maxRows) {
      kept.push(...laneItems);
      continue;
    }
    const counted: TimelineItemDescriptor[] = [];
    laneItems.forEach((item, i) => {
      if ((rowOf[i] as number) < maxRows - 1) kept.push(item);
      else counted.push(item);
    });
    overflow.set(lane, counted);
  }
  return { items: kept, overflow };
}
