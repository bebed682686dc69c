// Why the browser would not keep a draft, in the interface's language: the storage's failures by
// their code (drafts/draftStore.ts), and another tab's save or deletion; any other error's own
// message (the editor's own errors are in the language already).
import {
  DraftConflictError,
  DraftDeletedError,
  type DraftFailure,
  DraftStorageError,
  storageFailureCode,
} from '../drafts/draftStore';
import type { MessageKey } from '../i18n/catalogue';
import type { Translator } from '../i18n/translator';

const FAILURES: Readonly<Record<DraftFailure, MessageKey>> = {
  noIndexedDb: 'editor.draftFailure.noIndexedDb',
  noRoom: 'editor.draftFailure.noRoom',
  noStorage: 'editor.draftFailure.noStorage',
  full: 'editor.draftFailure.full',
  refused: 'editor.draftFailure.refused',
  failed: 'editor.draftFailure.failed',
  readBack: 'editor.draftFailure.readBack',
};

/** The words for a failure `code`. */
export function draftFailureCodeWords(code: DraftFailure, t: Translator['t']): string {
  return t(FAILURES[code]);
}

/** The words for an error from the draft store (or anything thrown while using it). */
export function draftFailureWords(error: unknown, t: Translator['t']): string {
  if (error instanceof DraftStorageError) return draftFailureCodeWords(error.code, t);
  if (error instanceof DraftConflictError) {
    return t('editor.draftFailure.conflict', {
      title: error.stored.title,
      revision: error.stored.revision,
    });
  }
  if (error instanceof DraftDeletedError) {
    return t('editor.draftFailure.deleted', { id: error.id });
  }
  // The browser's own refusal (a DOMException) says why in its words, for developers.
  if (error instanceof Error && !(error instanceof DOMException)) return error.message;
  return draftFailureCodeWords(storageFailureCode(error), t);
}
