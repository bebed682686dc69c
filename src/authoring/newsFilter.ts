// What news text does not mean as a date, dropped from chrono-node's results (newsChrono.ts's
// header says why each): verbs and adjectives that are month or day names in lower case, names
// ("Good Friday", "The Sunday Times", "9/11"), recurrences ("every Friday"), "now", times alone,
// and words dated from another event ("two days later").
import type { Parser, ParsingComponents, ParsingResult, Refiner } from 'chrono-node/en';
import { DATING_WORD } from './newsParsers';

type ParsingContext = Parameters<Parser['extract']>[0];

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
export const ONE_UNIT_BACK = /^(?:a|one)\s+(year|month)\s+(?:ago|earlier)$/i;
const ANAPHORIC = /\b(?:later|earlier|before|after)$|^the\s+following\b|^the\s+next\s+day\b/i;

/** A dating word before "4/22": without one a slash is as often a ratio ("the ratio was 3/5"). */
const SLASH_DATE_BEFORE =
  /(?:^|\b(?:on|from|to|by|until|till|since|through|back|before|after|between|and|starting|effective|dated?|of)\s+)$/i;
/** Numbers with a slash that are names or figures, not dates. */
const SLASH_NAMES = /^(?:9\/11|7\/7|24\/7|3\/11|50\/50|1\/2|1\/3|2\/3|1\/4|3\/4)$/;

function componentsOf(result: ParsingResult): ParsingComponents[] {
  return result.end ? [result.start, result.end] : [result.start];
}

function isCapitalised(word: string): boolean {
  return /^[A-Z]/.test(word);
}

/** Drops what news text does not mean as a date (see the module header). */
export class NewsFilter implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((result) => this.isDate(context, result));
  }

  private isDate(context: ParsingContext, result: ParsingResult): boolean {
    const tags = result.tags();
    const before = context.text.slice(0, result.index);
    const after = context.text.slice(result.index + result.text.length);
    if (tags.has('casualReference/now') && !result.end) return false;
    // "for 30 minutes", "for an hour": a duration in hours or less, no date.
    if (
      tags.has('result/relativeDate') &&
      /\b(?:seconds?|minutes?|mins?|hours?|hrs?)\b/i.test(result.text) &&
      !/\b(?:days?|weeks?|months?|years?|decades?)\b/i.test(result.text)
    )
      return false;
    // "in the month", "in the year": a period the text has named, not one from now.
    if (/^in\s+the\s+(?:day|week|month|year)$/i.test(result.text)) return false;
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
        (SLASH_NAMES.test(result.text) ||
          /^\s*of\b/i.test(after) ||
          /[\d$.,/]$/.test(before) ||
          !SLASH_DATE_BEFORE.test(before))
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
        // "April Glaspie", "June Carter": a first name before a surname, not a month.
        if (
          bare &&
          !DATING_WORD.test(before) &&
          /^\s+[A-Z][a-z]/.test(after) &&
          !/^\s+(?:19|20)\d\d/.test(after)
        )
          return false;
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
