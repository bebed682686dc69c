// The event's date in a second calendar beside the Gregorian one ("۱۶ مهر ۱۴۰۰ · جمعه ۸ اکتبر
// ۲۰۲۱" in Persian, "Friday 8 October 2021 · 16 Mehr 1400 AP" when chosen in English), and the
// setting that chooses it. The words are Intl's, in the interface's language (`<html lang>`).
import { type ReactNode, useId } from 'react';
import { useDocumentLanguage } from '../app/documentLocale';
import {
  chosenCalendar,
  type SecondCalendarChoice,
  setSecondCalendarChoice,
  useSecondCalendarChoice,
} from '../app/secondCalendarChoice';
import type { EventDateValue } from '../dataset/calendar';
import { formatInCalendar, type SecondCalendar } from '../dataset/secondCalendar';

const CALENDAR_NAMES: Readonly<Record<SecondCalendar, string>> = {
  persian: 'Solar Hijri calendar',
  'islamic-umalqura': 'Hijri calendar (Umm al-Qura)',
};

/** `auto`: the interface language's own calendar (Solar Hijri in Persian, none in English). */
const CHOICES: ReadonlyArray<{ value: SecondCalendarChoice; label: string }> = [
  { value: 'auto', label: 'Automatic' },
  { value: 'none', label: 'None' },
  { value: 'persian', label: 'Solar Hijri' },
  { value: 'islamic-umalqura', label: 'Hijri (Umm al-Qura)' },
];

/** English dates are written day, month, year here (as the app's own: "8 October 2021"). */
const displayLocale = (lang: string) => (lang.toLowerCase() === 'en' ? 'en-GB' : lang);

/**
 * `gregorian` (the date as the app writes it) with the second calendar's date beside it: first
 * when it is the interface language's own calendar, after it when chosen in another language.
 */
export function DateWithSecondCalendar({
  date,
  gregorian,
}: {
  date: EventDateValue;
  gregorian: ReactNode;
}) {
  const choice = useSecondCalendarChoice();
  const lang = useDocumentLanguage();
  const chosen = chosenCalendar(choice, lang);
  const words = chosen ? formatInCalendar(date, chosen.calendar, displayLocale(lang)) : null;
  if (!chosen || !words) return gregorian;
  const second = (
    <span className="second-calendar" title={CALENDAR_NAMES[chosen.calendar]}>
      {words}
    </span>
  );
  return chosen.localesOwn ? (
    <>
      {second} · {gregorian}
    </>
  ) : (
    <>
      {gregorian} · {second}
    </>
  );
}

/** The choice of a second calendar, kept in this browser. */
export function SecondCalendarSetting() {
  const id = useId();
  const choice = useSecondCalendarChoice();
  return (
    <div className="second-calendar-setting">
      <label htmlFor={id}>Second calendar</label>{' '}
      <select
        id={id}
        value={choice}
        onChange={(event) => setSecondCalendarChoice(event.target.value as SecondCalendarChoice)}
      >
        {CHOICES.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
