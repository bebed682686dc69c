// Placing weekdays and weekends: by tense, by "last"/"next"/"this", or in a named week.

import type { Weekday } from '../dataset/calendar';
import {
  type DayNumber,
  earliestOnOrAfter,
  isoDay,
  latestOnOrBefore,
  weekdayOfDay,
  weekStart,
} from '../dataset/calendar';
import {
  type Context,
  daySpan,
  type Placed,
  publicationWords,
  quote,
  type Span,
  tenseWords,
  WEEKDAY_NAMES,
} from './datePlacing';
import { AHEAD_WEIGHT } from './yearChoice';

export function placeWeekday(weekday: Weekday, week: -1 | 0 | 1 | null, ctx: Context): Placed {
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
    // The weekday of the next week (Monday to Sunday); the first one after publication, when it
    // differs, or else the one a week later, is the alternative.
    const day = weekStart(published) + 7 + ((weekday + 6) % 7);
    const first = earliestOnOrAfter(published + 1, weekday);
    const other = first !== day ? first : day + 7;
    return {
      value: daySpan(day),
      alternatives: [daySpan(other)],
      note: `${quote(ctx.expression)}: the ${name} of the week after that of ${pub} (weeks running Monday to Sunday), ${isoDay(day)}; ${isoDay(other)} is the alternative.`,
    };
  }
  // A bare weekday ("on Friday", "Friday's") or "this Friday": by tense.
  const back = latestOnOrBefore(published, weekday);
  const forward =
    modifier === 'this'
      ? earliestOnOrAfter(published, weekday)
      : earliestOnOrAfter(published + 1, weekday);
  // By the lean of the sentence (yearChoice.ts): a future tense ahead, a simple past back, else
  // the nearer of the two, a day ahead counting one and a half.
  // A present perfect ("have been killed Friday", "has said Monday") tells of a recent past.
  const { lean, why } =
    ctx.tense.perfect === true && ctx.lean.lean === 'nearest'
      ? { lean: 'back', why: '' }
      : ctx.lean;
  const day =
    lean === 'forward'
      ? forward
      : lean === 'back'
        ? back
        : published - back <= AHEAD_WEIGHT * (forward - published)
          ? back
          : forward;
  const alternatives: Span[] = [];
  if (ctx.ambiguous && forward !== day) alternatives.push(daySpan(forward));
  if (day === forward && back !== day && (ctx.direction === 'back' || ctx.ambiguous))
    alternatives.push(daySpan(back));
  if (ctx.direction === 'forward' && back === published && day !== published)
    alternatives.push(daySpan(published));
  let where: string;
  if (day === published) where = `the day of publication, ${name} ${isoDay(day)}`;
  else if (day < published) where = `the ${name} before ${pub}: ${isoDay(day)}`;
  else where = `the ${name} after ${pub}: ${isoDay(day)}`;
  const byTense = (ctx.direction === 'back') === day <= published;
  if (!byTense)
    return { value: daySpan(day), alternatives, note: `${why}, so the nearer: ${where}.` };
  return { value: daySpan(day), alternatives, note: `${tenseWords(ctx.tense)}: ${where}.` };
}

export function placeWeekend(week: -1 | 0 | 1 | null, ctx: Context): Placed {
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
  // "this weekend": the one of the week of publication (Monday to Sunday), ahead on a weekday.
  if (modifier === 'this') saturday = weekStart(published) + 5;
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

/**
 * "the week of March 6": the Monday–Sunday week holding the day; "the week starting Feb. 4": the
 * seven days from it. The day itself is the alternative.
 */
export function weekOfDay(
  placed: Placed,
  qualifier: 'week-of' | 'week-from',
  ctx: Context,
): Placed {
  const day = placed.value.first;
  const first = qualifier === 'week-of' ? weekStart(day) : day;
  const value = daySpan(first, first + 6);
  const how =
    qualifier === 'week-of' ? 'the week (Monday to Sunday) holding it' : 'the seven days from it';
  return {
    value,
    alternatives: [placed.value, ...placed.alternatives],
    note: `${placed.note} ${quote(ctx.expression)}: ${how}, ${isoDay(first)}/${isoDay(first + 6)}.`,
  };
}
