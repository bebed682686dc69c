// The message catalogues: English bundled with the first paint (it is also every other
// language's reference), the others each in a chunk of their own, fetched when chosen.
import type { Locale } from '../model/locales';
import en from './catalogues/en.json';

export type MessageKey = keyof typeof en;
export type Catalogue = Readonly<Record<MessageKey, string>>;

export const ENGLISH: Catalogue = en;

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
