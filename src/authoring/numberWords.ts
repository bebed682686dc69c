// Dates with their numbers written in words, which chrono-node 2.10 reads only in part: years
// ("nineteen ninety-seven", "two thousand and five", "twenty twenty-one"), days after a month
// ("May twenty-first", "March third") and days of a month alone ("on the twenty second", "Friday
// the fifteenth"). Added to chrono's English configuration by newsChrono.ts.
import type { Parser, ParsingResult } from 'chrono-node/en';
import { monthOf, weekdayOfWord } from './calendarParsers';

type ParsingContext = Parameters<Parser['extract']>[0];

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINAL_UNITS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
};

const UNIT = UNITS.slice(1).join('|');
const TEEN = TEENS.join('|');
const TEN = TENS.slice(2).join('|');
/** 1–99 in words: "seven", "fifteen", "ninety-seven", "twenty one". */
const UP_TO_99 = `(?:(?:${TEN})(?:[\\s-]+(?:${UNIT}))?|${TEEN}|${UNIT})`;
/** A day of a month in words, cardinal or ordinal: "twenty-first", "third", "thirty". */
const DAY_WORDS = `(?:(?:twenty|thirty)[\\s-]+(?:${Object.keys(ORDINAL_UNITS).slice(0, 9).join('|')}|${UNIT})|${Object.keys(ORDINAL_UNITS).join('|')}|${TEEN}|twenty|thirty|${UNIT})`;

/** The value of number words up to 99, cardinal or ordinal ("twenty-first" → 21), or NaN. */
export function wordsToNumber(words: string): number {
  let total = 0;
  for (const word of words.toLowerCase().split(/[\s-]+/)) {
    if (word === '' || word === 'and') continue;
    const ordinal = ORDINAL_UNITS[word];
    const value =
      ordinal ??
      (UNITS.indexOf(word) >= 0
        ? UNITS.indexOf(word)
        : TEENS.indexOf(word) >= 0
          ? 10 + TEENS.indexOf(word)
          : TENS.indexOf(word) >= 2
            ? 10 * TENS.indexOf(word)
            : Number.NaN);
    total += value;
  }
  return total;
}

/** A year in words: "nineteen ninety-seven", "eighteen hundred", "two thousand and five". */
export function yearFromWords(words: string): number {
  const w = words.toLowerCase().trim();
  const thousand = /^two thousand(?:\s+and)?(?:[\s-]+(.+))?$/.exec(w);
  if (thousand) return 2000 + (thousand[1] ? wordsToNumber(thousand[1]) : 0);
  const [, century, rest] = /^(\S+)[\s-]+(.+)$/.exec(w) ?? [];
  const hundreds = wordsToNumber(century ?? '');
  if (rest === 'hundred') return hundreds * 100;
  const oh = /^(?:oh|o)[\s-]+(.+)$/.exec(rest ?? '');
  return hundreds * 100 + wordsToNumber(oh ? (oh[1] ?? '') : (rest ?? ''));
}

const MONTH_NAME =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
const WEEKDAY_NAME = '(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)';

function tagged(result: ParsingResult, tag: string): ParsingResult {
  result.addTag(`parser/sourceline/${tag}`);
  return result;
}

/** "nineteen ninety-seven", "in two thousand and five", "twenty twenty-one": a year. */
export class YearWordsParser implements Parser {
  pattern(): RegExp {
    return new RegExp(
      `\\b(?:(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)[\\s-]+(?:hundred|(?:oh|o)[\\s-]+(?:${UNIT})|(?:${TEN})(?:[\\s-]+(?:${UNIT}))?|${TEEN})|two thousand(?:\\s+and)?(?:[\\s-]+${UP_TO_99})?)\\b(?![\\s-]+(?:${UNIT}|${TEN}|${TEEN}|hundred|thousand|million|percent|people|dollars)\\b)`,
      'i',
    );
  }
  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const year = yearFromWords(match[0]);
    if (!Number.isInteger(year) || year < 1000 || year > 2099) return null;
    return tagged(context.createParsingResult(match.index ?? 0, match[0], { year }), 'year');
  }
}

/** "May twenty-first", "March third", "June the fifth": a month and a day in words. */
export class MonthDayWordsParser implements Parser {
  pattern(): RegExp {
    return new RegExp(`\\b(${MONTH_NAME})\\s+(?:the\\s+)?(${DAY_WORDS})\\b`);
  }
  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const month = monthOf(match[1] ?? '');
    const day = wordsToNumber(match[2] ?? '');
    if (month === 0 || !Number.isInteger(day) || day < 1 || day > 31) return null;
    const result = context.createParsingResult(match.index ?? 0, match[0], { month, day });
    return tagged(result, 'words');
  }
}

/** "on the twenty second", "Friday the fifteenth": a day of a month in words, the month open. */
export class DayWordsParser implements Parser {
  pattern(): RegExp {
    return new RegExp(
      `(?:\\b(${WEEKDAY_NAME}),?\\s+|\\b(?:on|for|by|until|since)\\s+)the\\s+(${DAY_WORDS})\\b(?![\\s-]+(?:of\\s+(?!(?:this|next|last)\\s+month)|[a-z]))`,
    );
  }
  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const day = wordsToNumber(match[2] ?? '');
    if (!Number.isInteger(day) || day < 1 || day > 31) return null;
    // "for the second" alone is a count as often as a date: only an ordinal above "second" or a
    // weekday before it.
    if (match[1] === undefined && day <= 2) return null;
    const weekday = match[1] === undefined ? '' : `/${weekdayOfWord(match[1])}`;
    const result = context.createParsingResult(match.index ?? 0, match[0]);
    return tagged(result, `monthday/${day}${weekday}`);
  }
}
