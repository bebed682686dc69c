// The reader's choice of a second calendar beside the Gregorian dates, kept in this browser:
// `auto` (the interface language's own: Solar Hijri for Persian and Pashto, none for most
// others; src/model/locale.ts), `none`, or one calendar in any language.
import { useSyncExternalStore } from 'react';
import { SECOND_CALENDARS, type SecondCalendar } from '../dataset/secondCalendar';
import { defaultSecondCalendar } from '../model/locale';

export type SecondCalendarChoice = 'auto' | 'none' | SecondCalendar;

const KEY = 'sourceline.secondCalendar';
const listeners = new Set<() => void>();
/** Where storage is refused (a sandboxed frame), the choice lasts as long as the page. */
let unsaved: SecondCalendarChoice | null = null;

function isChoice(value: unknown): value is SecondCalendarChoice {
  return value === 'auto' || value === 'none' || SECOND_CALENDARS.includes(value as SecondCalendar);
}

export function secondCalendarChoice(): SecondCalendarChoice {
  if (unsaved) return unsaved;
  try {
    const stored = localStorage.getItem(KEY);
    return isChoice(stored) ? stored : 'auto';
  } catch {
    return 'auto';
  }
}

export function setSecondCalendarChoice(choice: SecondCalendarChoice): void {
  try {
    localStorage.setItem(KEY, choice);
    unsaved = null;
  } catch {
    unsaved = choice;
  }
  for (const listener of listeners) listener();
}

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  // Chosen in another tab.
  const onStorage = (event: StorageEvent) => {
    if (event.key === KEY) onChange();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener('storage', onStorage);
  };
}

export function useSecondCalendarChoice(): SecondCalendarChoice {
  return useSyncExternalStore(subscribe, secondCalendarChoice, () => 'auto');
}

/** The calendar a choice shows for an interface in `locale`, and whether it is the locale's own. */
export function chosenCalendar(
  choice: SecondCalendarChoice,
  locale: string,
): { calendar: SecondCalendar; localesOwn: boolean } | null {
  if (choice === 'none') return null;
  if (choice !== 'auto') return { calendar: choice, localesOwn: false };
  const calendar = defaultSecondCalendar(locale);
  return calendar ? { calendar, localesOwn: true } : null;
}
