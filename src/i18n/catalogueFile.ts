// A language's catalogue read from its file (ICU text, as the unit tests' translators use it), and
// a translator made from it. For tests and Node only: the app loads catalogues through Vite
// (catalogue.ts), compiled.
import { readFileSync } from 'node:fs';
import type { Locale } from '../model/locales';
import type { Catalogue } from './catalogue';
import { makeTranslator, type Translator } from './translator';

export function catalogueFile(locale: Locale): Catalogue {
  return JSON.parse(
    readFileSync(new URL(`./catalogues/${locale}.json`, import.meta.url), 'utf8'),
  ) as Catalogue;
}

export function translatorFromFile(locale: Locale): Translator {
  return makeTranslator(locale, catalogueFile(locale));
}
