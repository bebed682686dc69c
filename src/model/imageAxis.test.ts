import { describe, expect, it } from 'vitest';
import { dayStartUtcMs, parseIsoDay } from '../dataset/calendar';
import { AXIS_TEXT, imageAxis } from './imageAxis';
import { textWidth } from './imageText';

const day = (iso: string) => dayStartUtcMs(parseIsoDay(iso) as number);

describe('imageAxis', () => {
  it('ticks a week at whole UTC days, with the month named over them', () => {
    const axis = imageAxis(day('2021-10-06'), day('2021-10-13'), 1000);
    expect(axis.ticks.map((tick) => tick.label)).toEqual([
      '6',
      '7',
      '8',
      '9',
      '10',
      '11',
      '12',
      '13',
    ]);
    expect(axis.ticks[0]?.ms).toBe(day('2021-10-06'));
    // The window opens in October: named at its start.
    expect(axis.majors).toEqual([{ ms: day('2021-10-06'), label: 'October 2021' }]);
  });

  it('ticks a year in months, and names each year where it starts', () => {
    const axis = imageAxis(day('2021-07-15'), day('2022-07-15'), 1000);
    expect(axis.ticks[0]).toEqual({ ms: day('2021-08-01'), label: 'Aug' });
    expect(axis.majors.map((major) => major.label)).toEqual(['2021', '2022']);
    expect(axis.majors[1]?.ms).toBe(day('2022-01-01'));
  });

  it('steps years as far apart as their labels need, BCE written as such', () => {
    const axis = imageAxis(Date.UTC(-99, 0, 1), Date.UTC(1999, 0, 1), 1000);
    const labels = axis.ticks.map((tick) => tick.label);
    expect(labels).toContain('1000');
    expect(labels.some((label) => label.endsWith('BCE'))).toBe(true);
    expect(axis.majors).toEqual([]);
  });

  it('leaves room for every label before the next tick, at any zoom', () => {
    const start = day('2000-01-01');
    for (const days of [3, 20, 90, 400, 4000, 40_000, 400_000]) {
      for (const width of [400, 1136]) {
        const axis = imageAxis(start, start + days * 86_400_000, width);
        const xOf = (ms: number) => ((ms - start) / (days * 86_400_000)) * width;
        expect(axis.ticks.length).toBeGreaterThan(0);
        axis.ticks.forEach((tick, i) => {
          const next = axis.ticks[i + 1];
          if (!next) return;
          expect(xOf(next.ms) - xOf(tick.ms)).toBeGreaterThanOrEqual(
            textWidth(tick.label, AXIS_TEXT) * 0.9,
          );
          expect(next.ms).toBeGreaterThan(tick.ms);
        });
      }
    }
  });
});
