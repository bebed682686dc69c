import { describe, expect, it } from 'vitest';
import { SINGLE_SOURCE } from '../dataset/corroboration';
import { parseEdtf } from '../dataset/edtf';
import type { ResolvedEvent } from '../dataset/types';
import { TimelineItemCaches } from './timelineItemCaches';
import {
  cacheEventItems,
  eventIdOfItem,
  itemIdsOf,
  LANE_LIMIT,
  NO_ACTOR_GROUP,
  OTHERS_GROUP,
  SharedItemParts,
  timelineItemId,
} from './timelineItems';
import { buildTimelineModel } from './timelineModelBuild';

const DAY = 86_400_000;
const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

function resolved(
  id: string,
  value: string,
  extra: { kind?: string; actors?: string[]; title?: string } = {},
): ResolvedEvent {
  const parsed = parseEdtf(value);
  if (!parsed.ok) throw new Error(parsed.error);
  return {
    event: {
      id,
      title: extra.title ?? `Event ${id}`,
      summary: '',
      kind: extra.kind ?? 'statement',
      date: { value, expression: value, note: '' },
      actors: (extra.actors ?? []).map((actor) => ({ id: actor, role: 'participant' })),
      passages: [{ source: 's', exact: 'x', start: 0, end: 1 }],
    },
    index: 0,
    date: parsed.date,
    sortDay: 0,
    anchors: [],
    corroboration: SINGLE_SOURCE,
  };
}

const extent = {
  from: Math.round(utc('2021-08-01') / DAY),
  to: Math.round(utc('2021-10-10') / DAY),
};
const one = (event: ResolvedEvent) =>
  buildTimelineModel([event], { grouping: 'none', extent }).items[0];

describe('buildTimelineModel', () => {
  it('reuses the descriptors in its cache, so a filter change builds nothing again', () => {
    const events = [resolved('a', '2021-10-08'), resolved('b', '2021-10-09')];
    const cache = new WeakMap();
    const all = buildTimelineModel(events, { grouping: 'none', extent, cache });
    const some = buildTimelineModel(events.slice(1), { grouping: 'none', extent, cache });
    expect(some.items[0]).toBe(all.items[1]);
    expect([...some.itemsByEvent.keys()]).toEqual(['b']);
    expect(itemIdsOf(some, 'b')).toEqual(['event:b']);
  });

  it('builds the same model from items worked out ahead, a slice at a time', () => {
    const events = [
      resolved('a', '2021-10-08', { actors: ['x', 'y'] }),
      resolved('b', '2021-08'),
      resolved('c', '2021-10-09/..', { actors: ['y'] }),
    ];
    for (const grouping of ['none', 'actor', 'kind'] as const) {
      const cache = new WeakMap();
      const shapes = new SharedItemParts();
      cacheEventItems(events.slice(0, 2), { grouping, extent }, cache, shapes);
      cacheEventItems(events.slice(2), { grouping, extent }, cache, shapes);
      const ahead = buildTimelineModel(events, { grouping, extent, cache });
      expect(ahead).toEqual(buildTimelineModel(events, { grouping, extent }));
      // Gathered, not made again.
      expect(ahead.items[0]).toBe(cache.get(events[0] as ResolvedEvent)?.[0]);
    }
  });

  it('draws a day as a box in the middle of that day (12:00 UTC)', () => {
    const item = one(resolved('bombing', '2021-10-08', { title: 'Bombing' }));
    expect(item).toMatchObject({
      id: 'event:bombing',
      eventId: 'bombing',
      type: 'box',
      start: utc('2021-10-08') + DAY / 2,
      label: 'Bombing, 8 Oct 2021',
    });
    expect(item?.end).toBeUndefined();
    expect(item?.group).toBeUndefined();
    expect(item?.className.split(' ')).toEqual(
      expect.arrayContaining(['tl-item', 'tl-day', 'tl-kind-statement']),
    );
    expect(item?.style).toBe('--kind:#5b4a9e;');
  });

  it('draws an interval as a range ending at the end of its last day', () => {
    const item = one(resolved('talks', '2021-10-09/2021-10-10'));
    expect(item).toMatchObject({
      type: 'range',
      start: utc('2021-10-09'),
      end: utc('2021-10-11'),
    });
    expect(item?.className).toContain('tl-interval');
  });

  it('draws a month as a range over the whole month', () => {
    const item = one(resolved('withdrawal', '2021-08'));
    expect(item).toMatchObject({ type: 'range', start: utc('2021-08-01'), end: utc('2021-09-01') });
    expect(item?.className).toContain('tl-month');
    expect(item?.tooltip).toContain('August 2021');
    expect(item?.tooltip).toContain('known to the month');
  });

  it('runs an open end to the edge of the data', () => {
    const item = one(resolved('control', '2021-08-30/..'));
    expect(item).toMatchObject({ type: 'range', start: utc('2021-08-30'), end: utc('2021-10-11') });
    expect(item?.className).toContain('tl-open-end');
    expect(item?.tooltip).toContain('ongoing');
  });

  it('runs an open start from the edge of the data', () => {
    const item = one(resolved('before', '../2021-09-02'));
    expect(item).toMatchObject({ start: utc('2021-08-01'), end: utc('2021-09-03') });
    expect(item?.className).toContain('tl-open-start');
  });

  it('marks approximate and uncertain dates', () => {
    const approximate = one(resolved('a', '2021-08~'));
    expect(approximate?.className.split(' ')).toContain('tl-approximate');
    expect(approximate?.className.split(' ')).not.toContain('tl-uncertain');
    expect(approximate?.label).toContain('~');
    const uncertain = one(resolved('u', '2021-10-08?'));
    expect(uncertain?.className.split(' ')).toContain('tl-uncertain');
    expect(uncertain?.className.split(' ')).not.toContain('tl-approximate');
    expect(uncertain?.tooltip).toContain('uncertain');
    const both = one(resolved('b', '2021-10-08%'));
    expect(both?.className.split(' ')).toEqual(
      expect.arrayContaining(['tl-approximate', 'tl-uncertain']),
    );
    const exact = one(resolved('e', '2021-10-08'));
    expect(exact?.className).not.toMatch(/tl-approximate|tl-uncertain/);
  });

  it('marks a disputed event always, and a single-source one when asked, in words too', () => {
    const single = resolved('a', '2021-10-08');
    const disputed: ResolvedEvent = {
      ...resolved('b', '2021-10-08'),
      corroboration: { ...SINGLE_SOURCE, status: 'disputed', sources: 2, disputedDate: true },
    };
    const agreed: ResolvedEvent = {
      ...resolved('c', '2021-10-08'),
      corroboration: { ...SINGLE_SOURCE, status: 'corroborated', sources: 2 },
    };
    const build = (markSingleSource: boolean) =>
      buildTimelineModel([single, disputed, agreed], { grouping: 'none', extent, markSingleSource })
        .items;
    const [a, b, c] = build(true);
    expect([a?.support, b?.support, c?.support]).toEqual(['single-source', 'disputed', null]);
    expect(a?.label).toBe('Event a, 8 Oct 2021, single source');
    expect(b?.label).toBe('Event b, 8 Oct 2021, disputed');
    expect(c?.label).toBe('Event c, 8 Oct 2021');
    expect(b?.className).toContain('tl-disputed');
    expect(b?.tooltip).toContain('≠ disputed: its sources disagree');
    // With one source in the dataset, "single source" would be said of every event.
    expect(build(false).map((item) => item.support)).toEqual([null, 'disputed', null]);
  });

  it('says approximate and uncertain as data, not only as class names', () => {
    expect(one(resolved('a', '2021-08~'))).toMatchObject({ approximate: true, uncertain: false });
    expect(one(resolved('u', '2021-10-08?'))).toMatchObject({
      approximate: false,
      uncertain: true,
    });
    expect(one(resolved('b', '2021-10-08%'))).toMatchObject({ approximate: true, uncertain: true });
    expect(one(resolved('e', '2021-10-08'))).toMatchObject({
      approximate: false,
      uncertain: false,
    });
  });

  it('keeps titles as plain text (the view renders them with textContent)', () => {
    const title = '<img src=x onerror=alert(1)>';
    const item = one(resolved('x', '2021-10-08', { title }));
    expect(item?.title).toBe(title);
    expect(item?.label.startsWith(title)).toBe(true);
  });

  it('puts events in kind lanes, ordered by label', () => {
    const model = buildTimelineModel(
      [
        resolved('a', '2021-10-08', { kind: 'statement' }),
        resolved('b', '2021-10-09', { kind: 'attack' }),
        resolved('c', '2021-10-10', { kind: 'statement' }),
      ],
      { grouping: 'kind', extent },
    );
    expect(model.groups).toEqual([
      { id: 'kind:attack', label: 'Attack', order: 0 },
      { id: 'kind:statement', label: 'Statement', order: 1 },
    ]);
    expect(model.items.map((item) => [item.id, item.group])).toEqual([
      ['event:a', 'kind:statement'],
      ['event:b', 'kind:attack'],
      ['event:c', 'kind:statement'],
    ]);
    expect(model.kinds).toEqual(['attack', 'statement']);
  });

  it('repeats an event once per actor lane, with ids that map back to the event', () => {
    const model = buildTimelineModel(
      [
        resolved('talks', '2021-10-09/2021-10-10', { actors: ['taliban', 'us', 'taliban'] }),
        resolved('lonely', '2021-10-08'),
      ],
      {
        grouping: 'actor',
        extent,
        actors: [
          { id: 'us', name: 'United States' },
          { id: 'taliban', name: 'Taliban' },
          { id: 'qatar', name: 'Qatar' },
        ],
      },
    );
    expect(model.items.map((item) => [item.id, item.group])).toEqual([
      ['event:talks::taliban', 'actor:taliban'],
      ['event:talks::us', 'actor:us'],
      ['event:lonely::', NO_ACTOR_GROUP],
    ]);
    expect(model.items.map((item) => eventIdOfItem(item.id))).toEqual(['talks', 'talks', 'lonely']);
    expect(itemIdsOf(model, 'talks')).toEqual(['event:talks::taliban', 'event:talks::us']);
    expect(model.groups).toEqual([
      { id: 'actor:us', label: 'United States', order: 0 },
      { id: 'actor:taliban', label: 'Taliban', order: 1 },
      { id: NO_ACTOR_GROUP, label: 'No actor', order: 2 },
    ]);
  });

  it('has no lanes when not grouped, and item ids are prefixed event ids', () => {
    const model = buildTimelineModel([resolved('a', '2021-10-08', { actors: ['us'] })], {
      grouping: 'none',
      extent,
    });
    expect(model.groups).toBeNull();
    expect(model.items.map((item) => item.id)).toEqual(['event:a']);
    expect(timelineItemId('a')).toBe('event:a');
    expect(eventIdOfItem('event:a')).toBe('a');
    // vis-timeline keys items by id in plain objects: no id may be a property of Object.prototype.
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      for (const id of [timelineItemId(name), timelineItemId(name, name)]) {
        expect(id in Object.prototype).toBe(false);
        expect(eventIdOfItem(id)).toBe(name);
      }
    }
  });

  it('builds 20 000 items quickly', () => {
    const events = Array.from({ length: 20_000 }, (_, i) =>
      resolved(`e${i}`, `2021-${String((i % 12) + 1).padStart(2, '0')}-0${(i % 9) + 1}`),
    );
    const started = performance.now();
    const model = buildTimelineModel(events, { grouping: 'kind', extent });
    expect(model.items).toHaveLength(20_000);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('items in the Others lane', () => {
  it('keep their words (label, tooltip) when moved there', () => {
    const events = Array.from({ length: LANE_LIMIT + 3 }, (_, i) =>
      resolved(`e${i}`, '2021-10-08', { actors: [`a${i}`], title: `Event ${i}` }),
    );
    const model = buildTimelineModel(events, { grouping: 'actor', extent });
    const moved = model.items.filter((item) => item.group === OTHERS_GROUP);
    expect(moved.length).toBeGreaterThan(0);
    for (const item of moved) {
      expect(item.label).toMatch(/^Event \d+, /);
      expect(item.tooltip).toMatch(/^Event \d+\n/);
    }
  });
});

describe('TimelineItemCaches', () => {
  it('hands out one cache per grouping and extent: the same again, a new one for another', () => {
    const caches = new TimelineItemCaches();
    const byActor = caches.for('actor', extent);
    expect(caches.for('actor', { ...extent })).toBe(byActor);
    expect(caches.for('kind', extent)).not.toBe(byActor);
    expect(caches.for('actor', { ...extent, to: extent.to + 1 })).not.toBe(byActor);
    expect(caches.for('none', null)).toBe(caches.for('none', null));
  });
});
