// What a chrono-node result says, as a Reading (newsChrono.ts) before it is placed: the
// components chrono made certain, the tags of the parsers here, and the words themselves ("this
// week Friday", "a year ago", "the end of August").
import type { ParsedResult } from 'chrono-node/en';
import type { Weekday } from '../dataset/calendar';
import { calendarDate, type DayNumber, dayNumber, daysInMonth } from '../dataset/calendar';
import { weekdayOfWord } from './calendarParsers';
import { holidayOfTags } from './holidays';
import type { Reading } from './mentions';
import { ONE_UNIT_BACK } from './newsFilter';

type ParsedComponents = ParsedResult['start'];

/** The readings of calendarParsers.ts's tags. */
function customReading(tags: Set<string>, components: ParsedComponents): Reading | null {
  for (const tag of tags) {
    const parts = tag.split('/');
    if (parts[0] !== 'parser' || parts[1] !== 'sourceline') continue;
    const [name, ...rest] = parts.slice(2);
    const n = rest.map(Number);
    if (name === 'quarter')
      return {
        kind: 'months',
        year: components.isCertain('year') ? components.get('year') : null,
        from: n[0] ?? 1,
        to: n[1] ?? 12,
      };
    if (name === 'rest-week' || name === 'rest-month' || name === 'rest-year')
      return { kind: 'rest', unit: name.slice(5) as 'week' | 'month' | 'year' };
    if (name === 'nth-weekday' && rest.length === 3)
      return {
        kind: 'nth-weekday',
        n: n[0] ?? 1,
        weekday: (n[1] ?? 0) as Weekday,
        month: n[2] ?? 1,
      };
    if (name === 'monthday')
      return {
        kind: 'monthday',
        day: n[0] ?? 1,
        weekday: rest.length > 1 ? weekdayOf(n[1] ?? -1) : null,
      };
  }
  return null;
}

/** The publication day as chrono's reference: noon of that calendar day in the local zone. */
export function referenceDate(published: DayNumber): Date {
  // chrono-node counts in the runtime's local calendar; noon of the same calendar day keeps its
  // arithmetic (adding days, months) on the right calendar days in every zone. Only calendar
  // fields are read back (readComponents), never an instant.
  const { year, month, day } = calendarDate(published);
  const reference = new Date(2000, 0, 1, 12, 0, 0, 0);
  reference.setFullYear(year, month - 1, day);
  return reference;
}

export function weekdayOf(value: number | null): Weekday | null {
  return value !== null && value >= 0 && value <= 6 ? (value as Weekday) : null;
}

const PERIOD_TEXT = /^(this|last|next)\s+(week|month|year)$/i;
const TIME_AFTER = /\s+\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?$/i;
const SPAN_TEXT =
  /^(?:past|within|(?:last|next)\s+(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|couple))\b/i;

export function readComponents(
  components: ParsedComponents,
  text: string,
  tags: Set<string>,
  published: DayNumber,
): Reading | null {
  const certain = (c: 'year' | 'month' | 'day' | 'weekday') => components.isCertain(c);
  const get = (c: 'year' | 'month' | 'day' | 'weekday') => components.get(c);
  if (tags.has('parser/sourceline/decade'))
    return { kind: 'decade', year: get('year') ?? 0, century: true };
  if (tags.has('parser/sourceline/decade-2'))
    return { kind: 'decade', year: get('year') ?? 0, century: false };
  const holidayKey = holidayOfTags(tags);
  if (holidayKey !== null)
    return {
      kind: 'holiday',
      key: holidayKey,
      year: components.isCertain('year') ? components.get('year') : null,
    };
  const custom = customReading(tags, components);
  if (custom !== null) return custom;
  for (const tag of tags) {
    const named = /^parser\/sourceline\/(this|next)-(week|month|year)$/.exec(tag);
    if (named)
      return {
        kind: 'period',
        unit: named[2] as 'week' | 'month' | 'year',
        offset: named[1] === 'next' ? 1 : 0,
      };
  }

  // chrono's "end of …" moved the date to the period's last day; news "end of August" is a part
  // of the month, read like "late August" (the qualifier is found by readMentions).
  const endOf = /^end\s+of\s+(?:the\s+)?/i.exec(text);
  // "this week 8am": the time says nothing of the day.
  const core = (endOf ? text.slice(endOf[0].length) : text).replace(TIME_AFTER, '');
  // "this week Friday": chrono reads the week and drops the weekday.
  const inWeek = /^(this|last|next)\s+week,?\s+(?:on\s+)?([a-z]+)$/i.exec(core);
  const dayOfWeek = inWeek ? weekdayOf(weekdayOfWord(inWeek[2] ?? '')) : null;
  if (inWeek && dayOfWeek !== null) {
    const which = (inWeek[1] ?? '').toLowerCase();
    return {
      kind: 'weekday',
      weekday: dayOfWeek,
      week: which === 'last' ? -1 : which === 'next' ? 1 : 0,
    };
  }
  const period = PERIOD_TEXT.exec(core);
  if (period) {
    const modifier = (period[1] ?? '').toLowerCase();
    return {
      kind: 'period',
      unit: (period[2] ?? '').toLowerCase() as 'week' | 'month' | 'year',
      offset: modifier === 'last' ? -1 : modifier === 'next' ? 1 : 0,
    };
  }
  const relative =
    tags.has('result/relativeDate') ||
    [...tags].some(
      (tag) => tag.startsWith('casualReference/') || tag === 'parser/ENCasualDateParser',
    );
  if (certain('weekday') && !certain('day') && !certain('month')) {
    const postfix = (/\b(?:of\s+)?(last|this|next)\s+week$/i.exec(core) ??
      /^(last|this|next)\s+week\b/i.exec(core))?.[1]?.toLowerCase();
    const week = postfix === 'last' ? -1 : postfix === 'next' ? 1 : postfix === 'this' ? 0 : null;
    if (/\bweekend\b/i.test(core)) return { kind: 'weekend', week };
    const weekday = weekdayOf(get('weekday'));
    return weekday === null ? null : { kind: 'weekday', weekday, week };
  }
  if (relative) {
    const year = get('year');
    const month = get('month');
    const day = get('day');
    if (!certain('day') && !certain('month') && !certain('year')) {
      // "this morning", "tonight" with nothing certain: the publication day.
      return {
        kind: 'relative',
        day: published,
        precision: 'day',
        span: false,
        approximate: false,
      };
    }
    if (year === null || month === null || day === null) return null;
    const oneBack = ONE_UNIT_BACK.exec(core);
    if (oneBack) {
      // Narrower than the whole year or month: about that day, the year or month the alternative.
      const wider = (oneBack[1] ?? '').toLowerCase() as 'year' | 'month';
      const back = calendarDate(published);
      const d =
        wider === 'year'
          ? { year: back.year - 1, month: back.month, day: back.day }
          : back.month === 1
            ? { year: back.year - 1, month: 12, day: back.day }
            : { year: back.year, month: back.month - 1, day: back.day };
      d.day = Math.min(d.day, daysInMonth(d.year, d.month));
      return {
        kind: 'relative',
        day: dayNumber(d),
        precision: 'day',
        span: false,
        approximate: true,
        wider,
      };
    }
    return {
      kind: 'relative',
      day: dayNumber({ year, month, day }),
      precision: certain('day') ? 'day' : certain('month') ? 'month' : 'year',
      span: SPAN_TEXT.test(core),
      after: /^next\s/i.test(core),
      week: /\bweeks?\s+ago\b/i.test(core),
      approximate: /\b(?:few|several|couple|weeks?)\b/i.test(core) && !SPAN_TEXT.test(core),
    };
  }
  if (certain('month')) {
    const month = get('month') ?? 1;
    return {
      kind: 'date',
      year: certain('year') ? get('year') : null,
      month,
      day: certain('day') && !endOf ? get('day') : null,
      weekday: certain('weekday') ? weekdayOf(get('weekday')) : null,
    };
  }
  if (certain('year')) return { kind: 'year', year: get('year') ?? 0 };
  return null;
}
