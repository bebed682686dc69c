// Finding the dating words of news text: chrono-node's English parser (`chrono-node/en`, the one
// locale, to keep the editor's chunk small) with the parsers and refiners news text needs. This
// module finds and reads expressions; dateProposals.ts resolves them against the publication day.
//
// What chrono-node 2.10 gets wrong for news, and what is done about it here:
// - lowercase "march", "august", "sun", "sat" are read as a month or a weekday ("Officials may
//   march on the capital", "we sat down"): dropped unless the word is capitalised (news style
//   capitalises month and day names), and a bare "May"/"March" also needs a dating word before it
//   ("in", "since", "late"…); chrono's own "may" filter drops "since May" and "late May", which a
//   parser here finds again;
// - bare 4-digit years and decades ("in 2019", "the 1990s", "the '90s") are not found: two parsers;
// - "August last year" comes back as two results: merged;
// - "two days later", "a year earlier", "the year before" are resolved against the reference day,
//   though news text means another event: dropped (nothing here can know that event's date);
// - "now" and times alone ("at 10") date nothing: dropped ("from now to Election Day" keeps its
//   end); "The Sunday Times" is a name: dropped; holiday names ("Good Friday") are read by
//   holidays.ts's parser, not as weekdays.
// The words chrono leaves out ("late" in "late August", "since", "by", "over the", "'s") are taken
// in by `readMentions`, which widens each result over them; the resolution (tense, weekdays,
// weekends, sub-ranges, intervals) is dateProposals.ts's, not chrono's.
import {
  Chrono,
  configuration,
  type ParsedResult,
  type Parser,
  type ParsingComponents,
  type ParsingResult,
  type Refiner,
} from 'chrono-node/en';
import { calendarDate, type DayNumber, dayNumber, daysInMonth } from '../dataset/calendar';
import {
  DayOfMonthParser,
  DayRangeParser,
  NthWeekdayParser,
  NumericDayParser,
  NumericMonthParser,
  QuarterParser,
  RestOfParser,
  weekdayOfWord,
} from './calendarParsers';
import { HolidayParser, holidayOfTags } from './holidays';
import { DayWordsParser, MonthDayWordsParser, YearWordsParser } from './numberWords';

type ParsingContext = Parameters<Parser['extract']>[0];
type ParsedComponents = ParsedResult['start'];

/** Words that make a bare "May" or "March" a month: "in May", "since March". */
const DATING_WORD =
  /\b(?:in|since|by|until|till|through|throughout|during|from|of|before|after|around|circa|early|mid|late|last|next|this|end|beginning|start|middle|and|or|to|between|the)[\s-]+$/i;

/**
 * "in 2019", "the 2019 election", "mid-2020": a 4-digit year after a dating word. The result
 * keeps that word ("in 2019"): chrono drops a result of digits alone; readMentions sorts it out.
 */
class YearParser implements Parser {
  pattern(): RegExp {
    return /\b(in|since|by|until|till|through|throughout|during|from|of|before|after|around|circa|early|mid|late|the|and|or|to|between)([\s-]+)(1\d{3}|20\d{2})(?![\w%]|[.,:]\d|['’]?s\b)/i;
  }
  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult {
    const result = context.createParsingResult(match.index ?? 0, match[0], {
      year: Number(match[3]),
    });
    result.addTag('parser/sourceline/year');
    return result;
  }
}

/**
 * A year as a noun's modifier or a heading: "its 1989 results", "a 1996 law", "For 1988, the
 * company earned", "post-1959 politics". Only 1900–2099 after a determiner (else "its 1200
 * staff"), and "for" only before a comma or the end of a sentence ("for 2000 people" is a count).
 */
class YearModifierParser implements Parser {
  pattern(): RegExp {
    return /\b(?:(?:an?|its|his|her|their|our|this|that|whose)\s+(?:19|20)\d{2}(?=\s+[a-z])|for\s+(?:1\d{3}|20\d{2})(?=\s*[,.;:]|\s*$)|(?:post|pre)-(?:1\d{3}|20\d{2}))(?![\w%]|[.,]\d)/i;
  }
  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult {
    const year = Number(/\d{4}/.exec(match[0])?.[0]);
    const result = context.createParsingResult(match.index ?? 0, match[0], { year });
    result.addTag('parser/sourceline/year');
    return result;
  }
}

/** "the 1990s", "the '90s", "the 90s": a decade, as the year it starts. */
class DecadeParser implements Parser {
  pattern(): RegExp {
    return /(?<![\w$€£%.,])(?:(\d{3}0)|['’](\d0)|(?<=\bthe\s+)(\d0))['’]?s\b/;
  }
  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult {
    const full = match[1];
    const year = full !== undefined ? Number(full) : Number(match[2] ?? match[3]);
    const result = context.createParsingResult(match.index ?? 0, match[0], { year });
    result.addTag(full !== undefined ? 'parser/sourceline/decade' : 'parser/sourceline/decade-2');
    return result;
  }
}

/** "since May", "late May", "by March": the months chrono's "may" filter drops, found again. */
class MayMarchParser implements Parser {
  pattern(): RegExp {
    return /\b(since|by|until|till|through|during|from|before|after|early|mid|late|last|next|this|of)([\s-]+)(May|March)(?=\W|$)(?!\s+\d)/;
  }
  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult {
    const index = match.index ?? 0;
    // The result keeps its dating word ("since May"), so chrono's filter, which drops a result
    // that is only "may", keeps it; readMentions finds the dating word either way.
    const result = context.createParsingResult(index, match[0], {
      month: match[3] === 'May' ? 5 : 3,
    });
    result.start.imply('day', 1);
    result.addTag('parser/sourceline/month');
    return result;
  }
}

/** "the end of the year", "the start of the month": the publication's year or month. */
class ThePeriodParser implements Parser {
  pattern(): RegExp {
    return /(?<=\b(?:end|beginning|start|middle|rest)\s+of\s+)the\s+(year|month)\b/i;
  }
  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult {
    const result = context.createParsingResult(match.index ?? 0, match[0]);
    result.addTag(`parser/sourceline/this-${(match[1] ?? '').toLowerCase()}`);
    return result;
  }
}

/** "the coming week", "the current month", "upcoming year": this or the next period. */
class NamedPeriodParser implements Parser {
  pattern(): RegExp {
    return /\b(?:the\s+)?(coming|upcoming|current)\s+(week|month|year)\b/i;
  }
  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult {
    const which = (match[1] ?? '').toLowerCase() === 'current' ? 'this' : 'next';
    const result = context.createParsingResult(match.index ?? 0, match[0]);
    result.addTag(`parser/sourceline/${which}-${(match[2] ?? '').toLowerCase()}`);
    return result;
  }
}

/** "next week Sunday", "this week on Friday": the weekday in that week, as one result. */
class WeekdayInWeekRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const merged: ParsingResult[] = [];
    for (const result of results) {
      const previous = merged[merged.length - 1];
      const gap = previous
        ? context.text.slice(previous.index + previous.text.length, result.index)
        : '';
      if (
        previous &&
        !previous.end &&
        !result.end &&
        /^(?:this|next|last)\s+week$/i.test(previous.text) &&
        /^\s*(?:on\s+|,\s*)?$/i.test(gap) &&
        result.start.isCertain('weekday') &&
        !result.start.isCertain('day')
      ) {
        result.text = context.text.slice(previous.index, result.index + result.text.length);
        result.index = previous.index;
        merged[merged.length - 1] = result;
        continue;
      }
      merged.push(result);
    }
    return merged;
  }
}

const MONTH_WORD =
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:uary|ruary|ch|il|e|y|ust|tember|ober|ember)?\b\.?/i;
const WEEKDAY_WORD =
  /\b(sun|mon|tues?|wed|thu(?:rs?)?|fri|sat)(day|nesday|rsday|urday|sday)?\b(\.)?|\bweekend\b/i;
/** "Good Friday", "Black Friday", "Super Tuesday"…: names (holidays are not dated here). */
const NAMED_DAY = /\b(?:good|black|bloody|super|ash|easter|palm|holy|cyber|maundy|giving)\s+$/i;
/** "The Sunday Times": a newspaper's name. */
const NEWSPAPER_AFTER =
  /^\s+(?:Times|Telegraph|Mirror|Express|Herald|Observer|Mail|Post|Independent|Star|Tribune)\b/;
/** "every Friday": a recurrence, not a date. */
const RECURRING = /\b(?:every|each)\s+(?:other\s+)?$/i;
/** Anaphoric: dated from another event the text tells of, not from publication. */
/**
 * "a year ago", "a year earlier", "a month ago": this time a year or a month before publication.
 * News compares with "a year earlier" the same period a year back, so it is read from publication
 * too, unlike "two days later" (another event's).
 */
const ONE_UNIT_BACK = /^(?:a|one)\s+(year|month)\s+(?:ago|earlier)$/i;
const ANAPHORIC = /\b(?:later|earlier|before|after)$|^the\s+following\b|^the\s+next\s+day\b/i;

/** Numbers with a slash that are names or figures, not dates. */
const SLASH_NAMES = /^(?:9\/11|7\/7|24\/7|3\/11|50\/50|1\/2|1\/3|2\/3|1\/4|3\/4)$/;

function componentsOf(result: ParsingResult): ParsingComponents[] {
  return result.end ? [result.start, result.end] : [result.start];
}

function isCapitalised(word: string): boolean {
  return /^[A-Z]/.test(word);
}

/** Drops what news text does not mean as a date (see the module header). */
class NewsFilter implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((result) => this.isDate(context, result));
  }

  private isDate(context: ParsingContext, result: ParsingResult): boolean {
    const tags = result.tags();
    const before = context.text.slice(0, result.index);
    const after = context.text.slice(result.index + result.text.length);
    if (tags.has('casualReference/now') && !result.end) return false;
    if (
      tags.has('result/relativeDate') &&
      ANAPHORIC.test(result.text) &&
      !ONE_UNIT_BACK.test(result.text)
    )
      return false;
    for (const components of componentsOf(result)) {
      const dated = (['year', 'month', 'day', 'weekday'] as const).some((c) =>
        components.isCertain(c),
      );
      const custom = [...components.tags()].some((tag) => tag.startsWith('parser/sourceline/'));
      const relative = /^(?:this|last|past|next)\s+(?:week|month|year)\b/i.test(result.text);
      const casual = [...components.tags()].some((tag) => tag.startsWith('casualReference/'));
      // "9/11", "24/7", "7/7": names and figures, not dates; "3/4 of" a fraction.
      if (
        components.tags().has('parser/SlashDateFormatParser') &&
        !components.isCertain('year') &&
        (SLASH_NAMES.test(result.text) || /^\s*of\b/i.test(after) || /[\d$.,/]$/.test(before))
      )
        return false;
      if (!dated && !custom && !relative && !casual) return false;
      if (components.isCertain('month') && !custom) {
        const word = MONTH_WORD.exec(result.text)?.[0];
        // A month in lower case ("june 2016", "next june") only beside a number or a modifier:
        // "march", "may" are verbs, "august" an adjective.
        if (word !== undefined && !isCapitalised(word)) {
          const numbered = components.isCertain('day') || components.isCertain('year');
          const modified = /\b(?:next|last|this|coming|past)\s+$/i.test(before);
          if (/^(?:may|march)$/i.test(word) ? !numbered : !numbered && !modified) return false;
        }
        const bare = !components.isCertain('day') && !components.isCertain('year');
        if (bare && /^(?:may|march)$/i.test(word ?? '') && !DATING_WORD.test(before)) return false;
      }
      if (
        components.isCertain('weekday') &&
        !components.isCertain('day') &&
        !components.isCertain('month')
      ) {
        const weekday = WEEKDAY_WORD.exec(result.text);
        if (!weekday) return false;
        const isWeekend = weekday[0].toLowerCase() === 'weekend';
        if (!isWeekend && !isCapitalised(weekday[0])) return false;
        // An abbreviation is a weekday only with its period ("Sat."), else "Sun", "Wed"...
        if (!isWeekend && weekday[2] === undefined && weekday[3] === undefined) return false;
        if (NAMED_DAY.test(before) || NEWSPAPER_AFTER.test(after)) return false;
        if (RECURRING.test(before)) return false;
        // "after a weekend of talks", "a Friday ritual": no particular one.
        if (/\b(?:an?|one)\s+$/i.test(before)) return false;
      }
    }
    return true;
  }
}

/** "August last year": chrono's month and its relative year, as one date. */
class MonthWithRelativeYearRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const merged: ParsingResult[] = [];
    for (const result of results) {
      const previous = merged[merged.length - 1];
      const gap = previous
        ? context.text.slice(previous.index + previous.text.length, result.index)
        : '';
      if (
        previous &&
        !previous.end &&
        previous.start.isCertain('month') &&
        !previous.start.isCertain('year') &&
        /^(?:last|this|next)\s+year$/i.test(result.text) &&
        /^\s*(?:of\s+)?$/i.test(gap)
      ) {
        previous.start.assign('year', result.start.get('year') ?? 0);
        previous.text = previous.text + gap + result.text;
        continue;
      }
      merged.push(result);
    }
    return merged;
  }
}

/** "from 2019 to 2021", "between 2019 and 2021": two of YearParser's years, as one range. */
class YearRangeRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const merged: ParsingResult[] = [];
    const isYear = (result: ParsingResult) =>
      result.tags().has('parser/sourceline/year') && !result.end;
    for (const result of results) {
      const previous = merged[merged.length - 1];
      const gap = previous
        ? context.text.slice(previous.index + previous.text.length, result.index)
        : '';
      if (
        previous &&
        isYear(previous) &&
        isYear(result) &&
        /^\s*$/.test(gap) &&
        /^(?:to|and|through|until|till)\s/i.test(result.text)
      ) {
        previous.end = result.start;
        previous.text = previous.text + gap + result.text;
        continue;
      }
      merged.push(result);
    }
    return merged;
  }
}

/**
 * "the night of Friday, Oct. 23", "the morning of Jan. 5": the time word names a part of the day
 * given next, so it is dropped before chrono merges the two (its merge loses the date).
 */
class TimeOfDateRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((result) => {
      if (!result.tags().has('parser/ENCasualTimeParser')) return true;
      const after = context.text.slice(result.index + result.text.length);
      return !/^\s+of\s+\S/.test(after);
    });
  }
}

function newsChrono(): Chrono {
  const news = new Chrono(configuration.createCasualConfiguration(false));
  news.parsers.push(
    new YearParser(),
    new YearModifierParser(),
    new DecadeParser(),
    new MayMarchParser(),
    new ThePeriodParser(),
    new HolidayParser(),
    new NamedPeriodParser(),
    new NumericMonthParser(),
    new NumericDayParser(),
    new QuarterParser(),
    new RestOfParser(),
    new NthWeekdayParser(),
    new DayOfMonthParser(),
    new DayRangeParser(),
    new YearWordsParser(),
    new MonthDayWordsParser(),
    new DayWordsParser(),
  );
  news.refiners.unshift(new TimeOfDateRefiner());
  news.refiners.push(
    new WeekdayInWeekRefiner(),
    new MonthWithRelativeYearRefiner(),
    new YearRangeRefiner(),
    new NewsFilter(),
  );
  return news;
}

let parser: Chrono | null = null;

export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** What an expression's words say, before it is placed relative to publication. */
export type Reading =
  /** Calendar words: "Aug. 30", "30 August", "August 30, 2021", "October", "Friday, Oct. 8". */
  | {
      kind: 'date';
      year: number | null;
      month: number;
      day: number | null;
      weekday: Weekday | null;
    }
  /** A day of the week; `week` when its week is named ("Friday of last week": -1). */
  | { kind: 'weekday'; weekday: Weekday; week: -1 | 0 | 1 | null }
  | { kind: 'weekend'; week: -1 | 0 | 1 | null }
  | { kind: 'year'; year: number }
  /** A named day ("Thanksgiving", "Eid al-Fitr"), by its key in holidays.ts. */
  | { kind: 'holiday'; key: string }
  /** Months from..to of a year: a quarter or half ("Q3", "the first half of 1989"). */
  | { kind: 'months'; year: number | null; from: number; to: number }
  /** "the rest of the week / month / year": from publication to the period's end. */
  | { kind: 'rest'; unit: 'week' | 'month' | 'year' }
  /** "the first Friday of July": the nth (-1: last) weekday of a month, the year open. */
  | { kind: 'nth-weekday'; n: number; weekday: Weekday; month: number }
  /** "on the 27th", "Friday the 15th": a day of a month left open. */
  | { kind: 'monthday'; day: number; weekday: Weekday | null }
  /** A decade by its first year; `century` false when only its last two digits were given. */
  | { kind: 'decade'; year: number; century: boolean }
  /** this / last / next week, month or year (offset 0, -1, +1). */
  | { kind: 'period'; unit: 'week' | 'month' | 'year'; offset: -1 | 0 | 1 }
  /**
   * A day chrono counted from publication ("yesterday", "three days ago", "last month"), at the
   * precision its words give; `span`: the whole stretch up to publication ("the past week").
   */
  | {
      kind: 'relative';
      day: DayNumber;
      precision: 'day' | 'month' | 'year';
      span: boolean;
      approximate: boolean;
      /** "next three days": the span starts the day after publication. */
      after?: boolean;
      /** "six weeks ago": counted in weeks, so the week is meant. */
      week?: boolean;
      /** "a year ago": about that day, the whole year or month an alternative. */
      wider?: 'year' | 'month';
    };

export type Relation = 'since' | 'after' | 'by' | 'until' | 'before';
/** `week-of`: "the week of March 6" (its Monday–Sunday week); `week-from`: "the week starting". */
export type Qualifier = 'early' | 'mid' | 'late' | 'earlier' | 'later' | 'week-of' | 'week-from';
export type Modifier = 'last' | 'next' | 'this' | 'past';

export interface Mention {
  /** The expression, widened over the dating words chrono leaves out, in UTF-16 offsets. */
  start: number;
  end: number;
  /** What chrono matched itself. */
  coreStart: number;
  coreEnd: number;
  relation: Relation | null;
  qualifier: Qualifier | null;
  modifier: Modifier | null;
  from: Reading;
  /** The end of a range ("Monday to Wednesday", "Aug. 30 to Sept. 2"). */
  to: Reading | null;
}

const QUALIFIER_BEFORE =
  /\b(early|mid|late|(?:the\s+)?(?:end|beginning|start|middle)\s+of(?:\s+the)?|earlier|later)[\s-]+$/i;
const WEEK_OF_BEFORE =
  /\b(?:the\s+)?week\s+(?:of|starting|beginning|commencing)(?:\s+on)?\s+$|\bw\/c\s+$/i;
const MODIFIER_BEFORE = /\b(last|next|this|past)\s+$/i;
const THE_BEFORE = /\bthe\s+$/i;
const PREPOSITION_BEFORE = /\b(?:on|in|over|during|at|throughout|from|for|between)\s+$/i;
const RELATION_BEFORE = /\b(since|after|by|until|till|through|before)\s+$/i;
/** Words YearParser keeps before a year that are no part of the expression. */
const CONNECTOR =
  /^(?:(?:of|and|or|to|around|circa|the|an?|its|his|her|their|our|this|that|whose)\s+|(?:post|pre)-)/i;
const POSSESSIVE_AFTER = /^['’]s\b/;

/** The same words inside chrono's own match ("on Saturday", "last Tuesday", "since May"). */
const LEADING_WORDS =
  /^(?:(since|after|by|until|till|through|before)\s+)?(?:(?:on|in|over|during|at|throughout|from|for|between)\s+)?(?:the\s+)?(?:(early|mid|late|(?:the\s+)?(?:end|beginning|start|middle)\s+of(?:\s+the)?|earlier|later)[\s-]+)?(?:(last|next|this|past)\s+)?/i;

function qualifierOf(words: string): Qualifier {
  const w = words.toLowerCase();
  if (w === 'early' || w === 'mid' || w === 'late' || w === 'earlier' || w === 'later') return w;
  if (/\bend\b/.test(w)) return 'late';
  if (/\bmiddle\b/.test(w)) return 'mid';
  return 'early';
}

function relationOf(word: string): Relation {
  const w = word.toLowerCase();
  return w === 'till' || w === 'through' ? 'until' : (w as Relation);
}

/** A month, year, decade or this/last/next period: what "early", "late"… can qualify. */
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

function isPeriodLike(reading: Reading): boolean {
  if (reading.kind === 'date') return reading.day === null;
  return (
    reading.kind === 'year' ||
    reading.kind === 'decade' ||
    reading.kind === 'period' ||
    reading.kind === 'months'
  );
}

/** The publication day as chrono's reference: noon of that calendar day in the local zone. */
function referenceDate(published: DayNumber): Date {
  // chrono-node counts in the runtime's local calendar; noon of the same calendar day keeps its
  // arithmetic (adding days, months) on the right calendar days in every zone. Only calendar
  // fields are read back (readComponents), never an instant.
  const { year, month, day } = calendarDate(published);
  const reference = new Date(2000, 0, 1, 12, 0, 0, 0);
  reference.setFullYear(year, month - 1, day);
  return reference;
}

function weekdayOf(value: number | null): Weekday | null {
  return value !== null && value >= 0 && value <= 6 ? (value as Weekday) : null;
}

const PERIOD_TEXT = /^(this|last|next)\s+(week|month|year)$/i;
const TIME_AFTER = /\s+\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?$/i;
const SPAN_TEXT =
  /^(?:past|within|(?:last|next)\s+(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|couple))\b/i;

function readComponents(
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
  if (holidayKey !== null) return { kind: 'holiday', key: holidayKey };
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

/**
 * Every dating expression in `text`, in text order, read but not yet placed. `published` is
 * the publication day, the reference for chrono's relative words ("yesterday", "last month").
 */
export function readMentions(text: string, published: DayNumber): Mention[] {
  parser ??= newsChrono();
  const results = parser.parse(text, referenceDate(published));
  const mentions: Mention[] = [];
  for (const result of results) {
    const tags = result.tags();
    const from = readComponents(result.start, result.text, tags, published);
    if (from === null) continue;
    const to = result.end ? readComponents(result.end, result.text, tags, published) : null;
    const ours = [...tags].some((tag) => tag.startsWith('parser/sourceline/'));
    mentions.push(widen(text, result.index, result.index + result.text.length, ours, from, to));
  }
  // A widened mention can reach back over the one before ("Aug. 30 to early September" is two):
  // keep them apart.
  for (let i = 1; i < mentions.length; i++) {
    const previous = mentions[i - 1] as Mention;
    const mention = mentions[i] as Mention;
    if (mention.start < previous.end) mention.start = Math.max(previous.end, mention.coreStart);
  }
  return mentions;
}

/**
 * The mention of chrono's match [matchStart, matchEnd): `ours` when one of the parsers here made
 * it, which keep a dating word or connector before the date ("in 2019", "of May").
 */
function widen(
  text: string,
  matchStart: number,
  matchEnd: number,
  ours: boolean,
  from: Reading,
  to: Reading | null,
): Mention {
  // chrono's weekday match can take a comma or bracket either side (", on Friday,").
  let coreStart = matchStart;
  let coreEnd = matchEnd;
  while (coreEnd > coreStart && /[\s,()（）]/.test(text[coreEnd - 1] ?? '')) coreEnd--;
  while (coreStart < coreEnd && /[\s,()（）]/.test(text[coreStart] ?? '')) coreStart++;
  const connector = ours ? CONNECTOR.exec(text.slice(coreStart, coreEnd)) : null;
  if (connector) coreStart += connector[0].length;
  let start = coreStart;
  let qualifier: Qualifier | null = null;
  let modifier: Modifier | null = null;
  let relation: Relation | null = null;

  // Words chrono kept inside its match ("on Saturday", "last Tuesday", "since May").
  const leading = LEADING_WORDS.exec(text.slice(coreStart, coreEnd));
  if (leading) {
    if (leading[1]) relation = relationOf(leading[1]);
    if (leading[2]) qualifier = qualifierOf(leading[2]);
    if (leading[3]) modifier = leading[3].toLowerCase() as Modifier;
  }

  // Then the words chrono left out, right to left: a qualifier or modifier, "the", a
  // preposition, a relation ("since late August", "by the end of December", "over the weekend").
  const take = (pattern: RegExp): RegExpExecArray | null => {
    const match = pattern.exec(text.slice(0, start));
    if (match) start -= match[0].length;
    return match;
  };
  if (
    to === null &&
    modifier === null &&
    ((from.kind === 'date' && from.day === null) || from.kind === 'holiday')
  ) {
    // "last August", "next March": chrono reads the month and drops the word.
    const modifierMatch = take(MODIFIER_BEFORE);
    if (modifierMatch?.[1]) modifier = modifierMatch[1].toLowerCase() as Modifier;
  }
  // "this past weekend"
  if (modifier === 'past') take(/\bthis\s+$/i);
  if (to === null && qualifier === null && from.kind === 'date' && from.day !== null) {
    const week = take(WEEK_OF_BEFORE);
    if (week) qualifier = /\bof\s+$/i.test(week[0]) ? 'week-of' : 'week-from';
  }
  if (to === null && qualifier === null && isPeriodLike(from)) {
    const qualifierMatch = take(QUALIFIER_BEFORE);
    if (qualifierMatch?.[1]) {
      const q = qualifierOf(qualifierMatch[1]);
      // "earlier"/"later" qualify only "this week/month/year".
      if ((q === 'earlier' || q === 'later') && from.kind !== 'period') {
        start += qualifierMatch[0].length;
      } else qualifier = q;
    }
  }
  let end = coreEnd;
  const possessive = POSSESSIVE_AFTER.exec(text.slice(end));
  if (possessive) end += possessive[0].length;
  if (relation === null) {
    // "for Friday's bombing": the preposition belongs to the noun the date qualifies.
    if (!possessive) {
      // "over the weekend", "in the 1990s", "by the end of": "the" is part of the date only
      // there ("the May 2021 elections", "the 2020 agreement": it belongs to the noun).
      const partOf = /^(?:end|beginning|start|middle)\s+of\b/i.test(text.slice(start));
      if (from.kind === 'weekend' || from.kind === 'decade' || partOf) take(THE_BEFORE);
      take(PREPOSITION_BEFORE);
    }
    const relationMatch = take(RELATION_BEFORE);
    if (relationMatch?.[1]) {
      relation = relationOf(relationMatch[1]);
      // "killed by Friday's blast": "by" names an agent, not a deadline.
      if (relation === 'by' && possessive) {
        relation = null;
        start += relationMatch[0].length;
      }
    }
  }
  return {
    start,
    end,
    coreStart,
    coreEnd,
    relation,
    qualifier,
    modifier,
    from,
    to,
  };
}
