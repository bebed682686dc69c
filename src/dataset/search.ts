// The text an event is found by: its title, summary and quotes, folded so that "dōha" finds
// "Doha". Computed once per event by the derivation (src/dataset/derive.ts); the filters fold the
// query the same way.
import type { TimelineEvent } from './schema';

/** Lowercases and strips diacritics, so "dōha" finds "Doha". */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');
}

/** The searchable text of an event. */
export function eventSearchText(event: TimelineEvent): string {
  return foldForSearch(
    [event.title, event.summary, ...event.passages.map((passage) => passage.exact)].join('\n'),
  );
}
