import { describe, expect, it } from 'vitest';
import { axisLabel, eraYear } from './axisLabels';

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
