// The model's descriptors as vis-timeline items and groups: plain data under vis-timeline's names.
// Item content is left empty (vis-timeline would read it as HTML): the templates (templates.ts)
// draw every item from the fields below, as text.
import type { DataGroup, DataItem } from 'vis-timeline/peer';
import type { AggregateDescriptor, DetailView } from '../../model/levelOfDetail';
import {
  SUPPORT_MARKS,
  type TimelineGroupDescriptor,
  type TimelineItemDescriptor,
} from '../../model/timelineItems';
import { aggregateHeightPx } from '../../model/timelineLayout';
import type { TimelinePeriodDescriptor } from '../../model/timelinePeriods';
import { boxAlign } from '../../model/timelineWindow';

/** Which side of its day a box's label goes (away from the window's edge). */
export type LabelAlign = 'left' | 'right' | 'center';

/** What the DataSet holds: the descriptor under vis-timeline's names (no `title`: that is HTML). */
export interface VisItem extends DataItem {
  id: string;
  /** What the item is: an event's, a count of events, or a period's band. */
  role: 'event' | 'aggregate' | 'period';
  eventId: string;
  eventTitle: string;
  label: string;
  tooltip: string;
  /** "~" for an approximate date, "?" for an uncertain one: drawn after the title. */
  marks: string;
  align?: LabelAlign;
  /** Set on an aggregate: the bucket it counts, and whether choosing it zooms in or lists. */
  aggregate?: { from: number; to: number; action: 'zoom' | 'list' };
}

export interface VisGroup extends DataGroup {
  id: string;
  label: string;
  order: number;
}

/** The marks drawn after an event's title: what is known of its date, how its sources agree. */
export function marksOf(
  item: Pick<TimelineItemDescriptor, 'approximate' | 'uncertain'> &
    Partial<Pick<TimelineItemDescriptor, 'support'>>,
): string {
  const date = `${item.approximate ? '~' : ''}${item.uncertain ? '?' : ''}`;
  return item.support ? `${date}${SUPPORT_MARKS[item.support].glyph}` : date;
}

export function toVisItem(item: TimelineItemDescriptor, align: LabelAlign | undefined): VisItem {
  const visItem: VisItem = {
    id: item.id,
    role: 'event',
    content: '',
    start: item.start,
    type: item.type,
    className: item.className,
    style: item.style,
    eventId: item.eventId,
    eventTitle: item.title,
    label: item.label,
    tooltip: item.tooltip,
    marks: marksOf(item),
  };
  if (align !== undefined) visItem.align = align;
  if (item.end !== undefined) visItem.end = item.end;
  if (item.group !== undefined) visItem.group = item.group;
  return visItem;
}

export function toVisAggregate(aggregate: AggregateDescriptor): VisItem {
  const visItem: VisItem = {
    id: aggregate.id,
    role: 'aggregate',
    content: '',
    start: aggregate.start,
    end: aggregate.end,
    type: 'range',
    className: `tl-aggregate tl-density-${aggregate.density}`,
    style: `height:${aggregateHeightPx(aggregate)}px;`,
    eventId: '',
    eventTitle: aggregate.text,
    label: aggregate.label,
    tooltip: aggregate.label,
    marks: '',
    aggregate: { from: aggregate.from, to: aggregate.to, action: aggregate.action },
  };
  if (aggregate.group !== undefined) visItem.group = aggregate.group;
  return visItem;
}

/** A period as a background item: behind every lane, never selected, its name as text. */
export function toVisPeriod(period: TimelinePeriodDescriptor): VisItem {
  return {
    id: period.id,
    role: 'period',
    content: '',
    start: period.start,
    end: period.end,
    type: 'background',
    className: period.className,
    eventId: '',
    eventTitle: period.title,
    label: period.title,
    tooltip: `${period.title}\n${period.dateWords}\n${period.note}`,
    marks: '',
  };
}

export function toVisGroup(group: TimelineGroupDescriptor): VisGroup {
  return { id: group.id, content: '', label: group.label, order: group.order };
}

/**
 * What vis-timeline is given for a view: its items one by one, and its counts. `from`/`to`: the
 * window (UTC ms); `labelWidth`: a label's width in px.
 */
export function visItemsOf(
  view: DetailView,
  {
    from,
    to,
    widthPx,
    labelWidth,
  }: {
    from: number;
    to: number;
    widthPx: number;
    labelWidth: (item: TimelineItemDescriptor) => number;
  },
): Map<string, VisItem> {
  const next = new Map<string, VisItem>();
  const msPerPx = (to - from) / widthPx;
  for (const item of view.items) {
    if (item.type !== 'box') {
      next.set(item.id, toVisItem(item, undefined));
      continue;
    }
    // A box's label goes after its day in time (to its right, or right to left to its left),
    // unless that would run past the window's edge.
    const startPx = (item.start - from) / msPerPx;
    next.set(item.id, toVisItem(item, boxAlign(startPx, labelWidth(item), widthPx)));
  }
  for (const aggregate of view.aggregates) next.set(aggregate.id, toVisAggregate(aggregate));
  return next;
}
