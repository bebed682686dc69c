import { describe, expect, it } from 'vitest';
import type { AggregateDescriptor } from '../../model/levelOfDetail';
import type { TimelineItemDescriptor } from '../../model/timelineItems';
import { marksOf, toVisAggregate, toVisItem } from './visItems';

const event: TimelineItemDescriptor = {
  id: 'event:a',
  eventId: 'a',
  type: 'range',
  start: 0,
  end: 86_400_000,
  className: 'tl-item tl-month tl-approximate',
  approximate: true,
  uncertain: false,
  style: '--kind:#000;',
  title: 'A',
  label: 'A, Jan 1970',
  tooltip: 'A',
  kind: 'statement',
  support: null,
};

describe('marksOf', () => {
  it('reads the flags, not the class names', () => {
    expect(marksOf({ approximate: true, uncertain: false })).toBe('~');
    expect(marksOf({ approximate: false, uncertain: true })).toBe('?');
    expect(marksOf({ approximate: true, uncertain: false, support: 'disputed' })).toBe('~≠');
    expect(marksOf({ approximate: false, uncertain: false, support: 'single-source' })).toBe('¹');
    expect(marksOf({ approximate: true, uncertain: true })).toBe('~?');
    expect(marksOf({ ...event, approximate: false })).toBe('');
  });
});

describe('toVisItem', () => {
  it('copies the descriptor under vis-timeline names, with empty content (never HTML)', () => {
    expect(toVisItem(event, undefined)).toEqual({
      id: 'event:a',
      role: 'event',
      content: '',
      start: 0,
      end: 86_400_000,
      type: 'range',
      className: event.className,
      style: event.style,
      eventId: 'a',
      eventTitle: 'A',
      label: 'A, Jan 1970',
      tooltip: 'A',
      marks: '~',
    });
    expect(toVisItem({ ...event, group: 'kind:statement' }, 'right')).toMatchObject({
      group: 'kind:statement',
      align: 'right',
    });
  });
});

describe('toVisAggregate', () => {
  it('draws a count as a range, as tall as its weight says, choosing it zooms or lists', () => {
    const aggregate: AggregateDescriptor = {
      id: 'agg:month::0',
      from: 0,
      to: 100,
      start: 5,
      end: 95,
      count: 47,
      density: 3,
      weight: 0.5,
      text: '47 events',
      more: false,
      action: 'zoom',
      label: '47 events, …',
    };
    expect(toVisAggregate(aggregate)).toMatchObject({
      role: 'aggregate',
      type: 'range',
      start: 5,
      end: 95,
      className: 'tl-aggregate tl-density-3',
      style: 'height:58px;',
      aggregate: { from: 0, to: 100, action: 'zoom' },
    });
  });
});
