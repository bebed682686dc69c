// The languages the interface speaks, and how one is chosen from a person's preferences. Pure:
// the browser's languages and the saved choice are passed in.
import { type TextDirection, textDirection } from './locale';

export const LOCALES = ['en', 'fr', 'es', 'de', 'ar', 'fa', 'ps'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

/** Each language's name in itself: what the language menu shows, whatever the page's language. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
  de: 'Deutsch',
  ar: 'العربية',
  fa: 'فارسی (دری)',
  ps: 'پښتو',
};

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/**
 * The direction the interface in `locale` is laid out in: its script's, as for any text
 * (model/locale.ts, the one place that knows which scripts run right to left).
 */
export function localeDirection(locale: Locale): TextDirection {
  return textDirection(locale);
}

/**
 * The first of a person's languages (BCP 47 tags, most preferred first: `navigator.languages`)
 * that the interface speaks, matched by its primary language ("fr-CA" → fr, "prs" (Dari) → fa);
 * null when none is.
 */
export function negotiateLocale(preferences: readonly string[]): Locale | null {
  for (const tag of preferences) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
    const locale =
      primary === 'prs' ? 'fa' : primary === 'pbu' || primary === 'pst' ? 'ps' : primary;
    if (isLocale(locale)) return locale;
  }
  return null;
}

/**
 * The language to show: the browser's languages, then a choice saved in this browser, then the
 * link's `lang` (each later one wins); English when none says anything the interface speaks.
 */
export function chooseLocale(
  browser: readonly string[],
  saved: string | null,
  linked: Locale | null,
): Locale {
  if (linked) return linked;
  if (saved && isLocale(saved)) return saved;
  return negotiateLocale(browser) ?? DEFAULT_LOCALE;
}
