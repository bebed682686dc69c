// The event's date in a second calendar beside the Gregorian one ("۱۶ مهر ۱۴۰۰، جمعه ۸ اکتبر
// ۲۰۲۱" in Persian, "Friday 8 October 2021 · 16 Mehr 1400 AP" when chosen in English), and the
// setting that chooses it. The dates are Intl's, in the interface's language (`<html lang>`); the
// setting's words are the catalogue's.
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
import type { MessageKey } from '../i18n/catalogue';
import { useTranslator } from '../i18n/I18nProvider';
import { Message } from '../i18n/Message';

/** Each calendar's full name (the second date's tooltip). */
const CALENDAR_NAMES: Readonly<Record<SecondCalendar, MessageKey>> = {
  persian: 'details.calendarPersian',
  'islamic-umalqura': 'details.calendarHijri',
};

/** `auto`: the interface language's own calendar (Solar Hijri in Persian, none in English). */
const CHOICES: ReadonlyArray<{ value: SecondCalendarChoice; label: MessageKey }> = [
  { value: 'auto', label: 'details.secondCalendarAuto' },
  { value: 'none', label: 'details.secondCalendarNone' },
  { value: 'persian', label: 'details.secondCalendarPersian' },
  { value: 'islamic-umalqura', label: 'details.secondCalendarHijri' },
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
  const { t } = useTranslator();
  const choice = useSecondCalendarChoice();
  const lang = useDocumentLanguage();
  const chosen = chosenCalendar(choice, lang);
  const words = chosen ? formatInCalendar(date, chosen.calendar, displayLocale(lang)) : null;
  if (!chosen || !words) return gregorian;
  const second = (
    <span className="second-calendar" title={t(CALENDAR_NAMES[chosen.calendar])}>
      {words}
    </span>
  );
  // One message, its two dates as placeholders: "{first} · {second}", and "{first}، {second}" in
  // Arabic script, where a middle dot beside its digits reads as a zero ("۱۴۰۰ · ۸").
  return chosen.localesOwn ? (
    <Message id="details.twoCalendars" values={{ first: second, second: gregorian }} />
  ) : (
    <Message id="details.twoCalendars" values={{ first: gregorian, second }} />
  );
}

/** The choice of a second calendar, kept in this browser. */
export function SecondCalendarSetting() {
  const { t } = useTranslator();
  const id = useId();
  const choice = useSecondCalendarChoice();
  return (
    <div className="second-calendar-setting">
      <label htmlFor={id}>{t('details.secondCalendar')}</label>{' '}
      <select
        id={id}
        value={choice}
        onChange={(event) => setSecondCalendarChoice(event.target.value as SecondCalendarChoice)}
      >
        {CHOICES.map((option) => (
          <option key={option.value} value={option.value}>
            {t(option.label)}
          </option>
        ))}
      </select>
    </div>
  );
}
