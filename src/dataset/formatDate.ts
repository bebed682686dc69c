// Dates written for people, in a language. `Intl.DateTimeFormat` (Gregorian calendar, time zone
// UTC) formats the calendar day, so the words never depend on the viewer's time zone, and digits,
// month names and order are the language's. The words around dates ("BCE", "onwards", "until…",
// "(approximate)") are the language's messages, passed in as `DateWords`: this module stays pure.
import {
  type DatePoint,
  type DayNumber,
  dayStartUtcMs,
  type EventDateValue,
  type IntervalEnd,
  isApproximate,
  isPoint,
  isUncertain,
} from './calendar';

/** The words around dates, each a message with placeholders (filled in by the caller's catalogue). */
export interface DateWords {
  /** "{date} BCE": a date before year 1, the date written with the year of its era. */
  bce(date: string): string;
  /** "{start} – {end}" */
  range(start: string, end: string): string;
  /** "{start} onwards" (an open end) */
  onwards(start: string): string;
  /** "from {start} (end unknown)" */
  endUnknown(start: string): string;
  /** "until {end}" (an open start) */
  until(end: string): string;
  /** "until {end} (start unknown)" */
  startUnknown(end: string): string;
  /** "{date} (approximate)", "(uncertain)", "(approximate, uncertain)" */
  qualified(date: string, approximate: boolean, uncertain: boolean): string;
  /** "{start} – ongoing" (short form) */
  shortOngoing(start: string): string;
  /** "{start} – ?" (short form) */
  shortEndUnknown(start: string): string;
  /** "… – {end}" (short form) */
  shortUntil(end: string): string;
  /** "? – {end}" (short form) */
  shortStartUnknown(end: string): string;
  /** "{date} ~", "{date} ?", "{date} ~ ?" (short form) */
  shortQualified(date: string, approximate: boolean, uncertain: boolean): string;
  undated: string;
}

/** English, for what the app writes outside the interface (exports, command-line tools). */
export const ENGLISH_DATE_WORDS: DateWords = {
  bce: (date) => `${date} BCE`,
  range: (start, end) => `${start} – ${end}`,
  onwards: (start) => `${start} onwards`,
  endUnknown: (start) => `from ${start} (end unknown)`,
  until: (end) => `until ${end}`,
  startUnknown: (end) => `until ${end} (start unknown)`,
  qualified: (date, approximate, uncertain) =>
    approximate && uncertain
      ? `${date} (approximate, uncertain)`
      : approximate
        ? `${date} (approximate)`
        : uncertain
          ? `${date} (uncertain)`
          : date,
  shortOngoing: (start) => `${start} – ongoing`,
  shortEndUnknown: (start) => `${start} – ?`,
  shortUntil: (end) => `… – ${end}`,
  shortStartUnknown: (end) => `? – ${end}`,
  shortQualified: (date, approximate, uncertain) =>
    `${date}${approximate ? ' ~' : ''}${uncertain ? ' ?' : ''}`,
  undated: 'undated',
};

/**
 * The BCP 47 tag `Intl` formats a language's Gregorian dates and numbers with. English is written
 * day, month, year without commas (Intl's Irish English: "Friday 8 October 2021", "8–10 October
 * 2021"). Pashto falls back to Dari as written in Afghanistan (its month names, its digits) where
 * the browser has no Pashto data (Chromium ships none).
 */
export function intlTag(locale: string): string {
  if (locale === 'en') return 'en-IE';
  if (locale === 'ps' && Intl.DateTimeFormat.supportedLocalesOf(['ps']).length === 0) {
    return 'fa-AF';
  }
  return locale;
}

function intlDateTag(locale: string): string {
  return `${intlTag(locale)}-u-ca-gregory`;
}

type Pattern =
  | 'dayLong'
  | 'dayLongNoWeekday'
  | 'dayShort'
  | 'monthLong'
  | 'monthShort'
  | 'monthAlone';

const PATTERNS: Record<Pattern, Intl.DateTimeFormatOptions> = {
  dayLong: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  dayLongNoWeekday: { day: 'numeric', month: 'long', year: 'numeric' },
  dayShort: { day: 'numeric', month: 'short', year: 'numeric' },
  monthLong: { month: 'long', year: 'numeric' },
  monthShort: { month: 'short', year: 'numeric' },
  monthAlone: { month: 'long' },
};

/**
 * Dates in one language's words. Holds its `Intl` formatters (making one costs tens of µs; a list
 * formats hundreds of dates), so make one per language and keep it. Each formatter is made on
 * first use: the page's first `Intl` object loads the locale data (~20–50 ms), which is better
 * spent after the dataset's download has started than while the app's modules are evaluated.
 */
export class DateFormatter {
  private readonly tag: string;
  private readonly patterns: Record<Pattern, Intl.DateTimeFormatOptions>;
  private readonly formats: Partial<Record<Pattern, Intl.DateTimeFormat>> = {};
  private years: { plain: Intl.NumberFormat; grouped: Intl.NumberFormat } | null = null;
  /** Formatters asked for by name (`moment`), made on first use. */
  private readonly others = new Map<string, Intl.DateTimeFormat>();

  constructor(
    /** The interface's locale ("en", "fr", "fa"…). */
    readonly locale: string,
    readonly words: DateWords,
  ) {
    const tag = intlDateTag(locale);
    this.tag = tag;
    // Dari as written in Afghanistan (Pashto's fallback) has no good short day in ICU's data
    // ("اکتوبر ۸, ۲۰۲۱", the American order): its month names are short, so the long form serves.
    this.patterns = tag.startsWith('fa-AF')
      ? { ...PATTERNS, dayShort: PATTERNS.dayLongNoWeekday }
      : PATTERNS;
  }

  private formatter(pattern: Pattern): Intl.DateTimeFormat {
    let format = this.formats[pattern];
    if (!format) {
      format = new Intl.DateTimeFormat(this.tag, { ...this.patterns[pattern], timeZone: 'UTC' });
      this.formats[pattern] = format;
    }
    return format;
  }

  /** A day (or the month or year it starts) in a pattern, with "BCE" before year 1. */
  private format(pattern: Pattern, day: DayNumber): string {
    const ms = dayStartUtcMs(day);
    const words = this.formatter(pattern).format(ms);
    // Before year 1 Intl writes the year of the era with no era word: the language's message
    // adds it ("44 BCE", "44 av. J.-C.").
    return new Date(ms).getUTCFullYear() > 0 ? words : this.words.bce(words);
  }

  /** Intl's range of two days, with plain spaces around its dash as everywhere else here. */
  private dayRange(pattern: Pattern, from: DayNumber, to: DayNumber): string {
    return this.formatter(pattern)
      .formatRange(dayStartUtcMs(from), dayStartUtcMs(to))
      .replace(/\u2009/g, ' ');
  }

  /**
   * A moment (UTC ms) in `Intl` options of the caller's (the timeline's axis), with "BCE" before
   * year 1 when the options show the year. Its formatter is made once per `name`.
   */
  moment(name: string, options: Intl.DateTimeFormatOptions, ms: number): string {
    let format = this.others.get(name);
    if (!format) {
      format = new Intl.DateTimeFormat(intlDateTag(this.locale), { ...options, timeZone: 'UTC' });
      this.others.set(name, format);
    }
    const words = format.format(ms);
    return options.year && new Date(ms).getUTCFullYear() <= 0 ? this.words.bce(words) : words;
  }

  /**
   * An astronomical year (EDTF's: 0 is 1 BCE) as people write it: "2021", "33", "44 BCE", and
   * deep time grouped by thousands, "12,001 BCE".
   */
  year(year: number): string {
    const ofEra = year <= 0 ? 1 - year : year;
    this.years ??= {
      plain: new Intl.NumberFormat(this.tag, { useGrouping: false }),
      grouped: new Intl.NumberFormat(this.tag, { useGrouping: true }),
    };
    const digits = (ofEra >= 10_000 ? this.years.grouped : this.years.plain).format(ofEra);
    return year <= 0 ? this.words.bce(digits) : digits;
  }

  /** "Friday 8 October 2021" */
  dayLong(day: DayNumber): string {
    return this.format('dayLong', day);
  }

  /** "8 Oct 2021" */
  dayShort(day: DayNumber): string {
    return this.format('dayShort', day);
  }

  private point(point: DatePoint): string {
    switch (point.precision) {
      case 'day':
        return this.dayLong(point.first);
      case 'month':
        return this.format('monthLong', point.first);
      case 'year':
        return this.year(point.year);
    }
  }

  private shortPoint(point: DatePoint): string {
    if (point.precision === 'day') return this.dayShort(point.first);
    if (point.precision === 'month') return this.format('monthShort', point.first);
    return this.year(point.year);
  }

  /** "9–10 October 2021", "30 August – 10 October 2021", "August – September 2021", … */
  private range(start: DatePoint, end: DatePoint): string {
    const sameYear = start.year === end.year;
    const common = start.year > 0 && end.year > 0;
    if (start.precision === 'day' && end.precision === 'day') {
      if (start.first === end.first) return this.dayLong(start.first);
      // Intl joins the two days the language's way ("9–10 October", "9.–10. Oktober").
      if (common && sameYear) {
        return this.dayRange('dayLongNoWeekday', start.first, end.first);
      }
      return this.words.range(
        this.format('dayLongNoWeekday', start.first),
        this.format('dayLongNoWeekday', end.first),
      );
    }
    if (start.precision === 'month' && end.precision === 'month' && sameYear && common) {
      return this.words.range(
        this.format('monthAlone', start.first),
        this.format('monthLong', end.first),
      );
    }
    return this.words.range(this.point(start), this.point(end));
  }

  /** The whole date in words, with its precision and qualifiers: what the detail panel shows. */
  eventDate(date: EventDateValue): string {
    let words: string;
    if (date.kind === 'point') {
      words = this.point(date.point);
    } else if (isPoint(date.start) && isPoint(date.end)) {
      words = this.range(date.start, date.end);
    } else if (isPoint(date.start)) {
      words = this.openEnd(date.start, date.end);
    } else if (isPoint(date.end)) {
      words = this.openStart(date.start, date.end);
    } else {
      return this.words.undated;
    }
    return this.words.qualified(words, isApproximate(date), isUncertain(date));
  }

  private openEnd(start: DatePoint, end: IntervalEnd): string {
    return 'open' in end
      ? this.words.onwards(this.point(start))
      : this.words.endUnknown(this.point(start));
  }

  private openStart(start: IntervalEnd, end: DatePoint): string {
    return 'open' in start
      ? this.words.until(this.point(end))
      : this.words.startUnknown(this.point(end));
  }

  /** A compact form for lists and tooltips: "8 Oct 2021", "9–10 Oct 2021", "Aug 2021 ~". */
  eventDateShort(date: EventDateValue): string {
    const mark = (words: string) =>
      this.words.shortQualified(words, isApproximate(date), isUncertain(date));
    if (date.kind === 'point') return mark(this.shortPoint(date.point));
    const { start, end } = date;
    if (isPoint(start) && isPoint(end)) {
      if (start.precision === 'day' && end.precision === 'day' && start.first === end.first) {
        return mark(this.dayShort(start.first));
      }
      if (
        start.precision === 'day' &&
        end.precision === 'day' &&
        start.year === end.year &&
        start.month === end.month &&
        start.year > 0
      ) {
        return mark(this.dayRange('dayShort', start.first, end.first));
      }
      return mark(this.words.range(this.shortPoint(start), this.shortPoint(end)));
    }
    if (isPoint(start)) {
      const words = this.shortPoint(start);
      return mark(
        'open' in end ? this.words.shortOngoing(words) : this.words.shortEndUnknown(words),
      );
    }
    if (isPoint(end)) {
      const words = this.shortPoint(end);
      return mark(
        'open' in start ? this.words.shortUntil(words) : this.words.shortStartUnknown(words),
      );
    }
    return this.words.undated;
  }
}

/**
 * English dates, for the exports and command-line tools (the interface makes its own formatter
 * from its catalogue). A constant: its words depend on nothing but the language.
 */
export const ENGLISH_DATES = new DateFormatter('en', ENGLISH_DATE_WORDS);

/** An astronomical year in words ("44 BCE"); English unless a formatter is given. */
export function yearWords(year: number, dates: DateFormatter = ENGLISH_DATES): string {
  return dates.year(year);
}

/** "Friday 8 October 2021" */
export function formatDayLong(day: DayNumber, dates: DateFormatter = ENGLISH_DATES): string {
  return dates.dayLong(day);
}

/** "8 Oct 2021" */
export function formatDayShort(day: DayNumber, dates: DateFormatter = ENGLISH_DATES): string {
  return dates.dayShort(day);
}

/** The whole date in words, with its precision and qualifiers: what the detail panel shows. */
export function formatEventDate(
  date: EventDateValue,
  dates: DateFormatter = ENGLISH_DATES,
): string {
  return dates.eventDate(date);
}

/**
 * Short date words kept by EDTF value, for one language. The words depend on the value and the
 * language alone, and a list draws the same dates again and again (200 rows at each page or
 * selection): a bounded store that forgets everything when full or when the language changes.
 * Not a cache of any dataset. The page's one belongs to the state layer (src/state/caches.ts).
 */
export class DateWordsCache {
  private readonly words = new Map<string, string>();
  private dates: DateFormatter | null = null;
  constructor(private readonly max = 20_000) {}

  short(date: EventDateValue, dates: DateFormatter = ENGLISH_DATES): string {
    if (dates !== this.dates) {
      this.words.clear();
      this.dates = dates;
    }
    let words = this.words.get(date.value);
    if (words === undefined) {
      words = dates.eventDateShort(date);
      if (this.words.size >= this.max) this.words.clear();
      this.words.set(date.value, words);
    }
    return words;
  }
}

/**
 * A compact form for lists and tooltips: "8 Oct 2021", "9–10 Oct 2021", "Aug 2021 ~"; kept in
 * `cache` when one is given.
 */
export function formatEventDateShort(
  date: EventDateValue,
  cache?: DateWordsCache,
  dates: DateFormatter = ENGLISH_DATES,
): string {
  return cache ? cache.short(date, dates) : dates.eventDateShort(date);
}
