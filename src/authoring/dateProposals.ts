// Date proposals for words selected in an article: which date does the text give the event, as
// the EDTF the dataset stores (README, "The dataset format"), resolved against the source's
// publication day. Pure; loaded only with the editor (it brings chrono-node), never at first paint.
//
//   proposeDates(text, published) → DateProposal[]   every dating expression, in text order
//   proposeDate(text, published)  → DateProposal | null   the first
//
// Expressions are found by chrono-node with news-specific parsers and refiners (newsChrono.ts);
// everything below places them. The choices, each stated in the proposal's note:
// - Tense (tense.ts): past → the latest such day on or before publication, future → the next
//   (for a weekday, the next after publication). Present tense and sentences without a cue are
//   read as past, the news default, and then get the future reading as an alternative.
// - Weekdays: "on Friday", "Friday's" → by tense; "last Tuesday" → the Tuesday before publication
//   (alternative: a week earlier); "next Friday" → the Friday after (alternative: a week later);
//   "Friday of last week" → in that week. Weeks run Monday to Sunday (ISO 8601: in a Sunday
//   paper "this week" is the week ending that day); the Sunday–Saturday week (US calendars,
//   chrono-node's "this week") is the alternative.
// - "weekend", "over the weekend": Saturday–Sunday as an interval, the weekend ending on or
//   before publication in the past tense (published on a Sunday: that weekend), the next one
//   starting on or after it in the future.
// - "early/mid/late <month or year>", "the end of August": the approximate month or year
//   (`2021-08~`), as the seed dataset dates "late August", since EDTF has no form for a part of a
//   month; the sub-range is the alternative: days 1–10, 11–20, 21–end of a month; January–April,
//   May–August, September–December of a year. For decades ("the late 1990s") the sub-range is the
//   value (1990/1993, 1994/1996, 1997/1999) and the whole decade the alternative.
// - "earlier/later this week/month/year": from the period's start to the day before publication
//   (from the day after to its end); the whole period is the alternative.
// - Decades: an interval of years (`1990/1999`; the app's EDTF takes no X digits). "the '90s"
//   is the latest such decade begun by publication (the next one in the future tense).
// - Relations: "since X" and "after X" → `X/..` (open end); "until X", "before X" → `../X`; "by X"
//   → from publication to X in the future tense, `../X` in the past; X itself is an alternative.
//   "by" before a possessive ("killed by Friday's blast") names an agent, not a deadline.
// - Explicit dates without a year ("Aug. 30", "30 August", "Oct. 8"): by tense, so "on Dec. 30"
//   in a paper of 2 January 2021 is 2020-12-30. A weekday given with it ("Friday, Oct. 8")
//   picks the year in which they agree.
// - "yesterday", "today", "this morning", "three days ago", "last month": counted from
//   publication by chrono-node; "N weeks ago", "a few days ago" are approximate (`~`), the exact
//   day the alternative; "the past week", "within a week" are the interval up to (from)
//   publication.
// - Not dated: holiday names ("May Day", "Good Friday": no holiday calendar here), "now", times
//   alone, and words dated from another event ("two days later", "a year earlier").
import {
  calendarDate,
  type DayNumber,
  dayNumber,
  daysInMonth,
  earliestOnOrAfter,
  isoDay,
  latestOnOrBefore,
  MONTH_NAMES,
  parseIsoDay,
  type Weekday,
  weekdayOfDay,
  weekStart,
} from '../dataset/calendar';
import { type Mention, type Reading, readMentions } from './newsChrono';
import { type Tense, type TenseReading, tenseOf } from './tense';

export interface DateProposal {
  /** EDTF as the dataset stores it. */
  value: string;
  /** The dating words, as they stand in the text. */
  expression: string;
  /** Offsets of the expression in the text, in UTF-16 code units. */
  start: number;
  end: number;
  /** How the value was reached, naming the publication day, for a person to check. */
  note: string;
  /** Other readings where the words are ambiguous, best first; never the value itself. */
  alternatives: string[];
  tense: Tense;
}

/** An EDTF date as its two ends (equal for a single day, month or year) and the days it covers. */
interface Span {
  start: string;
  end: string;
  first: DayNumber;
  last: DayNumber;
}

interface Placed {
  value: Span;
  alternatives: Span[];
  /** Sentences saying how the value was reached. */
  note: string;
}

type Direction = 'back' | 'forward';

const WEEKDAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

const edtfOf = (span: Span): string =>
  span.start === span.end ? span.start : `${span.start}/${span.end}`;

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function checkYear(year: number): number {
  if (!Number.isInteger(year) || year < 0 || year > 9999)
    throw new RangeError(`year ${year} is out of range`);
  return year;
}

function daySpan(first: DayNumber, last: DayNumber = first): Span {
  checkYear(calendarDate(first).year);
  checkYear(calendarDate(last).year);
  return { start: isoDay(first), end: isoDay(last), first, last };
}

function monthSpan(year: number, month: number, approximate = false): Span {
  const value = `${pad(checkYear(year), 4)}-${pad(month, 2)}${approximate ? '~' : ''}`;
  return {
    start: value,
    end: value,
    first: dayNumber({ year, month, day: 1 }),
    last: dayNumber({ year, month, day: daysInMonth(year, month) }),
  };
}

function yearSpan(year: number, approximate = false): Span {
  const value = `${pad(checkYear(year), 4)}${approximate ? '~' : ''}`;
  return {
    start: value,
    end: value,
    first: dayNumber({ year, month: 1, day: 1 }),
    last: dayNumber({ year, month: 12, day: 31 }),
  };
}

function join(from: Span, to: Span): Span {
  return { start: from.start, end: to.end, first: from.first, last: to.last };
}

function approximateDay(day: DayNumber): Span {
  const span = daySpan(day);
  return { ...span, start: `${span.start}~`, end: `${span.end}~` };
}

/** Parts of a month (days) or year (months) for early / mid / late. */
function monthPart(year: number, month: number, part: 'early' | 'mid' | 'late'): Span {
  const [from, to] =
    part === 'early' ? [1, 10] : part === 'mid' ? [11, 20] : [21, daysInMonth(year, month)];
  return daySpan(dayNumber({ year, month, day: from }), dayNumber({ year, month, day: to }));
}

function yearPart(year: number, part: 'early' | 'mid' | 'late'): Span {
  const [from, to] = part === 'early' ? [1, 4] : part === 'mid' ? [5, 8] : [9, 12];
  return join(monthSpan(year, from), monthSpan(year, to));
}

function decadeSpan(first: number, part: 'early' | 'mid' | 'late' | null): Span {
  const [from, to] =
    part === 'early' ? [0, 3] : part === 'mid' ? [4, 6] : part === 'late' ? [7, 9] : [0, 9];
  return join(yearSpan(first + from), yearSpan(first + to));
}

function part(mention: Mention): 'early' | 'mid' | 'late' | null {
  const q = mention.qualifier;
  return q === 'early' || q === 'mid' || q === 'late' ? q : null;
}

function quote(words: string): string {
  return `“${words}”`;
}

/** "the Sunday publication (2021-10-10)" */
function publicationWords(published: DayNumber): string {
  return `the ${WEEKDAY_NAMES[weekdayOfDay(published)]} publication (${isoDay(published)})`;
}

function tenseWords(reading: TenseReading): string {
  if (reading.cue === null) return 'No tense cue, so read as past (the news default)';
  if (reading.tense === 'present')
    return `Present tense (${quote(reading.cue)}), read as past (the news default)`;
  return `${reading.tense === 'past' ? 'Past' : 'Future'} tense (${quote(reading.cue)})`;
}

interface Context {
  published: DayNumber;
  direction: Direction;
  /** Whether the tense leaves the direction open (no cue, or present tense). */
  ambiguous: boolean;
  tense: TenseReading;
  mention: Mention;
  expression: string;
}

function placeWeekday(weekday: Weekday, week: -1 | 0 | 1 | null, ctx: Context): Placed {
  const { published } = ctx;
  const name = WEEKDAY_NAMES[weekday];
  const pub = publicationWords(published);
  if (week !== null) {
    const day = weekStart(published) + 7 * week + ((weekday + 6) % 7);
    const which =
      week === -1
        ? 'the week before that of'
        : week === 1
          ? 'the week after that of'
          : 'the week of';
    return {
      value: daySpan(day),
      alternatives: [],
      note: `The ${name} of ${which} ${pub}, weeks running Monday to Sunday: ${isoDay(day)}.`,
    };
  }
  const modifier = ctx.mention.modifier;
  if (modifier === 'last' || modifier === 'past') {
    const day = latestOnOrBefore(published - 1, weekday);
    return {
      value: daySpan(day),
      alternatives: [daySpan(day - 7)],
      note: `${quote(ctx.expression)}: the ${name} before ${pub}, ${isoDay(day)}; the ${name} a week earlier (${isoDay(day - 7)}) is the alternative.`,
    };
  }
  if (modifier === 'next') {
    const day = earliestOnOrAfter(published + 1, weekday);
    return {
      value: daySpan(day),
      alternatives: [daySpan(day + 7)],
      note: `${quote(ctx.expression)}: the ${name} after ${pub}, ${isoDay(day)}; the ${name} a week later (${isoDay(day + 7)}) is the alternative.`,
    };
  }
  // A bare weekday ("on Friday", "Friday's") or "this Friday": by tense.
  const back = latestOnOrBefore(published, weekday);
  const forward =
    modifier === 'this'
      ? earliestOnOrAfter(published, weekday)
      : earliestOnOrAfter(published + 1, weekday);
  const day = ctx.direction === 'back' ? back : forward;
  const alternatives: Span[] = [];
  if (ctx.ambiguous && forward !== day) alternatives.push(daySpan(forward));
  if (ctx.direction === 'forward' && back === published && day !== published)
    alternatives.push(daySpan(published));
  let where: string;
  if (day === published) where = `the day of publication, ${name} ${isoDay(day)}`;
  else if (day < published) where = `the ${name} before ${pub}: ${isoDay(day)}`;
  else where = `the ${name} after ${pub}: ${isoDay(day)}`;
  return { value: daySpan(day), alternatives, note: `${tenseWords(ctx.tense)}: ${where}.` };
}

function placeWeekend(week: -1 | 0 | 1 | null, ctx: Context): Placed {
  const { published } = ctx;
  const pub = publicationWords(published);
  const weekend = (saturday: DayNumber) => daySpan(saturday, saturday + 1);
  const onWeekend = weekdayOfDay(published) === 6 || weekdayOfDay(published) === 0;
  const containing = weekdayOfDay(published) === 6 ? published : published - 1;
  const modifier =
    week === -1 ? 'last' : week === 1 ? 'next' : week === 0 ? 'this' : ctx.mention.modifier;
  if (modifier === 'last' || modifier === 'past') {
    const saturday = latestOnOrBefore(published - 1, 0) - 1;
    return {
      value: weekend(saturday),
      alternatives: [weekend(saturday - 7)],
      note: `${quote(ctx.expression)}: the weekend (Saturday and Sunday) ending before ${pub}, ${isoDay(saturday)}/${isoDay(saturday + 1)}; the weekend before it is the alternative.`,
    };
  }
  if (modifier === 'next') {
    const saturday = earliestOnOrAfter(published + 1, 6);
    return {
      value: weekend(saturday),
      alternatives: [weekend(saturday + 7)],
      note: `${quote(ctx.expression)}: the weekend (Saturday and Sunday) starting after ${pub}, ${isoDay(saturday)}/${isoDay(saturday + 1)}; the weekend after it is the alternative.`,
    };
  }
  const back = latestOnOrBefore(published, 0) - 1;
  const forward = earliestOnOrAfter(published, 6);
  let saturday = ctx.direction === 'back' ? back : forward;
  if (modifier === 'this' && onWeekend) saturday = containing;
  const alternatives: Span[] = [];
  if (onWeekend && saturday !== containing) alternatives.push(weekend(containing));
  if ((ctx.ambiguous || ctx.direction === 'forward') && forward !== saturday)
    alternatives.push(weekend(forward));
  if (ctx.direction === 'back' && back !== saturday) alternatives.push(weekend(back));
  let where: string;
  if (saturday === containing && onWeekend) where = `the weekend of ${pub}`;
  else if (saturday < published) where = `the weekend ending on or before ${pub}`;
  else where = `the weekend starting on or after ${pub}`;
  return {
    value: weekend(saturday),
    alternatives,
    note: `${tenseWords(ctx.tense)}: a weekend is Saturday and Sunday; ${where}: ${isoDay(saturday)}/${isoDay(saturday + 1)}.`,
  };
}

/** A month, or a part of it when qualified, with its approximate reading first. */
function monthReading(
  year: number,
  month: number,
  q: 'early' | 'mid' | 'late' | null,
): { value: Span; alternatives: Span[]; extent: Span } {
  if (q === null) {
    const span = monthSpan(year, month);
    return { value: span, alternatives: [], extent: span };
  }
  const sub = monthPart(year, month, q);
  return { value: monthSpan(year, month, true), alternatives: [sub], extent: sub };
}

function partNote(q: 'early' | 'mid' | 'late' | null, value: Span, alternatives: Span[]): string {
  if (q === null || alternatives[0] === undefined) return '';
  return ` EDTF cannot say ${quote(q)} within a ${value.start.length > 5 ? 'month' : 'year'}, so ${edtfOf(value)} is given, approximate; the sub-range ${edtfOf(alternatives[0])} is the alternative.`;
}

function placeDate(reading: Extract<Reading, { kind: 'date' }>, ctx: Context): Placed {
  const { published } = ctx;
  const pub = publicationWords(published);
  const q = part(ctx.mention);
  const monthName = MONTH_NAMES[reading.month - 1] ?? '';
  const qualified = q === null ? '' : q === 'mid' ? 'mid-' : `${q} `;
  const words = reading.day === null ? `${qualified}${monthName}` : `${monthName} ${reading.day}`;

  const candidate = (year: number) => {
    if (reading.day === null) return { year, ...monthReading(year, reading.month, q) };
    if (reading.day > daysInMonth(year, reading.month)) return null;
    const day = dayNumber({ year, month: reading.month, day: reading.day });
    const span = daySpan(day);
    return { year, value: span, alternatives: [] as Span[], extent: span };
  };

  if (reading.year !== null) {
    const c = candidate(checkYear(reading.year));
    if (c === null) throw new RangeError('no such day');
    let note =
      reading.day === null
        ? `The words give the month and year: ${edtfOf(c.value)}.`
        : `The words give the full date: ${edtfOf(c.value)}.`;
    if (reading.weekday !== null && reading.day !== null) {
      const actual = weekdayOfDay(c.value.first);
      if (actual !== reading.weekday)
        note += ` It was a ${WEEKDAY_NAMES[actual]}, not a ${WEEKDAY_NAMES[reading.weekday]}: check the text.`;
    }
    return {
      value: c.value,
      alternatives: c.alternatives,
      note: note + partNote(q, c.value, c.alternatives),
    };
  }

  const publishedYear = calendarDate(published).year;
  const candidates = [
    publishedYear - 2,
    publishedYear - 1,
    publishedYear,
    publishedYear + 1,
    publishedYear + 2,
  ]
    .filter((year) => year >= 0 && year <= 9999)
    .map(candidate)
    .filter((c) => c !== null);
  // Candidates in the direction of the tense, nearest first. With a weekday given ("Friday,
  // Oct. 8"), the nearer of the first two on which it falls wins.
  const ordered = (direction: Direction) => {
    const list =
      direction === 'back'
        ? candidates.filter((c) => c.extent.first <= published).reverse()
        : candidates.filter((c) => c.extent.last >= published);
    if (reading.weekday === null) return list;
    const agreeing = list.slice(0, 2).find((c) => weekdayOfDay(c.extent.first) === reading.weekday);
    return agreeing ? [agreeing, ...list.filter((c) => c !== agreeing)] : list;
  };
  const modifier = ctx.mention.modifier;
  let chosen: (typeof candidates)[number] | undefined;
  let how: string;
  const alternatives: Span[] = [];
  if (modifier === 'last' || modifier === 'past') {
    const before = candidates.filter((c) => c.extent.last < published);
    chosen = before[before.length - 1];
    how = `${quote(ctx.expression)}: the latest ${words} before ${pub}`;
    // "last August" in October: this year's, or last year's ("August of last year").
    const earlier = before[before.length - 2];
    if (chosen?.year === publishedYear && earlier) alternatives.push(earlier.value);
  } else if (modifier === 'next') {
    chosen = candidates.find((c) => c.extent.first > published);
    how = `${quote(ctx.expression)}: the first ${words} after ${pub}`;
  } else if (modifier === 'this') {
    chosen = candidates.find((c) => c.year === publishedYear);
    how = `${quote(ctx.expression)}: the ${words} of the year of ${pub}`;
  } else {
    chosen = ordered(ctx.direction)[0];
    how = `No year given. ${tenseWords(ctx.tense)}: the ${words} ${ctx.direction === 'back' ? 'on or before' : 'on or after'} ${pub}`;
    const forward = ordered('forward')[0];
    if (ctx.ambiguous && forward && forward !== chosen) alternatives.push(forward.value);
  }
  if (!chosen) throw new RangeError('no candidate year');
  let note = `${how} is ${edtfOf(chosen.value)}.`;
  if (reading.weekday !== null) {
    const actual = weekdayOfDay(chosen.extent.first);
    note +=
      actual === reading.weekday
        ? ` It is a ${WEEKDAY_NAMES[actual]}, as the text says.`
        : ` It was a ${WEEKDAY_NAMES[actual]}, not a ${WEEKDAY_NAMES[reading.weekday]}: check the text.`;
  }
  return {
    value: chosen.value,
    alternatives: [...chosen.alternatives, ...alternatives],
    note: note + partNote(q, chosen.value, chosen.alternatives),
  };
}

function placeYear(year: number, ctx: Context): Placed {
  const q = part(ctx.mention);
  if (q === null)
    return { value: yearSpan(year), alternatives: [], note: `The words give the year: ${year}.` };
  const value = yearSpan(year, true);
  const alternatives = [yearPart(year, q)];
  return {
    value,
    alternatives,
    note: `The words give the year, ${year}.${partNote(q, value, alternatives)}`,
  };
}

function placeDecade(reading: Extract<Reading, { kind: 'decade' }>, ctx: Context): Placed {
  const q = part(ctx.mention);
  const publishedYear = calendarDate(ctx.published).year;
  let first = reading.year;
  let how = `The words give the decade, the ${first}s`;
  if (!reading.century) {
    const century = Math.floor(publishedYear / 100) * 100;
    const candidates = [century - 100, century, century + 100].map((c) => c + reading.year);
    first =
      ctx.direction === 'back'
        ? (candidates.filter((c) => c <= publishedYear).pop() ?? century + reading.year)
        : (candidates.find((c) => c + 9 >= publishedYear) ?? century + reading.year);
    how = `${tenseWords(ctx.tense)}: ${quote(ctx.expression)} is the ${first}s, the ${ctx.direction === 'back' ? 'latest such decade begun by' : 'first such decade not over by'} ${publicationWords(ctx.published)}`;
  }
  const whole = decadeSpan(first, null);
  if (q === null)
    return {
      value: whole,
      alternatives: [],
      note: `${how}: ${edtfOf(whole)}, an interval of years.`,
    };
  const sub = decadeSpan(first, q);
  return {
    value: sub,
    alternatives: [whole],
    note: `${how}; ${quote(q)}, taken as years ${q === 'early' ? '0–3' : q === 'mid' ? '4–6' : '7–9'} of it: ${edtfOf(sub)}; the whole decade ${edtfOf(whole)} is the alternative.`,
  };
}

function placePeriod(reading: Extract<Reading, { kind: 'period' }>, ctx: Context): Placed {
  const { published } = ctx;
  const pub = publicationWords(published);
  const { year, month } = calendarDate(published);
  const q = ctx.mention.qualifier;
  const unit = reading.unit;
  const which =
    reading.offset === -1
      ? `the ${unit} before that of ${pub}`
      : reading.offset === 1
        ? `the ${unit} after that of ${pub}`
        : `the ${unit} of ${pub}`;
  const said = quote(ctx.expression);
  let whole: Span;
  const alternatives: Span[] = [];
  let weeks = '';
  if (unit === 'week') {
    const start = weekStart(published) + 7 * reading.offset;
    whole = daySpan(start, start + 6);
    const sunday = published - weekdayOfDay(published) + 7 * reading.offset;
    alternatives.push(daySpan(sunday, sunday + 6));
    weeks = ' (weeks running Monday to Sunday)';
  } else {
    const partOf = q === 'early' || q === 'mid' || q === 'late' ? q : null;
    let r: { value: Span; alternatives: Span[] };
    if (unit === 'month') {
      const index = year * 12 + (month - 1) + reading.offset;
      r = monthReading(Math.floor(index / 12), (index % 12) + 1, partOf);
    } else {
      const y = year + reading.offset;
      r = partOf
        ? { value: yearSpan(y, true), alternatives: [yearPart(y, partOf)] }
        : { value: yearSpan(y), alternatives: [] };
    }
    if (partOf)
      return { ...r, note: `${said}: ${which}.${partNote(partOf, r.value, r.alternatives)}` };
    whole = r.value;
  }
  if (reading.offset === 0 && (q === 'earlier' || q === 'later')) {
    const [from, to] = q === 'earlier' ? [whole.first, published - 1] : [published + 1, whole.last];
    if (from <= to) {
      const clipped = daySpan(from, to);
      const stretch =
        q === 'earlier'
          ? `from the start of that ${unit}${weeks} to the day before ${pub}`
          : `from the day after ${pub} to the end of that ${unit}${weeks}`;
      return {
        value: clipped,
        alternatives: [whole, ...alternatives],
        note: `${said}: ${stretch}: ${edtfOf(clipped)}; the whole ${unit}, ${edtfOf(whole)}, is the alternative.`,
      };
    }
    return {
      value: whole,
      alternatives,
      note: `${said}: ${which}${weeks}, ${edtfOf(whole)}, as no day of it is left ${q === 'earlier' ? 'before' : 'after'} publication.`,
    };
  }
  const sundays = alternatives[0]
    ? ` With weeks running Sunday to Saturday: ${edtfOf(alternatives[0])}.`
    : '';
  return {
    value: whole,
    alternatives,
    note: `${said}: ${which}${weeks}: ${edtfOf(whole)}.${sundays}`,
  };
}

function placeRelative(reading: Extract<Reading, { kind: 'relative' }>, ctx: Context): Placed {
  const { published } = ctx;
  const pub = publicationWords(published);
  const counted = `${quote(ctx.expression)}, counted from ${pub}`;
  if (reading.span) {
    const [from, to] =
      reading.day <= published ? [reading.day, published] : [published, reading.day];
    const value = daySpan(from, to);
    return { value, alternatives: [], note: `${counted}: the stretch ${edtfOf(value)}.` };
  }
  const { year, month } = calendarDate(reading.day);
  if (reading.precision === 'year')
    return { value: yearSpan(year), alternatives: [], note: `${counted}: ${year}.` };
  if (reading.precision === 'month') {
    const value = monthSpan(year, month);
    return { value, alternatives: [], note: `${counted}: ${edtfOf(value)}.` };
  }
  if (reading.approximate) {
    const value = approximateDay(reading.day);
    return {
      value,
      alternatives: [daySpan(reading.day)],
      note: `${counted}: about ${isoDay(reading.day)}, so approximate; the exact day is the alternative.`,
    };
  }
  const value = daySpan(reading.day);
  if (reading.day === published)
    return {
      value,
      alternatives: [],
      note: `${quote(ctx.expression)}: the day of publication, ${WEEKDAY_NAMES[weekdayOfDay(published)]} ${isoDay(published)}.`,
    };
  return { value, alternatives: [], note: `${counted}: ${isoDay(reading.day)}.` };
}

function place(reading: Reading, ctx: Context): Placed {
  switch (reading.kind) {
    case 'weekday':
      return placeWeekday(reading.weekday, reading.week, ctx);
    case 'weekend':
      return placeWeekend(reading.week, ctx);
    case 'date':
      return placeDate(reading, ctx);
    case 'year':
      return placeYear(reading.year, ctx);
    case 'decade':
      return placeDecade(reading, ctx);
    case 'period':
      return placePeriod(reading, ctx);
    case 'relative':
      return placeRelative(reading, ctx);
  }
}

/** The end of a range, placed on or after its start ("Monday to Wednesday"). */
function placeRangeEnd(to: Reading, from: Placed, ctx: Context): Span {
  const anchor = from.value.first;
  const anchored: Context = { ...ctx, published: anchor, direction: 'forward', ambiguous: false };
  if (to.kind === 'weekday') return daySpan(earliestOnOrAfter(anchor, to.weekday));
  return place(to, { ...anchored, mention: { ...ctx.mention, modifier: null, qualifier: null } })
    .value;
}

function applyRelation(placed: Placed, ctx: Context): Placed {
  const { relation } = ctx.mention;
  if (relation === null) return placed;
  const { value } = placed;
  const openEnd = (span: Span): Span => ({ ...span, end: '..', last: Number.POSITIVE_INFINITY });
  const openStart = (span: Span): Span => ({
    ...span,
    start: '..',
    first: Number.NEGATIVE_INFINITY,
  });
  const fromPublication = (span: Span): Span => ({
    ...span,
    start: isoDay(ctx.published),
    first: ctx.published,
  });
  let shape: (span: Span) => Span;
  let how: string;
  if (relation === 'since' || relation === 'after') {
    shape = openEnd;
    how = `from ${value.start} on, an interval open at the end`;
  } else if (relation === 'by' && ctx.direction === 'forward' && value.last >= ctx.published) {
    shape = fromPublication;
    how = `in the future tense, between publication and ${value.end}`;
  } else {
    shape = openStart;
    how = `no later than ${value.end}, an interval open at the start`;
  }
  const shaped = shape(value);
  const alternatives = [...placed.alternatives.map(shape)];
  if (shape === fromPublication) alternatives.push(openStart(value));
  alternatives.push(value, ...placed.alternatives);
  return {
    value: shaped,
    alternatives,
    note: `${placed.note} ${quote(relation)}: ${how}, ${edtfOf(shaped)}; ${edtfOf(value)} itself is an alternative.`,
  };
}

function propose(text: string, published: DayNumber, mention: Mention): DateProposal | null {
  const expression = text.slice(mention.start, mention.end);
  const tense = tenseOf(text, mention.start, mention.end);
  const ctx: Context = {
    published,
    direction: tense.tense === 'future' ? 'forward' : 'back',
    ambiguous: tense.cue === null || tense.tense === 'present',
    tense,
    mention,
    expression,
  };
  let placed: Placed;
  try {
    placed = place(mention.from, ctx);
    if (mention.to !== null) {
      let from = placed;
      let fromReading = mention.from;
      // "Aug. 30 to Sept. 2, 2021": the year given at the end holds for the start.
      if (
        fromReading.kind === 'date' &&
        fromReading.year === null &&
        mention.to.kind === 'date' &&
        mention.to.year !== null
      ) {
        const later =
          fromReading.month * 100 + (fromReading.day ?? 0) >
          mention.to.month * 100 + (mention.to.day ?? 0);
        fromReading = { ...fromReading, year: mention.to.year - (later ? 1 : 0) };
        from = place(fromReading, ctx);
      }
      const end = placeRangeEnd(mention.to, from, ctx);
      const value = join(from.value, end);
      placed =
        end.last < from.value.first
          ? {
              ...from,
              note: `${from.note} The range's end, ${edtfOf(end)}, comes before its start, so only the start is given: check the text.`,
            }
          : {
              value,
              alternatives: [],
              note: `A range. ${from.note} Its end is placed on or after its start: ${edtfOf(value)}.`,
            };
    }
    placed = applyRelation(placed, ctx);
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
  const value = edtfOf(placed.value);
  const alternatives = [...new Set(placed.alternatives.map(edtfOf))].filter((v) => v !== value);
  return {
    value,
    expression,
    start: mention.start,
    end: mention.end,
    note: placed.note,
    alternatives,
    tense: tense.tense,
  };
}

/** The publication day of `published` (`YYYY-MM-DD`), or a RangeError naming the input. */
function publicationDay(published: string): DayNumber {
  const day = parseIsoDay(published);
  if (day === null)
    throw new RangeError(
      `published must be a calendar day as YYYY-MM-DD, not ${JSON.stringify(published)}`,
    );
  return day;
}

/**
 * Every date the words of `text` give, in text order, resolved against the publication day
 * `published` (`YYYY-MM-DD`; a RangeError otherwise). Empty when the text has no dating words.
 */
export function proposeDates(text: string, published: string): DateProposal[] {
  const day = publicationDay(published);
  const proposals: DateProposal[] = [];
  for (const mention of readMentions(text, day)) {
    const proposal = propose(text, day, mention);
    if (proposal) proposals.push(proposal);
  }
  return proposals;
}

/** The first proposal for `text`, or null when it has no dating words. */
export function proposeDate(text: string, published: string): DateProposal | null {
  return proposeDates(text, published)[0] ?? null;
}
