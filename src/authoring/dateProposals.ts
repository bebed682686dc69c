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
//   (for a weekday, the next after publication). Where the verb does not settle it (present
//   tense, no cue, "would", a deadline word beside the date) the reading nearest to publication
//   is taken, a day ahead counting one and a half behind (yearChoice.ts), and the other side is
//   an alternative. Reported speech takes the tense of the reported clause.
// - Weekdays: "on Friday", "Friday's" → as above, a present perfect ("have been killed Friday")
//   as the recent past; "last Tuesday" → the Tuesday before publication (alternative: a week
//   earlier); "next Friday" → the Friday of the next week (alternative: the first after
//   publication, or a week later); "Friday of last week", "next week on Friday" → in that week.
//   Weeks run Monday to Sunday (ISO 8601: in a Sunday paper "this week" is the week ending that
//   day); the Sunday–Saturday week (US calendars, chrono-node's "this week") is the alternative.
// - "weekend", "over the weekend": Saturday–Sunday as an interval, the weekend ending on or
//   before publication in the past tense (published on a Sunday: that weekend), the next one
//   starting on or after it in the future; "this weekend" the one of the week of publication.
// - "the week of March 6": its Monday–Sunday week; "the week starting Feb. 4": seven days from it.
// - "early/mid/late <month or year>", "the end of August": the approximate month or year
//   (`2021-08~`), as the seed dataset dates "late August", since EDTF has no form for a part of a
//   month; the sub-range is the alternative: days 1–10, 11–20, 21–end of a month; January–April,
//   May–August, September–December of a year. "The end of the month / year" (no name) is that
//   sub-range itself, the approximate period the alternative. For decades ("the late 1990s") the sub-range is the
//   value (1990/1993, 1994/1996, 1997/1999) and the whole decade the alternative.
// - "earlier/later this week/month/year": from the period's start to the day before publication
//   (from the day after to its end); the whole period is the alternative.
// - Decades: an interval of years (`1990/1999`; the app's EDTF takes no X digits). "the '90s"
//   is the latest such decade begun by publication (the next one in the future tense).
// - Relations: "since X" and "after X" → `X/..` (open end); "until X", "before X" → `../X`; "by X"
//   → from publication to X in the future tense, `../X` in the past; X itself is an alternative.
//   "by" before a possessive ("killed by Friday's blast") names an agent, not a deadline.
// - Explicit dates without a year ("Aug. 30", "30 August", "in April"): the sentence says which
//   year (yearChoice.ts): a future tense or "will" → on or after publication; a simple past →
//   on or before; a present tense, a present perfect, no verb, a date modifying a noun ("a Jan. 14
//   deadline") or a looking-ahead word beside it (deadline, effective, due, until, by) → the reading
//   nearest to publication. The other year is always an alternative. A weekday given with it
//   ("Monday, Oct. 26") picks the year it agrees with when that is within a week of publication,
//   else the nearer of the first two years on its side in which they agree.
// - "yesterday", "today", "this morning", "three days ago", "last month": counted from
//   publication by chrono-node; "N weeks ago" is that Monday–Sunday week (TimeML's reading), the
//   day an alternative; "a year ago", "a year earlier", "a month ago", "a few days ago" are about
//   that day (`~`), the exact day (and the year or month) the alternatives; "the past week",
//   "within a week" are the interval up to (from) publication, "the next 3 days" from the day
//   after it.
// - Parts of the calendar (placeParts.ts): quarters and halves, "the rest of the month", "the
//   first Friday of July", "on the 27th".
// - Holidays ("Thanksgiving Day", "Good Friday", "Eid al-Fitr", "during Ramadan"): their days in
//   each year from holidays.ts, the year chosen as for a date without one.
// - Not dated: "now", times alone, and words dated from another event ("two days later", "the
//   next morning").
import { type DayNumber, earliestOnOrAfter, isoDay, parseIsoDay } from '../dataset/calendar';
import { type Context, daySpan, edtfOf, join, type Placed, quote, type Span } from './datePlacing';
import type { Mention, Reading } from './mentions';
import { readMentions } from './newsChrono';
import { placeDate, placeDecade, placeHoliday, placeYear } from './placeCalendar';
import { placeMonthday, placeMonths, placeNthWeekday, placeRest } from './placeParts';
import { placePeriod, placeRelative } from './placePeriod';
import { placeWeekday, placeWeekend, weekOfDay } from './placeWeek';
import { type Tense, tenseOf } from './tense';
import { leanOf } from './yearChoice';

export { weekdayOfDay } from '../dataset/calendar';

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
    case 'holiday':
      return placeHoliday(reading, ctx);
    case 'months':
      return placeMonths(reading, ctx);
    case 'rest':
      return placeRest(reading, ctx);
    case 'nth-weekday':
      return placeNthWeekday(reading, ctx);
    case 'monthday':
      return placeMonthday(reading, ctx);
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
  const anchored: Context = {
    ...ctx,
    published: anchor,
    direction: 'forward',
    ambiguous: false,
    lean: { lean: 'forward', why: 'The end of a range' },
  };
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
  // An alternative before publication cannot start at it: open at the start instead.
  const shapeAlternative = (span: Span) =>
    shape === fromPublication && span.last < ctx.published ? openStart(span) : shape(span);
  const alternatives = shape === fromPublication ? [openStart(value)] : [];
  alternatives.push(...placed.alternatives.map(shapeAlternative));
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
    lean: leanOf(text, mention.start, mention.end, tense),
    mention,
    expression,
  };
  let placed: Placed;
  try {
    placed = place(mention.from, ctx);
    if (mention.qualifier === 'week-of' || mention.qualifier === 'week-from')
      placed = weekOfDay(placed, mention.qualifier, ctx);
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
