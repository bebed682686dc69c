// Making a timeline from one's own article: the "New timeline" form's checks and the dataset a
// filled-in form starts. Pure: the dialog shows the problems and the person decides.
import { parseIsoDay } from '../dataset/calendar';
import { canonicalLanguageTag } from '../dataset/languageTag';
import { DATASET_FORMAT, type Dataset } from '../dataset/schema';
import { hasVisibleCharacter } from '../dataset/visible';
import { uniqueId } from './uniqueId';

export interface NewSourceInput {
  text: string;
  title: string;
  publisher: string;
  author: string;
  /** `YYYY-MM-DD`: the anchor for the article's relative dates. */
  published: string;
  /** Optional; http(s) only. */
  url: string;
  /** The article's language, a BCP 47 tag ("en", "fa", "ps"); '' or absent when not said. */
  lang?: string;
}

export interface NewTimelineInput {
  title: string;
  sources: NewSourceInput[];
}

/** A form field's problem, named so the form can show it beside the field. */
export interface FieldProblem {
  /** `title`, or `sources[0].published`… */
  field: string;
  message: string;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (
      (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password
    );
  } catch {
    return false;
  }
}

/** What is wrong with an article's publication day as typed, or null. */
export function publishedProblem(value: string): string | null {
  return parseIsoDay(value.trim()) === null
    ? 'Give the day it was published (YYYY-MM-DD): relative dates are resolved from it.'
    : null;
}

/** What is wrong with an article's language as typed (none is fine), or null. */
export function languageProblem(value: string): string | null {
  return value.trim() === '' || canonicalLanguageTag(value.trim()) !== null
    ? null
    : 'Give a language tag, such as en, fa (Dari, Persian), ps (Pashto) or ar (Arabic).';
}

/** What is wrong with an article's address as typed (none is fine), or null. */
export function addressProblem(value: string): string | null {
  return value.trim() === '' || isHttpUrl(value.trim())
    ? null
    : 'An address must start with https:// or http:// (no user name or password).';
}

/** What the "New timeline" form still needs, field by field (empty: ready to start). */
export function checkNewTimeline(input: NewTimelineInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!hasVisibleCharacter(input.title))
    problems.push({ field: 'title', message: 'Give the timeline a title.' });
  if (input.sources.length === 0) {
    problems.push({ field: 'sources', message: 'Add the text of at least one article.' });
  }
  input.sources.forEach((source, i) => {
    const at = (name: string) => `sources[${i}].${name}`;
    if (!hasVisibleCharacter(source.text))
      problems.push({ field: at('text'), message: 'Paste or open the article’s text.' });
    if (!hasVisibleCharacter(source.title))
      problems.push({ field: at('title'), message: 'Give the article’s title.' });
    if (!hasVisibleCharacter(source.publisher)) {
      problems.push({ field: at('publisher'), message: 'Name the publisher.' });
    }
    if (!hasVisibleCharacter(source.author)) {
      problems.push({ field: at('author'), message: 'Name the author (or “Staff”).' });
    }
    const published = publishedProblem(source.published);
    if (published) problems.push({ field: at('published'), message: published });
    const address = addressProblem(source.url);
    if (address) problems.push({ field: at('url'), message: address });
    const language = languageProblem(source.lang ?? '');
    if (language) problems.push({ field: at('lang'), message: language });
  });
  return problems;
}

/** The dataset a filled-in "New timeline" form starts (check it with checkNewTimeline first). */
export function newDraft(input: NewTimelineInput): Dataset {
  const ids = new Set<string>();
  const sources = input.sources.map((source) => {
    const id = uniqueId(source.title, 'article', ids);
    ids.add(id);
    const url = source.url.trim();
    const typed = source.lang?.trim() ?? '';
    const lang = typed === '' ? null : canonicalLanguageTag(typed);
    return {
      id,
      title: source.title.trim(),
      publisher: source.publisher.trim(),
      author: source.author.trim(),
      published: source.published.trim(),
      ...(url ? { url } : {}),
      ...(lang ? { lang } : {}),
      text: source.text,
    };
  });
  // The events' words come from the articles' sentences: in their language when they share one.
  const languages = new Set(sources.map((source) => source.lang));
  const [lang] = languages;
  return {
    format: DATASET_FORMAT,
    id: uniqueId(input.title, 'timeline', new Set()),
    title: input.title.trim(),
    ...(languages.size === 1 && lang ? { lang } : {}),
    sources,
    actors: [],
    events: [],
  };
}
