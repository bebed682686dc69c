// What the Timeline's DataSets hold: the drawn items and bands, and the lanes. Each change is
// applied as a difference (diff.ts), with vis-timeline's redraws held and batched (internals.ts).
import { DataSet } from 'vis-data/peer';
import type { Timeline } from 'vis-timeline/peer';
import type { DetailView } from '../../model/levelOfDetail';
import type { TimelineGroupDescriptor } from '../../model/timelineItems';
import { periodsForSpan, type TimelinePeriodDescriptor } from '../../model/timelinePeriods';
import { itemChanges, periodChanges } from './diff';
import { updateDrawnTogether, withItemRedrawsHeld } from './internals';
import { toVisGroup, toVisPeriod, type VisGroup, type VisItem } from './visItems';

export class TimelineData {
  readonly #timeline: Timeline;
  readonly #items: DataSet<VisItem, 'id'>;
  readonly #groups = new DataSet<VisGroup, 'id'>();
  #lanesShown = false;
  /** What the DataSet holds of events and counts, by id. */
  #shown = new Map<string, VisItem>();
  /** Every period's band, and those the DataSet holds (apart from `#shown`: not events). */
  #periods: readonly TimelinePeriodDescriptor[] = [];
  #periodsShown = new Map<string, TimelinePeriodDescriptor>();

  /** `items`: the DataSet the Timeline was made with. */
  constructor(timeline: Timeline, items: DataSet<VisItem, 'id'>) {
    this.#timeline = timeline;
    this.#items = items;
  }

  /** The events and counts drawn, by id. */
  get shown(): ReadonlyMap<string, VisItem> {
    return this.#shown;
  }

  /** Whether the Timeline is drawing lanes. */
  get lanesShown(): boolean {
    return this.#lanesShown;
  }

  /** The lanes (null: none): those gone removed, the rest updated. */
  setLanes(lanes: readonly TimelineGroupDescriptor[] | null): void {
    const groups = this.#groups;
    if (lanes) {
      const next = lanes.map(toVisGroup);
      const keep = new Set(next.map((group) => group.id));
      const gone = groups.getIds().filter((id) => !keep.has(String(id)));
      if (gone.length > 0) groups.remove(gone);
      groups.update(next);
      if (!this.#lanesShown) {
        this.#timeline.setGroups(groups);
        this.#lanesShown = true;
      }
    } else if (this.#lanesShown) {
      this.#timeline.setGroups(undefined);
      groups.clear();
      this.#lanesShown = false;
    }
  }

  /** Shows the lanes with something in the window and hides the rest (changing only what changed). */
  showLanes(lanes: ReadonlySet<string>): void {
    const changes: Array<{ id: string; visible: boolean }> = [];
    for (const group of this.#groups.get()) {
      const visible = lanes.has(group.id);
      if ((group.visible ?? true) !== visible) changes.push({ id: group.id, visible });
    }
    if (changes.length > 0) this.#groups.update(changes);
  }

  /** Every period's band; drawn with the next `show`, or now for `view` when given. */
  setPeriods(periods: readonly TimelinePeriodDescriptor[], view: DetailView | null): void {
    this.#periods = periods;
    if (view) this.#showPeriods(view);
  }

  /** Makes the DataSet hold `next` and the bands of `view`'s span, drawn once. */
  show(next: Map<string, VisItem>, view: DetailView): void {
    withItemRedrawsHeld(this.#timeline, () => {
      this.#showItems(next);
      this.#showPeriods(view);
    });
  }

  clear(): void {
    this.#items.clear();
    this.#groups.clear();
  }

  /** Updates what changed, removes what left, adds what came. */
  #showItems(next: Map<string, VisItem>): void {
    const items = this.#items;
    const { removed, changed, reshaped } = itemChanges(this.#shown, next);
    if (removed.length > 0) items.remove(removed);
    if (changed.length > 0) {
      const ids = changed.map((item) => item.id);
      updateDrawnTogether(this.#timeline, ids, () => items.update(changed));
    }
    if (reshaped.length > 0) items.add(reshaped);
    this.#shown = next;
  }

  /** Makes the DataSet hold the bands that reach into the span the events were drawn for. */
  #showPeriods(view: DetailView): void {
    const wanted = periodsForSpan(this.#periods, view.coverFrom, view.coverTo);
    const { next, removed, added } = periodChanges(this.#periodsShown, wanted);
    if (removed.length > 0) this.#items.remove(removed);
    if (added.length > 0) this.#items.update(added.map(toVisPeriod));
    this.#periodsShown = next;
  }
}
