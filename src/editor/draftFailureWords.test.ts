// Why a draft was not kept, in the interface's language: the English catalogue says each failure
// exactly as the draft store does, and another language says it in its own words.
import { describe, expect, it } from 'vitest';
import {
  DraftConflictError,
  DraftDeletedError,
  type DraftFailure,
  draftStorageError,
  storageFailureWords,
} from '../drafts/draftStore';
import { translatorFromFile } from '../i18n/catalogueFile';
import type { Locale } from '../model/locales';
import { draftFailureWords } from './draftFailureWords';

const t = (locale: Locale) => translatorFromFile(locale).t;
const CODES: DraftFailure[] = [
  'noIndexedDb',
  'noRoom',
  'noStorage',
  'full',
  'refused',
  'failed',
  'readBack',
];
const conflict = new DraftConflictError(
  { id: 'd', title: 'Doha', revision: 1200, savedAt: 0, pieces: 1, by: 'tab' } as never,
  3,
);

describe('a draft’s storage failure in words', () => {
  it('in English from the catalogue, as the draft store says it', () => {
    for (const code of CODES) {
      const error = draftStorageError(code);
      expect(draftFailureWords(error, t('en'))).toBe(error.message);
    }
    expect(draftFailureWords(conflict, t('en'))).toBe(conflict.message.replace('1200', '1,200'));
    const deleted = new DraftDeletedError('doha-1');
    expect(draftFailureWords(deleted, t('en'))).toBe(deleted.message);
    const quota = new DOMException('over', 'QuotaExceededError');
    expect(draftFailureWords(quota, t('en'))).toBe(storageFailureWords(quota));
  });

  it('in Persian and German, in their words', () => {
    expect(draftFailureWords(draftStorageError('full'), t('fa'))).toMatch(/^فضای ذخیره‌سازی/);
    expect(draftFailureWords(conflict, t('fa'))).toBe(
      'پیش‌نویس «Doha» در زبانهٔ دیگری ذخیره شد (بازبینی ۱٬۲۰۰).',
    );
    expect(draftFailureWords(new DOMException('no', 'SecurityError'), t('de'))).toMatch(
      /^Ihr Browser lässt diese Website keine Daten speichern/,
    );
    // An error of the editor's own (already in the language) keeps its words.
    expect(draftFailureWords(new Error('déjà traduit'), t('fr'))).toBe('déjà traduit');
  });
});
