// Named days that news dates events by ("found on Thanksgiving Day", "since Christmas", "during
// Ramadan"): a calendar of them, and the chrono-node parser that finds their names. Which year is
// meant is the sentence's to say, as for a date without a year (yearChoice.ts).
//
// - Fixed days: New Year's Day and Eve (Hogmanay), Epiphany, Orthodox Christmas, Valentine's
//   Day, St. Patrick's Day, May Day, Bastille Day, Canada Day, Australia Day, Anzac Day, Armistice / Veterans / Remembrance Day, Halloween,
//   Guy Fawkes Night, Christmas Eve and Day, Boxing Day, International Women's Day, Cinco de Mayo,
//   Victory Day (May 9), Juneteenth, All Saints' and All Souls' Days, Kwanzaa, and the US
//   Independence Day (July 4: the day of that name news most often means; other countries' are
//   dated only when the text gives the date).
// - Days counted in weeks (US federal and common days): Martin Luther King Jr. Day (third Monday
//   of January), Presidents' Day (third Monday of February), Mother's Day (second Sunday of May),
//   Memorial Day (last Monday of May), Father's Day (third Sunday of June), Labor Day (first
//   Monday of September), Columbus Day (second Monday of October), Election Day (the Tuesday after
//   the first Monday of November), Thanksgiving (fourth Thursday of November).
// - Easter (the Gregorian computus) and the days counted from it: Ash Wednesday, Palm Sunday,
//   Maundy Thursday, Good Friday, Easter Monday, Ascension Day, Pentecost, Shrove Tuesday; Orthodox
//   Easter by the Julian computus; Remembrance Sunday (second Sunday of November).
// - Other calendars, by the platform's Intl calendars (ICU): Ramadan (the whole month), Eid
//   al-Fitr, Eid al-Adha, the Islamic New Year and Ashura (Umm al-Qura calendar), the Lunar New
//   Year (Chinese calendar), Nowruz (Persian calendar), Rosh Hashanah, Yom Kippur, Sukkot,
//   Purim, Passover and Hanukkah (Hebrew calendar). Observed dates can differ by a day from the
//   calendar's where the moon is sighted locally.
import type { Parser } from 'chrono-node/en';
import {
  type DayNumber,
  dayNumber,
  dayStartUtcMs,
  daysInMonth,
  weekdayOfDay,
} from '../dataset/calendar';

type ParsingContext = Parameters<Parser['extract']>[0];

/** The days a holiday covers in a Gregorian year (first = last for one day), or null. */
export type HolidayDays = { first: DayNumber; last: DayNumber } | null;

interface Holiday {
  key: string;
  /** Its name as the proposal's note says it. */
  name: string;
  /** The names that mean it, as a regular expression source (capitalised, as news writes them). */
  names: string;
  days: (year: number) => HolidayDays;
}

const one = (day: DayNumber): HolidayDays => ({ first: day, last: day });
const fixed = (month: number, day: number) => (year: number) =>
  one(dayNumber({ year, month, day }));

/** 0 = Sunday … 6 = Saturday, as chrono-node and dateProposals count. */
const weekdayOf = (day: DayNumber): number => weekdayOfDay(day);

/** The nth (1-based; -1 for the last) given weekday of a month. */
export function nthWeekday(year: number, month: number, weekday: number, n: number): DayNumber {
  if (n > 0) {
    const first = dayNumber({ year, month, day: 1 });
    return first + ((weekday - weekdayOf(first) + 7) % 7) + 7 * (n - 1);
  }
  const last = dayNumber({ year, month, day: daysInMonth(year, month) });
  return last - ((weekdayOf(last) - weekday + 7) % 7);
}

const nth = (month: number, weekday: number, n: number) => (year: number) =>
  one(nthWeekday(year, month, weekday, n));

/** Easter Sunday of a Gregorian year (the anonymous Gregorian computus). */
export function easter(year: number): DayNumber {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumber({ year, month, day });
}

const fromEaster = (offset: number) => (year: number) => one(easter(year) + offset);

/** Orthodox Easter: the Julian computus, moved to the Gregorian calendar (13 days, 1900–2099). */
export function orthodoxEaster(year: number): DayNumber {
  const a = year % 4;
  const b = year % 7;
  const c = year % 19;
  const d = (19 * c + 15) % 30;
  const e = (2 * a + 4 * b - d + 34) % 7;
  const month = Math.floor((d + e + 114) / 31);
  const day = ((d + e + 114) % 31) + 1;
  const julianToGregorian = Math.floor(year / 100) - Math.floor(year / 400) - 2;
  return dayNumber({ year, month, day }) + julianToGregorian;
}

/** Each day of a Gregorian year as a date of another calendar: [month, day] by the formatter. */
const calendars = new Map<string, Map<number, { month: string; day: number }[]>>();

function otherCalendar(calendar: string, year: number): { month: string; day: number }[] {
  let years = calendars.get(calendar);
  if (!years) {
    years = new Map();
    calendars.set(calendar, years);
  }
  const cached = years.get(year);
  if (cached) return cached;
  const format = new Intl.DateTimeFormat(`en-u-ca-${calendar}`, {
    timeZone: 'UTC',
    month: calendar === 'hebrew' ? 'long' : 'numeric',
    day: 'numeric',
  });
  // A platform without that calendar formats in the Gregorian one: no days, rather than wrong ones.
  if (format.resolvedOptions().calendar !== calendar) {
    years.set(year, []);
    return [];
  }
  const first = dayNumber({ year, month: 1, day: 1 });
  const last = dayNumber({ year, month: 12, day: 31 });
  const days: { month: string; day: number }[] = [];
  for (let d = first; d <= last; d++) {
    const parts = format.formatToParts(new Date(dayStartUtcMs(d)));
    days.push({
      month: parts.find((p) => p.type === 'month')?.value ?? '',
      day: Number(parts.find((p) => p.type === 'day')?.value ?? 0),
    });
  }
  years.set(year, days);
  return days;
}

/** The days of a Gregorian year on which another calendar's month and day fall (`length` long). */
const inCalendar =
  (calendar: string, month: string, day: number, length = 1) =>
  (year: number): HolidayDays => {
    if (year < 1900 || year > 2100) return null; // ICU's other calendars, trusted in this range
    const days = otherCalendar(calendar, year);
    const index = days.findIndex((d) => d.month === month && d.day === day);
    if (index < 0) return null;
    const first = dayNumber({ year, month: 1, day: 1 }) + index;
    return { first, last: first + length - 1 };
  };

const islamicMonth = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', {
  timeZone: 'UTC',
  month: 'numeric',
});

/** Purim: 14 Adar, or 14 Adar II in a leap year. */
function purim(year: number): HolidayDays {
  return inCalendar('hebrew', 'Adar II', 14)(year) ?? inCalendar('hebrew', 'Adar', 14)(year);
}

/** Ramadan: from 1 Ramadan to the day before 1 Shawwal (29 or 30 days). */
function ramadan(year: number): HolidayDays {
  const start = inCalendar('islamic-umalqura', '9', 1)(year);
  if (!start) return null;
  const month = (d: DayNumber) => islamicMonth.format(new Date(dayStartUtcMs(d)));
  const last = month(start.first + 29) === '9' ? start.first + 29 : start.first + 28;
  return { first: start.first, last };
}

export const HOLIDAYS: Holiday[] = [
  {
    key: 'new-years-eve',
    name: "New Year's Eve",
    names: "New Year['’]s Eve|Hogmanay",
    days: fixed(12, 31),
  },
  { key: 'epiphany', name: 'Epiphany', names: 'Epiphany', days: fixed(1, 6) },
  {
    key: 'orthodox-christmas',
    name: 'Orthodox Christmas (January 7)',
    names: 'Orthodox Christmas(?: Day)?',
    days: fixed(1, 7),
  },
  { key: 'cinco-de-mayo', name: 'Cinco de Mayo', names: 'Cinco de Mayo', days: fixed(5, 5) },
  { key: 'victory-day', name: 'Victory Day (May 9)', names: 'Victory Day', days: fixed(5, 9) },
  { key: 'juneteenth', name: 'Juneteenth', names: 'Juneteenth', days: fixed(6, 19) },
  { key: 'all-saints', name: "All Saints' Day", names: "All Saints['’]? Day", days: fixed(11, 1) },
  {
    key: 'day-of-the-dead',
    name: 'the Day of the Dead (November 2)',
    names: "Day of the Dead|All Souls['’]? Day",
    days: fixed(11, 2),
  },
  { key: 'kwanzaa', name: 'Kwanzaa', names: 'Kwanzaa', days: fixed(12, 26) },
  {
    key: 'remembrance-sunday',
    name: 'Remembrance Sunday',
    names: 'Remembrance Sunday',
    days: nth(11, 0, 2),
  },
  {
    key: 'mardi-gras',
    name: 'Shrove Tuesday (Mardi Gras)',
    names: 'Mardi Gras|Shrove Tuesday|Pancake Day',
    days: fromEaster(-47),
  },
  {
    key: 'orthodox-easter',
    name: 'Orthodox Easter',
    names: 'Orthodox Easter(?: Sunday)?',
    days: (year) => one(orthodoxEaster(year)),
  },
  {
    key: 'nowruz',
    name: 'Nowruz',
    names: 'Nowruz|Norouz|Nauryz|Persian New Year',
    days: inCalendar('persian', '1', 1),
  },
  {
    key: 'islamic-new-year',
    name: 'the Islamic New Year',
    names: 'Islamic New Year|Hijri New Year',
    days: inCalendar('islamic-umalqura', '1', 1),
  },
  { key: 'ashura', name: 'Ashura', names: 'Ashura', days: inCalendar('islamic-umalqura', '1', 10) },
  { key: 'purim', name: 'Purim', names: 'Purim', days: purim },
  { key: 'sukkot', name: 'Sukkot', names: 'Sukkot', days: inCalendar('hebrew', 'Tishri', 15) },
  {
    key: 'new-years-day',
    name: "New Year's Day",
    names: "New Year['’]s(?: Day)?",
    days: fixed(1, 1),
  },
  {
    key: 'valentines',
    name: "Valentine's Day",
    names: "(?:St\\.? )?Valentine['’]s Day",
    days: fixed(2, 14),
  },
  {
    key: 'womens-day',
    name: "International Women's Day",
    names: "International Women['’]s Day",
    days: fixed(3, 8),
  },
  {
    key: 'st-patricks',
    name: "St. Patrick's Day",
    names: "(?:St\\.?|Saint) Patrick['’]s Day",
    days: fixed(3, 17),
  },
  { key: 'anzac', name: 'Anzac Day', names: 'Anzac Day', days: fixed(4, 25) },
  { key: 'may-day', name: 'May Day', names: 'May Day', days: fixed(5, 1) },
  { key: 'canada-day', name: 'Canada Day', names: 'Canada Day', days: fixed(7, 1) },
  {
    key: 'us-independence',
    name: 'Independence Day (July 4)',
    names: 'Independence Day|(?:the )?Fourth of July|July Fourth',
    days: fixed(7, 4),
  },
  { key: 'bastille', name: 'Bastille Day', names: 'Bastille Day', days: fixed(7, 14) },
  { key: 'australia-day', name: 'Australia Day', names: 'Australia Day', days: fixed(1, 26) },
  { key: 'halloween', name: 'Halloween', names: 'Hallowe?en', days: fixed(10, 31) },
  {
    key: 'guy-fawkes',
    name: 'Guy Fawkes Night',
    names: 'Guy Fawkes (?:Night|Day)|Bonfire Night',
    days: fixed(11, 5),
  },
  {
    key: 'armistice',
    name: 'Armistice Day (November 11)',
    names: "Armistice Day|Veterans['’]? Day|Remembrance Day",
    days: fixed(11, 11),
  },
  { key: 'christmas-eve', name: 'Christmas Eve', names: 'Christmas Eve', days: fixed(12, 24) },
  {
    key: 'christmas',
    name: 'Christmas Day',
    names: 'Christmas(?: Day)?|Xmas',
    days: fixed(12, 25),
  },
  { key: 'boxing-day', name: 'Boxing Day', names: 'Boxing Day', days: fixed(12, 26) },
  {
    key: 'mlk-day',
    name: 'Martin Luther King Jr. Day',
    names: "Martin Luther King(?: Jr\\.?)?(?:[’']s)? (?:Birth)?[Dd]ay|MLK Day",
    days: nth(1, 1, 3),
  },
  {
    key: 'presidents-day',
    name: "Presidents' Day",
    names: "Presidents['’]? Day",
    days: nth(2, 1, 3),
  },
  { key: 'mothers-day', name: "Mother's Day", names: "Mother['’]s Day", days: nth(5, 0, 2) },
  { key: 'memorial-day', name: 'Memorial Day', names: 'Memorial Day', days: nth(5, 1, -1) },
  { key: 'fathers-day', name: "Father's Day", names: "Father['’]s Day", days: nth(6, 0, 3) },
  { key: 'labor-day', name: 'Labor Day', names: 'Labou?r Day', days: nth(9, 1, 1) },
  { key: 'columbus-day', name: 'Columbus Day', names: 'Columbus Day', days: nth(10, 1, 2) },
  {
    key: 'election-day',
    name: 'Election Day (US)',
    names: 'Election Day',
    days: (year) => one(nthWeekday(year, 11, 1, 1) + 1),
  },
  {
    key: 'thanksgiving',
    name: 'Thanksgiving (US)',
    names: 'Thanksgiving(?: Day)?',
    days: nth(11, 4, 4),
  },
  { key: 'ash-wednesday', name: 'Ash Wednesday', names: 'Ash Wednesday', days: fromEaster(-46) },
  { key: 'palm-sunday', name: 'Palm Sunday', names: 'Palm Sunday', days: fromEaster(-7) },
  {
    key: 'maundy-thursday',
    name: 'Maundy Thursday',
    names: 'Maundy Thursday|Holy Thursday',
    days: fromEaster(-3),
  },
  { key: 'good-friday', name: 'Good Friday', names: 'Good Friday', days: fromEaster(-2) },
  { key: 'easter-monday', name: 'Easter Monday', names: 'Easter Monday', days: fromEaster(1) },
  { key: 'easter', name: 'Easter Sunday', names: 'Easter(?: Sunday| Day)?', days: fromEaster(0) },
  { key: 'ascension', name: 'Ascension Day', names: 'Ascension Day', days: fromEaster(39) },
  {
    key: 'pentecost',
    name: 'Pentecost',
    names: 'Pentecost(?: Sunday)?|Whit Sunday',
    days: fromEaster(49),
  },
  { key: 'ramadan', name: 'Ramadan', names: 'Ramadan|Ramazan', days: ramadan },
  {
    key: 'eid-al-fitr',
    name: 'Eid al-Fitr',
    names: 'Eid(?: (?:al|ul|el)[- ])?Fitr',
    days: inCalendar('islamic-umalqura', '10', 1),
  },
  {
    key: 'eid-al-adha',
    name: 'Eid al-Adha',
    names: 'Eid(?: (?:al|ul|el)[- ])?Adha',
    days: inCalendar('islamic-umalqura', '12', 10),
  },
  {
    key: 'lunar-new-year',
    name: 'the Lunar New Year',
    names: "(?:Lunar|Chinese) New Year(?:[’']s Day)?|Spring Festival",
    days: inCalendar('chinese', '1', 1),
  },
  {
    key: 'rosh-hashanah',
    name: 'Rosh Hashanah',
    names: 'Rosh Hashan?nah?',
    days: inCalendar('hebrew', 'Tishri', 1),
  },
  {
    key: 'yom-kippur',
    name: 'Yom Kippur',
    names: 'Yom Kippur',
    days: inCalendar('hebrew', 'Tishri', 10),
  },
  {
    key: 'passover',
    name: 'Passover',
    names: 'Passover|Pesach',
    days: inCalendar('hebrew', 'Nisan', 15),
  },
  {
    key: 'hanukkah',
    name: 'Hanukkah',
    names: 'Hanukk?ah?|Chanukk?ah',
    days: inCalendar('hebrew', 'Kislev', 25, 8),
  },
];

const BY_KEY = new Map(HOLIDAYS.map((h) => [h.key, h]));

export function holiday(key: string): Holiday | undefined {
  return BY_KEY.get(key);
}

const TAG = 'parser/sourceline/holiday/';

/** Things named after a holiday ("Christmas tree", "Easter egg", "Easter Island"). */
const NAMED_AFTER =
  /^\s+(?:Island|Agreement|Accords?|Rising|Uprising|trees?|cards?|carols?|lights|decorations?|stockings?|eggs?|bunny|lil(?:y|ies)|cactus|pudding|cakes?|music|songs?|movies?|films?|albums?|spirit|presents?|gifts?|ornaments?|markets?)\b/;

/** The holiday a chrono result's tags name, if any. */
export function holidayOfTags(tags: Set<string>): string | null {
  for (const tag of tags) if (tag.startsWith(TAG)) return tag.slice(TAG.length);
  return null;
}

/** Finds holiday names (the longest name at a place wins: "Easter Monday" before "Easter"). */
export class HolidayParser implements Parser {
  private readonly names = HOLIDAYS.map((h) => new RegExp(`^(?:${h.names})$`));
  pattern(): RegExp {
    return new RegExp(
      `(?<![\\w'’-])(?:${HOLIDAYS.map((h) => h.names).join('|')})(?![\\w'’-])(?:,?\\s+((?:1[89]|20)\\d{2})(?![\\w%]|[.,]\\d))?`,
    );
  }
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const year = match[1] === undefined ? null : Number(match[1]);
    const text =
      year === null
        ? match[0]
        : match[0].slice(0, match[0].length - (match[1] ?? '').length).replace(/,?\s+$/, '');
    // The pattern's lookbehind is not seen after a refused match (calendarParsers.ts).
    if (/[\w'’-]$/.test(context.text.slice(0, match.index ?? 0))) return null;
    const index = this.names.findIndex((name) => name.test(text));
    const found = HOLIDAYS[index];
    if (!found) return null;
    // "a Christmas tree", "Easter Island": a thing named after the day, not the day.
    const after = context.text.slice((match.index ?? 0) + match[0].length);
    if (NAMED_AFTER.test(after)) return null;
    // "Ukraine's Independence Day", "Mexican Independence Day": another country's, not dated.
    const before = context.text.slice(Math.max(0, (match.index ?? 0) - 30), match.index ?? 0);
    if (
      found.key === 'us-independence' &&
      /(?:[A-Z][\w.]*['’]s|[A-Z][a-z]+(?:an|ese|ish|i))\s+$/.test(before)
    )
      return null;
    // "New Year's Day 2000": the year given after the name.
    const result = context.createParsingResult(
      match.index ?? 0,
      match[0],
      year === null ? undefined : { year },
    );
    result.addTag(`${TAG}${found.key}`);
    return result;
  }
}
