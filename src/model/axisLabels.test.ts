import { describe, expect, it } from 'vitest';
import { axisLabel, deepTimeStep, eraYear } from './axisLabels';

const at = (iso: string) => Date.parse(iso);
function utc(year: number, month: number, day: number): number {
  return new Date(0).setUTCFullYear(year, month - 1, day);
}

describe('axisLabel', () => {
  it('writes the usual scales as vis-timeline did', () => {
    expect(axisLabel(at('2021-10-08T00:00:00Z'), 'weekday', 'minor')).toBe('Fri 8');
    expect(axisLabel(at('2021-10-08T00:00:00Z'), 'day', 'minor')).toBe('8');
    expect(axisLabel(at('2021-10-01T00:00:00Z'), 'month', 'minor')).toBe('Oct');
    expect(axisLabel(at('2021-10-01T00:00:00Z'), 'day', 'major')).toBe('October 2021');
    expect(axisLabel(at('2021-01-01T00:00:00Z'), 'month', 'major')).toBe('2021');
    expect(axisLabel(at('2021-01-01T00:00:00Z'), 'year', 'minor')).toBe('2021');
    expect(axisLabel(at('2021-01-01T00:00:00Z'), 'year', 'major')).toBe('');
  });

  it('writes years before 1 with their era, as the details do', () => {
    expect(axisLabel(utc(0, 3, 1), 'day', 'major')).toBe('March 1 BCE');
    expect(axisLabel(utc(-43, 3, 15), 'weekday', 'minor')).toBe('Fri 15');
    expect(axisLabel(utc(-43, 3, 1), 'month', 'major')).toBe('44 BCE');
    expect(axisLabel(utc(-500, 1, 1), 'year', 'minor')).toBe('501 BCE');
    expect(axisLabel(utc(33, 1, 1), 'year', 'minor')).toBe('33');
  });

  it('is empty for a scale it does not know', () => {
    expect(axisLabel(0, 'fortnight', 'minor')).toBe('');
    expect(axisLabel(0, 'constructor', 'minor')).toBe('');
  });
});

describe('eraYear', () => {
  it('counts astronomically: 0 is 1 BCE', () => {
    expect(eraYear(0)).toBe('1 BCE');
    expect(eraYear(-1)).toBe('2 BCE');
    expect(eraYear(1)).toBe('1');
  });
});

describe("deep time: the axis step beyond vis-timeline's 1,000 years", () => {
  it('leaves the step to vis-timeline while 1,000 years have room for a label', () => {
    expect(deepTimeStep(0.2)).toBeNull();
    expect(deepTimeStep(0.1)).toBeNull();
    expect(deepTimeStep(0)).toBeNull();
  });

  it('steps by 2, 5, 10, 20… thousand years so that labels are apart', () => {
    // 1,280 px for 500,000 years: a label every 50,000 years (128 px).
    expect(deepTimeStep(1280 / 500_000)).toBe(50_000);
    // A phone, 360 px for 540,000 years: every 200,000 years (133 px).
    expect(deepTimeStep(360 / 540_000)).toBe(200_000);
    expect(deepTimeStep(0.09)).toBe(2_000);
    for (const pxPerYear of [0.09, 0.01, 0.001, 0.0002]) {
      const step = deepTimeStep(pxPerYear) ?? 0;
      expect(step * pxPerYear).toBeGreaterThanOrEqual(96);
      expect((step / 2.5) * pxPerYear).toBeLessThan(96);
    }
  });

  it('labels deep-time years with their era, grouped by thousands', () => {
    expect(axisLabel(utc(-100_000, 1, 1), 'year', 'minor')).toBe('100,001 BCE');
    expect(axisLabel(utc(150_000, 1, 1), 'year', 'minor')).toBe('150,000');
  });
});
