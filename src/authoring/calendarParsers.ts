// Parsers for the calendar expressions chrono-node 2.10 does not read, added to its English
// configuration by newsChrono.ts. Each finds words and reads what they say; placing them against
// the publication day is dateProposals.ts's.
//
// - Numeric months: "2016-11", "2016 / 11", "2015.3", "11-2016" (never a season, "2010-11").
// - Numeric days after a dating preposition: "on 4.22", "on 4-22" (month first, as "4/22").
// - Quarters and halves: "Q3", "the third quarter", "2016 Q3", "Q1 2016", "H2 2016", "2016H2",
//   "the first half of 1989", "the third quarter of this year", "the current quarter", "by year
//   end".
// - "the rest of the week / month / year".
// - The nth weekday of a month: "the first Friday of July", "the second Monday of next month",
//   "third Tuesday" (of the month of publication).
// - A day of the month without its month: "on the 27th", "Friday the 15th", "the 20th of next
//   month".
// - Ranges of days: "from 4 to 22 this month", "between 3 and 12 of Sept", "4-23 next month",
//   "November between 19 and 20", "from 4 to January 22, 1995", "between Oct. 28 and Nov. 3".
import type { Parser, ParsingResult } from 'chrono-node/en';
import { dayNumber, daysInMonth } from '../dataset/calendar';
import { nthWeekday } from './holidays';

type ParsingContext = Parameters<Parser['extract']>[0];

export const MONTH_NUMBER: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
/** A month's name or abbreviation, any case ("Sept.", "september", "NOV"). */
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY =
  '(?:sun(?:day)?|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs?|rsday)?|fri(?:day)?|sat(?:urday)?)';
const ORDINALS: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  fifth: 5,
  '5th': 5,
  last: -1,
};

export function monthOf(word: string): number {
  return MONTH_NUMBER[word.toLowerCase().slice(0, 3)] ?? 0;
}

export function weekdayOfWord(word: string): number {
  const w = word.toLowerCase().slice(0, 2);
  return ['su', 'mo', 'tu', 'we', 'th', 'fr', 'sa'].indexOf(w);
}

/** The reference's calendar month offset by `offset` months: [year, month]. */
function monthFrom(context: ParsingContext, offset: number): [number, number] {
  const index = context.refDate.getFullYear() * 12 + context.refDate.getMonth() + offset;
  return [Math.floor(index / 12), (index % 12) + 1];
}

const MONTH_OFFSET: Record<string, number> = {
  this: 0,
  current: 0,
  the: 0,
  next: 1,
  coming: 1,
  last: -1,
  previous: -1,
  past: -1,
};

/**
 * Whether the text before a match ends as `pattern` says. chrono-node runs a pattern again on the
 * text after a refused match, where a lookbehind no longer sees what came before: so each
 * parser checks here what its lookbehind says.
 */
function before(context: ParsingContext, match: RegExpMatchArray, pattern: RegExp): boolean {
  return pattern.test(context.text.slice(Math.max(0, (match.index ?? 0) - 40), match.index ?? 0));
}

function tagged(result: ParsingResult, tag: string): ParsingResult {
  result.addTag(`parser/sourceline/${tag}`);
  return result;
}

/** "2016-11", "2016 / 11", "2015.3", "11-2016": a month of a year in digits. */
export class NumericMonthParser implements Parser {
  pattern(): RegExp {
    return /(?<![\d.,/:$-])(?:((?:19|20)\d{2})\s*[-/.]\s*(0?[1-9]|1[0-2])|(0?[1-9]|1[0-2])\s*[-/]\s*((?:19|20)\d{2}))(?![\d%]|\s*[-/.]\s*\d|[.,]\d)/;
  }
  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    if (before(context, match, /[\d.,/:$-]$/)) return null;
    const year = Number(match[1] ?? match[4]);
    const month = Number(match[2] ?? match[3]);
    // "2010-11", "1998-99": a season or fiscal year, two years.
    if (match[1] !== undefined && (year + 1) % 100 === month) return null;
    return tagged(
      context.createParsingResult(match.index ?? 0, match[0], { year, month }),
      'numeric',
    );
  }
}

/** "on 4.22", "by 4-22": a month and day in digits after a dating preposition. */
export class NumericDayParser implements Parser {
  pattern(): RegExp {
    return /(?<![\w.,-])(0?[1-9]|1[0-2])[.-](0?[1-9]|[12]\d|3[01])(?![\d%]|[.,-]\d|\s+(?:percent|per|points?|million|billion|goals?|votes?|wins?)\b)/i;
  }
  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    if (!before(context, match, /\b(?:on|by|until|till|since|from|back)\s+$/i)) return null;
    const result = context.createParsingResult(match.index ?? 0, match[0], {
      month: Number(match[1]),
      day: Number(match[2]),
    });
    return tagged(result, 'numeric');
  }
}

const QUARTER_WORDS: Record<string, [number, number]> = {
  q1: [1, 3],
  q2: [4, 6],
  q3: [7, 9],
  q4: [10, 12],
  h1: [1, 6],
  h2: [7, 12],
  'first quarter': [1, 3],
  'second quarter': [4, 6],
  'third quarter': [7, 9],
  'fourth quarter': [10, 12],
  'first half': [1, 6],
  'second half': [7, 12],
};

/**
 * Quarters and halves of a year: "Q3", "2016 Q3", "Q1 2016", "2016H2", "the third quarter of
 * 2016", "the first half of this year". A year in words ("this year") is counted from the
 * reference; none leaves the year to the sentence (tag `quarter-open`).
 */
export class QuarterParser implements Parser {
  pattern(): RegExp {
    return /(?<![\w-])(?:(?:in|during|for|of|by|since|until|through)\s+)?(?:((?:19|20)\d{2})\s*,?\s*)?(?:the\s+)?(Q[1-4]|H[12]|(?:first|second|third|fourth)[\s-]quarter|(?:first|second)\s+half)(?:\s*,?\s*(?:of\s+)?(?:((?:19|20)\d{2})|(this|next|last|previous)\s+year|the\s+year))?(?![\w-])/i;
  }
  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    if (before(context, match, /[\w-]$/)) return null;
    const key = (match[2] ?? '').toLowerCase().replace(/[\s-]+/, ' ');
    const months = QUARTER_WORDS[key];
    if (!months) return null;
    // "first half" alone is too often a game's or a speech's; it needs a year.
    const named = match[1] ?? match[3] ?? match[4];
    if (/half/.test(key) && named === undefined && !/the\s+year/i.test(match[0])) return null;
    // "Q3" is a quarter only in capitals.
    if (/^[qh]\d$/.test(key) && !/^[QH]/.test(match[2] ?? '')) return null;
    let year: number | null = (match[1] ?? match[3]) ? Number(match[1] ?? match[3]) : null;
    if (match[4] !== undefined)
      year = monthFrom(context, 12 * (MONTH_OFFSET[match[4].toLowerCase()] ?? 0))[0];
    if (/the\s+year$/i.test(match[0])) year = context.refDate.getFullYear();
    const result = context.createParsingResult(match.index ?? 0, match[0]);
    if (year !== null) result.start.assign('year', year);
    return tagged(result, `quarter/${months[0]}/${months[1]}`);
  }
}

/** "the current quarter", "last quarter", "next quarter": a quarter counted from publication. */
export class RelativeQuarterParser implements Parser {
  pattern(): RegExp {
    return /\b(?:the\s+)?(current|this|next|coming|last|latest|previous|past)\s+quarter\b(?![\w-])/i;
  }
  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult {
    const which = (match[1] ?? '').toLowerCase();
    const offset =
      which === 'next' || which === 'coming' ? 1 : which === 'current' || which === 'this' ? 0 : -1;
    const quarter = Math.floor(context.refDate.getMonth() / 3) + offset;
    const year = context.refDate.getFullYear() + Math.floor(quarter / 4);
    const first = (((quarter % 4) + 4) % 4) * 3 + 1;
    const result = context.createParsingResult(match.index ?? 0, match[0], { year });
    return tagged(result, `quarter/${first}/${first + 2}`);
  }
}

/** "by year end", "year-end", "by year's end": the end of the year of publication. */
export class YearEndParser implements Parser {
  pattern(): RegExp {
    return /\byear(?:[- ]end|['’]s\s+end)\b/i;
  }
  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult {
    const year = context.refDate.getFullYear();
    const result = context.createParsingResult(match.index ?? 0, match[0], { year });
    // The end of a year is its last four months, as "the end of the year" (placePeriod.ts).
    return tagged(result, 'quarter/9/12');
  }
}

/** "the rest of the week", "rest of this month", "the rest of the year". */
export class RestOfParser implements Parser {
  pattern(): RegExp {
    return /\b(?:the\s+)?(?:rest|remainder)\s+(?:of\s+)?(?:the\s+|this\s+|my\s+|current\s+)?(week|month|year)\b/i;
  }
  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult {
    const unit = (match[1] ?? '').toLowerCase();
    return tagged(context.createParsingResult(match.index ?? 0, match[0]), `rest-${unit}`);
  }
}

/**
 * "the first Friday of July", "the second Monday of next month", "third Tuesday" (alone: of the
 * month of publication; not after "the" or "every", as in "the second Sunday in a row").
 */
export class NthWeekdayParser implements Parser {
  pattern(): RegExp {
    return new RegExp(
      `(?<!\\b(?:the|a|every|each)\\s+)\\b(?:(the)\\s+)?(first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\\s+(${WEEKDAY})\\b(?:\\s+(?:of|in)\\s+(?:(this|next|last|previous|the|current)\\s+month|(${MONTH})(?:\\s*,?\\s*((?:19|20)\\d{2}))?(?![\\w])))?`,
      'i',
    );
  }
  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    if (before(context, match, /\b(?:the|a|every|each)\s+$/i)) return null;
    const n = ORDINALS[(match[2] ?? '').toLowerCase()] ?? 0;
    const weekday = weekdayOfWord(match[3] ?? '');
    if (n === 0 || weekday < 0) return null;
    const relative = match[4]?.toLowerCase();
    const monthName = match[5];
    // Alone ("second Sunday") only capitalised and without "the": "the last Friday" is a week ago.
    if (relative === undefined && monthName === undefined) {
      if (match[1] !== undefined || !/^[A-Z]/.test(match[3] ?? '')) return null;
    }
    const result = context.createParsingResult(match.index ?? 0, match[0]);
    if (monthName !== undefined) {
      const month = monthOf(monthName);
      if (match[6] !== undefined) {
        const year = Number(match[6]);
        const day = nthWeekday(year, month, weekday, n) - firstOfMonth(year, month) + 1;
        if (day > daysInMonth(year, month)) return null;
        result.start.assign('year', year).assign('month', month).assign('day', day);
        return tagged(result, 'nth-weekday');
      }
      return tagged(result, `nth-weekday/${n}/${weekday}/${month}`);
    }
    const [year, month] = monthFrom(context, MONTH_OFFSET[relative ?? 'this'] ?? 0);
    const day = nthWeekday(year, month, weekday, n) - firstOfMonth(year, month) + 1;
    if (day < 1 || day > daysInMonth(year, month)) return null;
    result.start.assign('year', year).assign('month', month).assign('day', day);
    return tagged(result, 'nth-weekday');
  }
}

function firstOfMonth(year: number, month: number): number {
  return dayNumber({ year, month, day: 1 });
}

/** What may follow "on the 27th" as a day: punctuation, the end, or a function word. */
const DAY_ENDS =
  /^(?:\s*(?:[.,;:!?)"'’”]|$)|\s+(?:at|and|or|to|in|on|when|as|after|before|of|from|until|till|through|with|the|a|an|but|so|while|he|she|it|they|we|i|there|this|that|last|next)\b)/i;

const ORDINAL_DAY = '(0?[1-9]|[12]\\d|3[01])(st|nd|rd|th)';

/**
 * A day of the month without its month: "on the 27th", "for the 27.", "Friday the 15th" (tag
 * `monthday/<day>[/<weekday>]`, the month left to the sentence), or with a month counted from
 * publication: "the 20th of next month" (a full date).
 */
export class DayOfMonthParser implements Parser {
  pattern(): RegExp {
    return new RegExp(
      `(?:\\b(${WEEKDAY}),?\\s+the\\s+|\\bthe\\s+|\\b)(?:${ORDINAL_DAY}|(0?[1-9]|[12]\\d|3[01])(?=\\s*[.!?]?\\s*$))(?:\\s+of\\s+(this|next|last|previous|the|current)\\s+month)?(?![\\w-]|\\s+(?:century|centuries|anniversary|birthday|time|floor|place|amendment|street|avenue|division|district|minute|round|day|week|month|year|of\\s+(?:${MONTH}))\\b)`,
      'i',
    );
  }
  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const weekdayWord = match[1];
    const day = Number(match[2] ?? match[4]);
    const relative = match[5]?.toLowerCase();
    const text = match[0];
    const start = match.index ?? 0;
    // A bare number needs "the" before it ("for the 27."), an ordinal a weekday, "the" after a
    // preposition, or a month counted from publication.
    const hasThe = /\bthe\s+\d/i.test(text);
    if (
      weekdayWord === undefined &&
      hasThe &&
      !before(context, match, /\b(?:on|for|by|until|till|since|from|before|after)\s+$/i)
    )
      return null;
    if (weekdayWord === undefined && !hasThe && relative === undefined) return null;
    if (weekdayWord !== undefined && !/^[A-Z]/.test(weekdayWord)) return null;
    // "on the 27th" ends there or goes on with a function word; "on the 2nd ballot" names a
    // ballot, not a day.
    const after = context.text.slice((match.index ?? 0) + text.length);
    if (relative === undefined && !DAY_ENDS.test(after)) return null;
    const result = context.createParsingResult(start, text);
    if (relative !== undefined) {
      const [year, month] = monthFrom(context, MONTH_OFFSET[relative] ?? 0);
      if (day > daysInMonth(year, month)) return null;
      result.start.assign('year', year).assign('month', month).assign('day', day);
      return tagged(result, 'monthday-counted');
    }
    const weekday = weekdayWord === undefined ? '' : `/${weekdayOfWord(weekdayWord)}`;
    return tagged(result, `monthday/${day}${weekday}`);
  }
}

/**
 * Ranges of days written with one month: "from 4 to 22 this month", "between 3 and 12 of Sept",
 * "4-23 next month", "November between 19 and 20", "from 4 to January 22, 1995", "from 02 to
 * April 07".
 */
export class DayRangeParser implements Parser {
  pattern(): RegExp {
    const day = '(0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?';
    return new RegExp(
      `\\b(?:(${MONTH})\\s+)?(?:from|between)?\\s*${day}\\s*(?:to|till|until|through|and|-|–)\\s*(?:(${MONTH})\\s+${day}(?:\\s*,\\s*((?:19|20)\\d{2}))?|${day}(?:\\s+(?:of|in)?\\s*(?:(this|next|last|current)\\s+month|(${MONTH})(?:\\s*,?\\s*((?:19|20)\\d{2}))?))?)(?![\\w:])`,
      'i',
    );
  }
  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const [, monthBefore, d1, monthEnd, d2a, yearA, d2b, relative, monthAfter, yearB] = match;
    const from = Number(d1);
    const to = Number(d2a ?? d2b);
    const monthWord = monthEnd ?? monthAfter ?? monthBefore;
    if (monthWord === undefined && relative === undefined) return null;
    // The words must hold a range marker before the first day or a month after: not "3 and 12".
    if (
      !/^(?:\w+\.?\s+)?(?:from|between)\b/i.test(match[0]) &&
      relative === undefined &&
      monthEnd === undefined &&
      monthAfter === undefined
    )
      return null;
    const start = context.createParsingComponents();
    const end = context.createParsingComponents();
    let month: number;
    let year: number | null = null;
    if (relative !== undefined) {
      [year, month] = monthFrom(context, MONTH_OFFSET[relative.toLowerCase()] ?? 0);
    } else {
      month = monthOf(monthWord ?? '');
      const y = yearA ?? yearB;
      if (y !== undefined) year = Number(y);
    }
    // A month just before the match belongs to it: "March 1 and March 10" from "March".
    if (monthBefore === undefined && before(context, match, new RegExp(`\\b${MONTH}\\s*$`, 'i')))
      return null;
    const startMonth = monthBefore !== undefined ? monthOf(monthBefore) : month;
    if (month === 0 || startMonth === 0 || to > 31) return null;
    if (startMonth === month && from > to) return null;
    start.assign('month', startMonth).assign('day', from);
    end.assign('month', month).assign('day', to);
    if (year !== null) {
      start.assign('year', year);
      end.assign('year', year);
    }
    const result = context.createParsingResult(match.index ?? 0, match[0], start, end);
    return tagged(result, 'day-range');
  }
}
