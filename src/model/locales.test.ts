import { describe, expect, it } from 'vitest';
import { chooseLocale, LOCALES, localeDirection, negotiateLocale } from './locales';

describe('negotiateLocale', () => {
  it('takes the first language the interface speaks, by its primary subtag', () => {
    expect(negotiateLocale(['it-IT', 'fr-CA', 'en'])).toBe('fr');
    expect(negotiateLocale(['de-DE', 'de'])).toBe('de');
    expect(negotiateLocale(['prs-AF'])).toBe('fa');
    expect(negotiateLocale(['ps_AF'])).toBe('ps');
  });

  it('is null when none is spoken', () => {
    expect(negotiateLocale(['it', 'ja'])).toBeNull();
    expect(negotiateLocale([])).toBeNull();
  });
});

describe('chooseLocale', () => {
  it('lets the link win over the saved choice, and that over the browser', () => {
    expect(chooseLocale(['de-DE'], null, null)).toBe('de');
    expect(chooseLocale(['de-DE'], 'fr', null)).toBe('fr');
    expect(chooseLocale(['de-DE'], 'fr', 'fa')).toBe('fa');
  });

  it('ignores a saved value that is no locale, and falls back to English', () => {
    expect(chooseLocale(['de-DE'], 'xx', null)).toBe('de');
    expect(chooseLocale(['ja'], null, null)).toBe('en');
  });
});

describe('localeDirection', () => {
  it('is right to left for Arabic, Persian and Pashto, left to right for the others', () => {
    expect(Object.fromEntries(LOCALES.map((locale) => [locale, localeDirection(locale)]))).toEqual({
      en: 'ltr',
      fr: 'ltr',
      es: 'ltr',
      de: 'ltr',
      ar: 'rtl',
      fa: 'rtl',
      ps: 'rtl',
    });
  });
});
