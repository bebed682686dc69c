// The parsers and refiners that newsChrono.ts adds to chrono-node's English configuration for
// what news writes and chrono 2.10 does not read: years after a dating word or as a modifier,
// decades, "since May" (which chrono's "may" filter drops), "the end of the year", "the coming
// week"; and refiners that join what chrono splits ("August last year", "from 2019 to 2021",
// "next week on Friday") or that it would merge wrongly ("the night of Friday, Oct. 23").
import type { Parser, ParsingResult, Refiner } from 'chrono-node/en';

type ParsingContext = Parameters<Parser['extract']>[0];

/** Words that make a bare "May" or "March" a month: "in May", "since March". */
export const DATING_WORD =
  /\b(?:in|since|by|until|till|through|throughout|during|from|of|before|after|around|circa|early|mid|late|last|next|this|end|beginning|start|middle|and|or|to|between|the)[\s-]+$/i;

/**
 * "in 2019", "the 2019 election", "mid-2020": a 4-digit year after a dating word. The result
 * keeps that word ("in 2019"): chrono drops a result of digits alone; readMentions sorts it out.
 */
export class YearParser implements Parser {
  pattern(): RegExp {
    return /\b(in|since|by|until|till|through|throughout|during|from|of|before|after|around|circa|early|mid|late|the|and|or|to|between|fiscal)([\s-]+)(1\d{3}|20\d{2})(?![\w%]|[.,:]\d|['’]?s\b|\s*[-–/]\s*\d)/i;
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
export class YearModifierParser implements Parser {
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

/** "the 1998-99 season", "in 1995-96": two years written as one span, the second in two digits. */
export class YearSpanParser implements Parser {
  pattern(): RegExp {
    return /\b(1\d|20)(\d{2})\s*[-–/]\s*((?:1\d|20)?\d{2})(?![\d%]|[.,]\d)/;
  }
  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const century = Number(match[1]) * 100;
    const first = century + Number(match[2]);
    const second = match[3] ?? '';
    let last = second.length === 4 ? Number(second) : century + Number(second);
    if (last <= first) last += 100; // "1999-00"
    if (last - first > 10) return null; // not a span of years ("1998-45" is a figure)
    // A month in digits ("2016-11") is NumericMonthParser's; a span is the next year or two.
    if (second.length === 2 && last - first > 2 && Number(second) <= 12) return null;
    const result = context.createParsingResult(
      match.index ?? 0,
      match[0],
      { year: first },
      { year: last },
    );
    result.addTag('parser/sourceline/year');
    return result;
  }
}

/** "the 1990s", "the '90s", "the 90s": a decade, as the year it starts. */
export class DecadeParser implements Parser {
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
export class MayMarchParser implements Parser {
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
export class ThePeriodParser implements Parser {
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
export class NamedPeriodParser implements Parser {
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
export class WeekdayInWeekRefiner implements Refiner {
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

/** "August last year": chrono's month and its relative year, as one date. */
export class MonthWithRelativeYearRefiner implements Refiner {
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
export class YearRangeRefiner implements Refiner {
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
export class TimeOfDateRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((result) => {
      if (!result.tags().has('parser/ENCasualTimeParser')) return true;
      const after = context.text.slice(result.index + result.text.length);
      return !/^\s+of\s+\S/.test(after);
    });
  }
}
