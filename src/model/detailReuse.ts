// What of a timeline's level of detail an edit of an event's words leaves standing: the index
// (its items stand where they stood) and the view (the same places, new words), so typing into a
// large draft never recomputes either (at 100k items, ~50 ms and ~150 ms a commit).
import type { DetailIndex, DetailView } from './levelOfDetail';
import type { TimelineItemDescriptor } from './timelineItems';

/**
 * Whether `items` stand where the index's items stood, in the same lanes, one for one (labels may
 * differ).
 */
export function sameSpans(index: DetailIndex, items: readonly TimelineItemDescriptor[]): boolean {
  if (index.items.length !== items.length || items.length === 0) return false;
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as TimelineItemDescriptor;
    if (index.starts[i] !== item.start || index.ends[i] !== (item.end ?? item.start)) return false;
    if (index.laneIds[index.lanes[i] as number] !== item.group) return false;
  }
  return true;
}

/**
 * `view` with each item it draws as `itemsByEvent` now has it (same id, same place: an event's
 * words edited), so a view still right for the window needs no new level of detail.
 */
export function withItemsOf(
  view: DetailView,
  itemsByEvent: ReadonlyMap<string, readonly TimelineItemDescriptor[]>,
): DetailView {
  const items = view.items.map(
    (item) => itemsByEvent.get(item.eventId)?.find((made) => made.id === item.id) ?? item,
  );
  return { ...view, items };
}
