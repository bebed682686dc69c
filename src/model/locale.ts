// What a locale (the interface's, or a text's own `lang`) says about writing and dates: the
// direction its script is written in, and the calendar its country uses beside the Gregorian one.
// Pure; the seam the interface's locale (issue 20, parts 1–3) connects to.
import { canonicalLanguageTag } from '../dataset/languageTag';
import type { SecondCalendar } from '../dataset/secondCalendar';

export type { SecondCalendar } from '../dataset/secondCalendar';

export type TextDirection = 'ltr' | 'rtl';

/** Scripts written right to left (ISO 15924), those Intl's likely-subtags give a language. */
const RTL_SCRIPTS = new Set([
  'Adlm',
  'Arab',
  'Aran',
  'Hebr',
  'Mand',
  'Mend',
  'Nkoo',
  'Rohg',
  'Samr',
  'Syrc',
  'Thaa',
  'Yezi',
]);

/** The script a tag is written in: its own, else the likely one for its language and region. */
function scriptOf(tag: string): string | undefined {
  const canonical = canonicalLanguageTag(tag);
  if (!canonical) return undefined;
  const locale = new Intl.Locale(canonical);
  return locale.script ?? locale.maximize().script;
}

/**
 * The direction text in `locale` is written in: right to left for Arabic, Persian, Pashto, Urdu,
 * Hebrew… (by script, so "az-Arab" is right to left and "az" is not); left to right otherwise,
 * and for a tag that is not well formed.
 */
export function textDirection(locale: string): TextDirection {
  const script = scriptOf(locale);
  return script !== undefined && RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
}

/**
 * The calendar shown beside the Gregorian date for a reader in `locale`, by default:
 * - Persian (fa, and Dari, fa-AF or prs) and Pashto (ps): the Solar Hijri calendar, official in
 *   Iran and Afghanistan;
 * - Arabic in Saudi Arabia (ar-SA): the Umm al-Qura Hijri calendar, its official one;
 * - any other Arabic (ar, ar-EG…) and every other locale: none. Most Arabic-speaking countries
 *   date civil life in the Gregorian calendar; the setting shows a Hijri date for those who want it.
 */
export function defaultSecondCalendar(locale: string): SecondCalendar | null {
  const canonical = canonicalLanguageTag(locale);
  if (!canonical) return null;
  const { language, region } = new Intl.Locale(canonical);
  if (language === 'fa' || language === 'prs' || language === 'ps') return 'persian';
  if (language === 'ar' && region === 'SA') return 'islamic-umalqura';
  return null;
}

/** The attributes of an element holding text in a declared language (or in an unknown one). */
export interface TextLanguage {
  /** '' : unknown (HTML's way of saying so), rather than the interface's language. */
  lang: string;
  dir: TextDirection | 'auto';
}

/**
 * How to mark up a string of data whose language is `tag` (a dataset's or a source's `lang`):
 * with its language and that language's direction. With no (usable) tag, its language is unknown
 * (`lang=""`: an English title in a Persian page is not Persian, for a screen reader's voice or
 * the quotation marks) and `dir="auto"`: the browser takes the direction from the text's first
 * strong character rather than from the page.
 */
export function textLanguage(tag: string | undefined): TextLanguage {
  const canonical = tag === undefined ? null : canonicalLanguageTag(tag);
  if (!canonical) return { lang: '', dir: 'auto' };
  return { lang: canonical, dir: textDirection(canonical) };
}

/**
 * Whether the date proposals (src/authoring: chrono-node and the news readings, English words
 * only) can read an article in `tag`: English, or a language not said (taken to be English, as
 * every article was before `lang`).
 */
export function datesProposedIn(tag: string | undefined): boolean {
  if (tag === undefined || tag.trim() === '') return true;
  const canonical = canonicalLanguageTag(tag.trim());
  return canonical !== null && new Intl.Locale(canonical).language === 'en';
}
