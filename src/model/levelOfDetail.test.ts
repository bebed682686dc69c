import { describe, expect, it } from 'vitest';
import {
  buildDetailIndex,
  DETAIL_BUDGET,
  type DetailView,
  levelOfDetail,
  viewServes,
} from './levelOfDetail';
import type { TimelineItemDescriptor } from './timelineItems';

const DAY = 86_400_000;
const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

function box(id: string, iso: string, group?: string): TimelineItemDescriptor {
  return {
    id,
    eventId: id,
    type: 'box',
    start: utc(iso) + DAY / 2,
    className: 'tl-item tl-day',
    approximate: false,
    uncertain: false,
    style: '',
    support: null,
    title: id,
    label: id,
    tooltip: id,
    kind: 'statement',
    ...(group !== undefined ? { group } : {}),
  };
}

function span(id: string, fromIso: string, toIso: string): TimelineItemDescriptor {
  return { ...box(id, fromIso), type: 'range', start: utc(fromIso), end: utc(toIso) + DAY };
}

/** `perDay` boxes on every day from `fromIso`, for `days` days. */
function dense(fromIso: string, days: number, perDay: number, group?: string) {
  const items: TimelineItemDescriptor[] = [];
  for (let d = 0; d < days; d++) {
    const iso = new Date(utc(fromIso) + d * DAY).toISOString().slice(0, 10);
    for (let k = 0; k < perDay; k++) items.push(box(`e-${group ?? ''}-${iso}-${k}`, iso, group));
  }
  return items;
}

const request = (fromIso: string, toIso: string, widthPx = 1200) => ({
  start: utc(fromIso),
  end: utc(toIso),
  widthPx,
});

const total = (view: DetailView) =>
  view.items.length + view.aggregates.reduce((sum, a) => sum + a.count, 0);

describe('buildDetailIndex', () => {
  it('knows the extent of every item, ranges by their end', () => {
    const index = buildDetailIndex([box('a', '2021-10-08'), span('b', '2021-08-30', '2021-10-10')]);
    expect(index.first).toBe(utc('2021-08-30'));
    expect(index.last).toBe(utc('2021-10-11'));
  });
  it('has no extent when empty', () => {
    expect(Number.isNaN(buildDetailIndex([]).first)).toBe(true);
  });
  it('numbers each item’s lane, so a window is counted from the arrays alone', () => {
    const index = buildDetailIndex([
      box('a', '2021-10-08', 'kind:x'),
      box('b', '2021-10-09'),
      box('c', '2021-10-10', 'kind:x'),
      box('d', '2021-10-11', 'kind:y'),
    ]);
    expect([...index.lanes]).toEqual([0, 1, 0, 2]);
    expect(index.laneIds).toEqual(['kind:x', undefined, 'kind:y']);
  });
});

describe('levelOfDetail', () => {
  it('draws every event near the window when there are few', () => {
    const items = [box('a', '2021-10-08'), box('b', '2021-10-09'), box('far', '2019-01-01')];
    const view = levelOfDetail(buildDetailIndex(items), request('2021-10-01', '2021-10-15'));
    expect(view.level).toBeNull();
    expect(view.items.map((i) => i.id).sort()).toEqual(['a', 'b']);
    expect(view.aggregates).toEqual([]);
  });

  it('keeps a window-width either side, so a small pan needs nothing new', () => {
    const items = [box('before', '2021-09-20'), box('after', '2021-10-25')];
    const view = levelOfDetail(buildDetailIndex(items), request('2021-10-01', '2021-10-15'));
    expect(view.items.map((i) => i.id).sort()).toEqual(['after', 'before']);
  });

  it('includes a long span that covers the whole window', () => {
    const items = [span('long', '2010-01-01', '2030-12-31')];
    const view = levelOfDetail(buildDetailIndex(items), request('2021-10-01', '2021-10-15'));
    expect(view.items.map((i) => i.id)).toEqual(['long']);
  });

  it('counts dense stretches in calendar buckets, per lane, and loses no event', () => {
    const items = [
      ...dense('2012-01-01', 366, 3, 'kind:a'),
      ...dense('2012-01-01', 366, 1, 'kind:b'),
    ];
    const view = levelOfDetail(buildDetailIndex(items), request('2012-01-01', '2013-01-01'));
    expect(view.level).toBe('1m');
    expect(view.items).toEqual([]);
    expect(total(view)).toBe(items.length);
    const march = view.aggregates.find((a) => a.group === 'kind:a' && a.from === utc('2012-03-01'));
    expect(march).toMatchObject({
      to: utc('2012-04-01'),
      count: 93,
      text: '93 events',
      action: 'zoom',
    });
    expect(march?.label).toBe('93 events, 1 Mar 2012 – 31 Mar 2012: zoom in to see them');
    // Drawn inside the bucket, with a gap, so neighbours never touch.
    expect(march?.start).toBeGreaterThan(utc('2012-03-01'));
    expect(march?.end).toBeLessThan(utc('2012-04-01'));
    // Denser lane, darker and taller.
    const b = view.aggregates.find((a) => a.group === 'kind:b' && a.from === utc('2012-03-01'));
    expect(march?.density).toBe(4);
    expect(b?.density).toBeLessThan(4);
    expect(b?.weight).toBeLessThan(march?.weight ?? 0);
  });

  it('counts a span in every bucket it runs through, so an ongoing event is never out of sight', () => {
    const items = [...dense('2012-01-01', 366, 6), span('long', '2005-01-01', '2020-12-31')];
    const view = levelOfDetail(buildDetailIndex(items), request('2012-03-01', '2012-05-01'));
    expect(view.level).toBe('7d');
    const inView = view.aggregates.filter(
      (a) => a.to > utc('2012-03-01') && a.from < utc('2012-05-01'),
    );
    expect(inView.length).toBeGreaterThan(5);
    // Every week in view holds its 42 events of the week and the span.
    for (const a of inView.filter((x) => x.to - x.from === 7 * DAY)) expect(a.count).toBe(43);
  });

  it('draws every event when few are on screen, even with more in the margins', () => {
    const items = [
      ...dense('2012-03-01', 9, 10),
      ...dense('2012-02-15', 15, 20),
      ...dense('2012-03-10', 10, 20),
    ];
    const view = levelOfDetail(buildDetailIndex(items), request('2012-03-01', '2012-03-10'));
    expect(view.level).toBeNull();
    // Every event on screen, and a narrower margin so the whole stays within the budget.
    const onScreen = view.items.filter((i) => i.start < utc('2012-03-10'));
    expect(onScreen.filter((i) => i.start >= utc('2012-03-01'))).toHaveLength(90);
    expect(view.items.length).toBeLessThanOrEqual(DETAIL_BUDGET);
    expect(viewServes(view, utc('2012-03-01'), utc('2012-03-10'))).toBe(true);
    expect(viewServes(view, utc('2012-03-03'), utc('2012-03-12'))).toBe(false);
  });

  it('measures months before year 0 from the right end', () => {
    const items = [
      ...Array.from({ length: 400 }, (_, i) => ({
        ...box(`bce-${i}`, '2000-01-01'),
        start: new Date(0).setUTCFullYear(-1, i % 12, 15),
      })),
    ];
    const from = new Date(0).setUTCFullYear(-1, 0, 1);
    const to = new Date(0).setUTCFullYear(0, 0, 1);
    const view = levelOfDetail(buildDetailIndex(items), { start: from, end: to, widthPx: 1200 });
    expect(view.level).toBe('1m');
    for (const a of view.aggregates) {
      expect(a.to).toBeGreaterThan(a.from);
      const start = new Date(a.from);
      expect(start.getUTCDate()).toBe(1);
      expect(start.getUTCFullYear()).toBe(-1);
    }
    expect(total(view)).toBe(400);
  });

  it('keeps aggregates few: coarser buckets when the finest readable ones are too many', () => {
    const items = dense('2000-01-01', 365 * 20, 1);
    const view = levelOfDetail(buildDetailIndex(items), request('2000-01-01', '2020-01-01', 4000));
    expect(view.aggregates.length + view.items.length).toBeLessThanOrEqual(DETAIL_BUDGET);
    expect(total(view)).toBe(items.length);
  });

  it('makes aggregates at least wide enough to read', () => {
    const items = dense('2000-01-01', 365 * 20, 1);
    const view = levelOfDetail(buildDetailIndex(items), request('2000-01-01', '2020-01-01', 1200));
    const msPerPx = (utc('2020-01-01') - utc('2000-01-01')) / 1200;
    for (const a of view.aggregates) expect((a.to - a.from) / msPerPx).toBeGreaterThanOrEqual(90);
  });

  it('uses weeks that start on Monday', () => {
    const items = dense('2012-01-01', 120, 8);
    const view = levelOfDetail(buildDetailIndex(items), request('2012-01-30', '2012-03-12'));
    expect(view.level).toBe('7d');
    for (const a of view.aggregates) expect(new Date(a.from).getUTCDay()).toBe(1);
  });

  it('draws a lone event in a sparse bucket as itself', () => {
    const items = [...dense('2012-01-01', 366, 2), box('lonely', '2013-06-15')];
    const view = levelOfDetail(buildDetailIndex(items), request('2012-01-01', '2013-12-31'));
    expect(view.level).not.toBeNull();
    expect(view.items.map((i) => i.id)).toEqual(['lonely']);
  });

  it('always draws the pinned (selected) items as themselves, outside the counts', () => {
    const items = dense('2012-01-01', 366, 3);
    const pinned = items[500] as TimelineItemDescriptor;
    const view = levelOfDetail(buildDetailIndex(items), {
      ...request('2012-01-01', '2013-01-01'),
      pinned: new Set([pinned.id]),
    });
    expect(view.items.map((i) => i.id)).toEqual([pinned.id]);
    expect(total(view)).toBe(items.length);
  });

  it('draws every event when zoomed in to days and they are few enough', () => {
    const items = dense('2012-03-01', 5, 50);
    const view = levelOfDetail(buildDetailIndex(items), request('2012-03-02', '2012-03-04'));
    expect(view.level).toBeNull();
    expect(view.items).toHaveLength(items.length);
  });

  it('counts single days where even they are too dense, and those counts lead to the list', () => {
    const items = dense('2012-03-01', 5, 200);
    const view = levelOfDetail(buildDetailIndex(items), request('2012-03-02', '2012-03-04'));
    expect(view.level).toBe('1d');
    expect(total(view)).toBe(items.length);
    const day = view.aggregates.find((a) => a.from === utc('2012-03-03'));
    expect(day).toMatchObject({ count: 200, action: 'list', to: utc('2012-03-04') });
    expect(day?.label).toBe('200 events, 3 Mar 2012: show them in the list');
  });

  it('gives many lanes a larger budget, since only some are on screen', () => {
    const lanes = Array.from({ length: 60 }, (_, i) => dense('2012-03-01', 10, 1, `actor:${i}`));
    const items = lanes.flat();
    const view = levelOfDetail(buildDetailIndex(items), request('2012-02-20', '2012-03-20'));
    expect(items.length).toBeGreaterThan(DETAIL_BUDGET);
    expect(view.level).toBeNull();
  });

  it('gives aggregates ids that stay the same as the window pans', () => {
    const items = dense('2010-01-01', 365 * 4, 2);
    const index = buildDetailIndex(items);
    const a = levelOfDetail(index, request('2011-01-01', '2012-01-01'));
    const b = levelOfDetail(index, request('2011-02-01', '2012-02-01'));
    const shared = a.aggregates.filter((x) => b.aggregates.some((y) => y.id === x.id));
    expect(shared.length).toBeGreaterThan(a.aggregates.length / 2);
  });
});

describe('viewServes', () => {
  const index = buildDetailIndex([box('a', '2021-10-08')]);
  const view = levelOfDetail(index, request('2021-10-01', '2021-10-11'));
  it('serves the window it was made for and small pans', () => {
    expect(viewServes(view, utc('2021-10-01'), utc('2021-10-11'))).toBe(true);
    expect(viewServes(view, utc('2021-10-04'), utc('2021-10-14'))).toBe(true);
  });
  it('does not serve a page resized much', () => {
    expect(viewServes(view, utc('2021-10-01'), utc('2021-10-11'), 1100)).toBe(true);
    expect(viewServes(view, utc('2021-10-01'), utc('2021-10-11'), 420)).toBe(false);
  });
  it('does not serve a window panned far or zoomed much', () => {
    expect(viewServes(view, utc('2021-10-09'), utc('2021-10-19'))).toBe(false);
    expect(viewServes(view, utc('2021-10-03'), utc('2021-10-06'))).toBe(false);
    expect(viewServes(view, utc('2021-09-20'), utc('2021-10-20'))).toBe(false);
  });
});
