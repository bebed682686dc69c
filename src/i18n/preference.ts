// The person's languages as this browser knows them: the browser's own, and a choice saved here.
import { chooseLocale, isLocale, type Locale } from '../model/locales';

const KEY = 'sourceline:lang';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function savedLocale(): Locale | null {
  try {
    const value = storage()?.getItem(KEY) ?? null;
    return value && isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

/** Keeps the choice for the next visit; a browser that refuses storage keeps it for this page. */
export function saveLocale(locale: Locale): void {
  try {
    storage()?.setItem(KEY, locale);
  } catch {
    // Storage turned off or full: the link and the menu still hold the choice.
  }
}

function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

/** The language to show for a link's `lang` (null when the link names none). */
export function wantedLocale(linked: Locale | null): Locale {
  return chooseLocale(browserLanguages(), savedLocale(), linked);
}
