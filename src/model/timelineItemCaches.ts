// The timeline's item caches, apart from the items themselves: the state layer owns the page's
// one (src/state/caches.ts) and the first paint carries it, while the timeline's code comes later.
import type { TimelineItemCache } from './timelineItems';
import type { TimelineWords } from './timelineWords';
import type { DayWindow, Grouping } from './viewState';

/**
 * The timeline's item caches: one per grouping, extent (the extent's days: open-ended dates
 * run to its end) and whether single-source events are marked, the last one asked for. Inside it an event's items are kept by its resolved
 * event (weakly; an edit makes a new one for the event it changes), so they are kept across
 * filter changes and edits: typing a title in a 10k-event draft remakes one event's items, not
 * 10,000. The page's one belongs to the state layer (src/state/caches.ts).
 */
export class TimelineItemCaches {
  private last: { key: string; words: TimelineWords | null; cache: TimelineItemCache } | null =
    null;

  /** The cache for a grouping and extent, in one language's words (items hold their words). */
  for(
    grouping: Grouping,
    extent: DayWindow | null,
    words: TimelineWords | null = null,
    markSingleSource = false,
  ): TimelineItemCache {
    const key = `${grouping} ${extent?.from} ${extent?.to} ${markSingleSource}`;
    if (this.last?.key !== key || this.last.words !== words) {
      this.last = { key, words, cache: new WeakMap() };
    }
    return this.last.cache;
  }
}
