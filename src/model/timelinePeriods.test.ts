import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEdtf } from '../dataset/edtf';
import type { ResolvedPeriod } from '../dataset/types';
import { buildDetailIndex, DETAIL_BUDGET, levelOfDetail } from './levelOfDetail';
import { eventIdOfItem, timelineItemId } from './timelineItems';
import {
  buildPeriodModel,
  isPeriodItemId,
  PERIOD_BUDGET,
  periodLegend,
  periodsForSpan,
  type TimelinePeriodDescriptor,
} from './timelinePeriods';

const DAY = 86_400_000;
const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const dayOf = (iso: string) => Math.round(utc(iso) / DAY);

function period(id: string, value: string, title = `Period ${id}`): ResolvedPeriod {
  const parsed = parseEdtf(value);
  if (!parsed.ok) throw new Error(parsed.error);
  return { period: { id, title, date: { value } }, index: 0, date: parsed.date, sortDay: 0 };
}

const extent = { from: dayOf('2021-08-01'), to: dayOf('2021-10-10') };

describe('buildPeriodModel', () => {
  it('draws a period as a band from the start of its first day to the end of its last', () => {
    const [rush] = buildPeriodModel([period('rush', '1848/1855', 'The rush')], extent);
    expect(rush).toEqual({
      id: 'period:rush',
      periodId: 'rush',
      start: utc('1848-01-01'),
      end: utc('1856-01-01'),
      title: 'The rush',
      dateWords: '1848 – 1855',
      note: 'a period (drawn behind the events)',
      className: 'tl-period tl-period-shade-0',
    });
  });

  it('makes a one-day or one-month period a band of that day or month', () => {
    const [day, month] = buildPeriodModel(
      [period('d', '2021-10-08'), period('m', '2021-08')],
      extent,
    );
    expect([day?.start, day?.end]).toEqual([utc('2021-10-08'), utc('2021-10-09')]);
    expect([month?.start, month?.end]).toEqual([utc('2021-08-01'), utc('2021-09-01')]);
  });

  it('runs an open or unknown end to the edge of the data, as an event does', () => {
    const [open, unknown] = buildPeriodModel(
      [period('o', '2021-08-30/..'), period('u', '2021-08-30/')],
      extent,
    );
    expect(open?.end).toBe(utc('2021-10-11'));
    expect(open?.className).toContain('tl-period-open-end');
    expect(unknown?.end).toBe(utc('2021-10-11'));
    // With no data beyond it, the band is its one known day.
    const [late] = buildPeriodModel([period('l', '2022-01-01/..')], extent);
    expect([late?.start, late?.end]).toEqual([utc('2022-01-01'), utc('2022-01-02')]);
    const [alone] = buildPeriodModel([period('a', '2021-08-30/..')], null);
    expect([alone?.start, alone?.end]).toEqual([utc('2021-08-30'), utc('2021-08-31')]);
  });

  it('runs an open start from the edge of the data', () => {
    const [open] = buildPeriodModel([period('o', '../2021-09-15')], extent);
    expect([open?.start, open?.end]).toEqual([utc('2021-08-01'), utc('2021-09-16')]);
    expect(open?.className).toContain('tl-period-open-start');
  });

  it('says in its classes and words that a date is approximate or uncertain', () => {
    const [p] = buildPeriodModel([period('p', '2021-08~')], extent);
    expect(p?.className).toContain('tl-period-approximate');
    expect(p?.dateWords).toBe('August 2021 (approximate)');
    const [q] = buildPeriodModel([period('q', '2021?')], extent);
    expect(q?.className).toContain('tl-period-uncertain');
  });

  it('shades neighbours in turn, and draws BCE periods', () => {
    const model = buildPeriodModel(
      ['a', 'b', 'c', 'd', 'e'].map((id, i) => period(id, `${2000 + i}`)),
      extent,
    );
    expect(model.map((p) => p.className)).toEqual([
      'tl-period tl-period-shade-0',
      'tl-period tl-period-shade-1',
      'tl-period tl-period-shade-2',
      'tl-period tl-period-shade-3',
      'tl-period tl-period-shade-0',
    ]);
    const [bce] = buildPeriodModel([period('x', '-0500/-0400')], extent);
    expect(bce?.start).toBeLessThan(bce?.end ?? 0);
    expect(bce?.dateWords).toBe('501 BCE – 401 BCE');
  });

  it('keeps titles as plain text and ids apart from events', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const [p] = buildPeriodModel([period('constructor', '2021', hostile)], extent);
    expect(p?.title).toBe(hostile);
    expect(p?.id).toBe('period:constructor');
    expect(isPeriodItemId(p?.id ?? '')).toBe(true);
    // An event whose id is a period's word is still an event item.
    expect(isPeriodItemId(timelineItemId('period'))).toBe(false);
    expect(eventIdOfItem(timelineItemId('period'))).toBe('period');
  });
});

function band(id: string, start: number, end: number): TimelinePeriodDescriptor {
  return {
    id,
    periodId: id,
    start,
    end,
    title: id,
    dateWords: '',
    note: '',
    className: 'tl-period',
  };
}

describe('periodsForSpan', () => {
  it('keeps the bands that reach into the span, in date order', () => {
    const bands = [band('a', 0, 10), band('b', 10, 20), band('c', 20, 30), band('d', 5, 25)];
    expect(periodsForSpan(bands, 12, 18).map((p) => p.id)).toEqual(['b', 'd']);
    // Touching the edge is not reaching in.
    expect(periodsForSpan(bands, 30, 40)).toEqual([]);
  });

  it('keeps at most its budget, those covering most of the span', () => {
    const bands = [band('short', 0, 2), band('long', 0, 100), band('mid', 40, 90)];
    expect(periodsForSpan(bands, 0, 100, 2).map((p) => p.id)).toEqual(['long', 'mid']);
  });

  it('never hands the timeline more than PERIOD_BUDGET bands, whatever the periods', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 500 })), {
          maxLength: 200,
        }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 1, max: 1000 }),
        (spans, from, width) => {
          const bands = spans.map(([start, length], i) => band(`p${i}`, start, start + length));
          const shown = periodsForSpan(bands, from, from + width);
          expect(shown.length).toBeLessThanOrEqual(PERIOD_BUDGET);
          for (const p of shown) {
            expect(p.start < from + width && p.end > from).toBe(true);
          }
          const reaching = bands.filter((p) => p.start < from + width && p.end > from);
          expect(shown.length).toBe(Math.min(reaching.length, PERIOD_BUDGET));
        },
      ),
    );
  });

  it('leaves the events’ level of detail alone: periods are never counted as events', () => {
    const many = Array.from({ length: 500 }, (_, i) =>
      band(`p${i}`, utc('2021-08-01'), utc('2021-10-10')),
    );
    const index = buildDetailIndex([]);
    const view = levelOfDetail(index, {
      start: utc('2021-08-01'),
      end: utc('2021-10-10'),
      widthPx: 1000,
    });
    expect(view.items).toEqual([]);
    expect(view.aggregates).toEqual([]);
    const drawn = periodsForSpan(many, view.coverFrom, view.coverTo);
    expect(drawn.length + view.items.length + view.aggregates.length).toBeLessThanOrEqual(
      DETAIL_BUDGET + PERIOD_BUDGET,
    );
  });
});

describe('periodLegend', () => {
  it('lists the first few and counts the rest', () => {
    const bands = Array.from({ length: 11 }, (_, i) => band(`p${i}`, i, i + 1));
    const legend = periodLegend(bands);
    expect(legend.listed.map((p) => p.id)).toEqual(bands.slice(0, 8).map((p) => p.id));
    expect(legend.more).toBe(3);
    expect(periodLegend(bands.slice(0, 2))).toEqual({ listed: bands.slice(0, 2), more: 0 });
  });
});
