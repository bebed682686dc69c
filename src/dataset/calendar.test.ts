import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  calendarDate,
  DAY_MS,
  dayNumber,
  dayStartUtcMs,
  earliestOnOrAfter,
  latestOnOrBefore,
  monthStartUtcMs,
  monthsOfDay,
  type Weekday,
  weekdayOfDay,
  weekStart,
} from './calendar';

/** Days from 270,000 BCE to 270,000 CE, about: the years a date may name (MAX_YEAR). */
const anyDay = fc.integer({ min: -99_000_000, max: 98_000_000 });
const anyWeekday = fc.integer({ min: 0, max: 6 }).map((n) => n as Weekday);

describe('the calendar arithmetic', () => {
  it('counts months as calendarDate does', () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        const { year, month } = calendarDate(day);
        expect(monthsOfDay(day)).toBe(year * 12 + month - 1);
      }),
    );
  });

  it('starts a month at its first day’s UTC midnight', () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        const { year, month } = calendarDate(day);
        expect(monthStartUtcMs(year, month - 1)).toBe(
          dayStartUtcMs(dayNumber({ year, month, day: 1 })),
        );
      }),
    );
    expect(monthStartUtcMs(1970, 1)).toBe(31 * DAY_MS);
  });

  it('names weekdays as a UTC Date does, and finds them either way', () => {
    fc.assert(
      fc.property(anyDay, anyWeekday, (day, weekday) => {
        expect(weekdayOfDay(day)).toBe(new Date(day * DAY_MS).getUTCDay());
        const before = latestOnOrBefore(day, weekday);
        const after = earliestOnOrAfter(day, weekday);
        expect(weekdayOfDay(before)).toBe(weekday);
        expect(weekdayOfDay(after)).toBe(weekday);
        expect(day - before).toBeGreaterThanOrEqual(0);
        expect(day - before).toBeLessThan(7);
        expect(after - day).toBeGreaterThanOrEqual(0);
        expect(after - day).toBeLessThan(7);
        expect(weekdayOfDay(weekStart(day))).toBe(1);
        expect(day - weekStart(day)).toBeLessThan(7);
      }),
    );
  });
});
