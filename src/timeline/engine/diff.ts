// What a DataSet must be told to hold the next set of items: pure, so it is unit-tested apart from
// vis-timeline. A DataSet update merges fields, so an item that gains or loses an optional field
// is removed and added again rather than updated.
import type { TimelinePeriodDescriptor } from '../../model/timelinePeriods';
import type { VisItem } from './visItems';

function sameVisItem(a: VisItem, b: VisItem): boolean {
  return (
    a.start === b.start &&
    a.end === b.end &&
    a.type === b.type &&
    a.group === b.group &&
    a.className === b.className &&
    a.style === b.style &&
    a.eventTitle === b.eventTitle &&
    a.label === b.label &&
    a.tooltip === b.tooltip &&
    a.align === b.align
  );
}

/** Same optional keys, so a DataSet update (which merges) leaves nothing stale behind. */
function sameShape(a: VisItem, b: VisItem): boolean {
  return (
    (a.end === undefined) === (b.end === undefined) &&
    (a.group === undefined) === (b.group === undefined) &&
    (a.align === undefined) === (b.align === undefined)
  );
}

export interface ItemChanges {
  /** Ids to remove: items gone, and items to add again with another shape. */
  removed: string[];
  /** Items to update in place (or add: new ones). */
  changed: VisItem[];
  /** Items to add again, after their removal. */
  reshaped: VisItem[];
}

/** The changes that turn what is shown into `next` (items the same in both are left alone). */
export function itemChanges(
  shown: ReadonlyMap<string, VisItem>,
  next: ReadonlyMap<string, VisItem>,
): ItemChanges {
  const changed: VisItem[] = [];
  const reshaped: VisItem[] = [];
  for (const item of next.values()) {
    const before = shown.get(item.id);
    if (!before) changed.push(item);
    else if (!sameVisItem(before, item)) (sameShape(before, item) ? changed : reshaped).push(item);
  }
  const removed: string[] = [];
  for (const id of shown.keys()) if (!next.has(id)) removed.push(id);
  for (const item of reshaped) removed.push(item.id);
  return { removed, changed, reshaped };
}

/** The bands to remove and to add (or update) to turn what is shown into `wanted`. */
export function periodChanges(
  shown: ReadonlyMap<string, TimelinePeriodDescriptor>,
  wanted: readonly TimelinePeriodDescriptor[],
): {
  next: Map<string, TimelinePeriodDescriptor>;
  removed: string[];
  added: TimelinePeriodDescriptor[];
} {
  const next = new Map(wanted.map((period) => [period.id, period]));
  const removed = [...shown.keys()].filter((id) => next.get(id) === undefined);
  const added = wanted.filter((period) => shown.get(period.id) !== period);
  return { next, removed, added };
}
