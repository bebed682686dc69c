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
// The parsers and refiners are in newsParsers.ts (years, decades, periods), calendarParsers.ts
// (numeric dates, quarters, nth weekdays, days of a month, day ranges), holidays.ts and
// numberWords.ts; the filter in newsFilter.ts; reading a result in newsReadings.ts.
// The words chrono leaves out ("late" in "late August", "since", "by", "over the", "'s") are taken
// in by `readMentions`, which widens each result over them; the resolution (tense, weekdays,
// weekends, sub-ranges, intervals) is dateProposals.ts's, not chrono's.
import { Chrono, configuration } from 'chrono-node/en';
import type { DayNumber } from '../dataset/calendar';
import {
  DayOfMonthParser,
  DayRangeParser,
  NthWeekdayParser,
  NumericDayParser,
  NumericMonthParser,
  QuarterParser,
  RelativeQuarterParser,
  RestOfParser,
  YearEndParser,
} from './calendarParsers';
import { HolidayParser } from './holidays';
import type { Mention, Modifier, Qualifier, Reading, Relation } from './mentions';
import { NewsFilter } from './newsFilter';
import {
  DecadeParser,
  MayMarchParser,
  MonthWithRelativeYearRefiner,
  NamedPeriodParser,
  ThePeriodParser,
  TimeOfDateRefiner,
  WeekdayInWeekRefiner,
  YearModifierParser,
  YearParser,
  YearRangeRefiner,
  YearSpanParser,
} from './newsParsers';
import { readComponents, referenceDate } from './newsReadings';
import { DayWordsParser, MonthDayWordsParser, YearWordsParser } from './numberWords';

function newsChrono(): Chrono {
  const news = new Chrono(configuration.createCasualConfiguration(false));
  news.parsers.push(
    new YearParser(),
    new YearModifierParser(),
    new YearSpanParser(),
    new DecadeParser(),
    new MayMarchParser(),
    new ThePeriodParser(),
    new HolidayParser(),
    new NamedPeriodParser(),
    new NumericMonthParser(),
    new NumericDayParser(),
    new QuarterParser(),
    new RestOfParser(),
    new YearEndParser(),
    new NthWeekdayParser(),
    new DayOfMonthParser(),
    new DayRangeParser(),
    new YearWordsParser(),
    new MonthDayWordsParser(),
    new DayWordsParser(),
  );
  // Before chrono's own "last …" / "next …" parser, which reads a quarter as three months.
  news.parsers.unshift(new RelativeQuarterParser());
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
  /^(?:(?:of|and|or|to|around|circa|the|fiscal|an?|its|his|her|their|our|this|that|whose)\s+|(?:post|pre)-)/i;
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
function isPeriodLike(reading: Reading): boolean {
  if (reading.kind === 'date') return reading.day === null;
  return (
    reading.kind === 'year' ||
    reading.kind === 'decade' ||
    reading.kind === 'period' ||
    reading.kind === 'months'
  );
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
