// The message catalogues: English bundled with the first paint (it is also every other
// language's reference), the others each in a chunk of their own, fetched when chosen.
import type { Locale } from '../model/locales';
import first from './catalogues/en.json?first';

export type MessageKey = keyof typeof import('./catalogues/en.json');
export type Catalogue = Readonly<Record<MessageKey, string>>;

/**
 * English as the first paint has it: all but the messages of views loaded lazily (the editor, the
 * Export, Embed and Open dialogs), which come with their code (`loadLaterMessages`), added to this
 * same object (a translator reads its messages when it formats one).
 */
export const ENGLISH = first as Catalogue;

let laterMessages: Promise<void> | null = null;

/** Adds the lazy views' English messages to ENGLISH (once); their chunks wait for it. */
export function loadLaterMessages(): Promise<void> {
  laterMessages ??= import('./catalogues/en.json?later').then(
    (part) => {
      Object.assign(ENGLISH, part.default);
    },
    (error: unknown) => {
      laterMessages = null;
      throw error;
    },
  );
  return laterMessages;
}

/** A lazily loaded view, with its English messages in. */
export function withLaterMessages<T>(module: Promise<T>): Promise<T> {
  return Promise.all([module, loadLaterMessages()]).then(([loaded]) => loaded);
}

const others = import.meta.glob<Catalogue>(['./catalogues/*.json', '!./catalogues/en.json'], {
  import: 'default',
});

/** A language's messages; rejects when its chunk cannot be fetched. */
export async function loadCatalogue(locale: Locale): Promise<Catalogue> {
  if (locale === 'en') return ENGLISH;
  const load = others[`./catalogues/${locale}.json`];
  if (!load) throw new Error(`No catalogue for ${locale}`);
  return load();
}
