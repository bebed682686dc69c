// What the news configuration of chrono-node reads in a text: each dating mention, with the
// words around it that shape it (since, early, last…) and what its words say (a reading). Types
// only, shared by the reading (newsChrono.ts, newsReadings.ts) and the placing (place*.ts).
import type { DayNumber, Weekday } from '../dataset/calendar';

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
  | { kind: 'holiday'; key: string; year: number | null }
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
