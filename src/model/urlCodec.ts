// The deep-link codec: a view state to and from the query string. `decodeView` is forgiving: it
// never throws, keeps every valid part of a link and says in a notice what it ignored.
import { type DayNumber, isoDay, parseExtendedIsoDay } from '../dataset/calendar';
import { isolate } from './bidi';
import { isLocale, LOCALES, type Locale } from './locales';
import { type Said, said } from './said';
import {
  type ActorMatch,
  type DayWindow,
  DEFAULT_VIEW,
  EMPTY_FILTERS,
  type Grouping,
  type SupportFilter,
  type ViewState,
} from './viewState';

export const PARAMS = [
  'dataset',
  'event',
  'actors',
  'match',
  'kinds',
  'q',
  'day',
  'status',
  'from',
  'to',
  'group',
  'embed',
  'lang',
] as const;
type Param = (typeof PARAMS)[number];

/** Longest value read from any one parameter; longer ones are ignored as hostile or broken. */
export const MAX_PARAM_LENGTH = 2_000;
export const MAX_LIST_ITEMS = 200;
export const MAX_QUERY_LENGTH = 200;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MATCHES: readonly ActorMatch[] = ['any', 'all'];
const GROUPINGS: readonly Grouping[] = ['none', 'kind', 'actor'];
/** `status`: only the disputed events, or only those resting on a single source. */
const STATUSES: readonly SupportFilter[] = ['disputed', 'single-source'];

export interface DecodedView {
  view: ViewState;
  notices: Said[];
}

/** Shortens a user-supplied value for a notice, so a huge parameter can't flood the screen. */
export function quoteForNotice(value: string, max = 40): string {
  return `“${shortForNotice(value, max)}”`;
}

/** A value for a notice, cut and isolated, without its quotes (the message has them). */
export function shortForNotice(value: string, max = 40): string {
  return isolate(value.length > max ? `${value.slice(0, max)}…` : value);
}

export const CREDENTIALS_REFUSED = 'Addresses with a user name or password are not supported';

/**
 * Why an address cannot be opened as a dataset, or null if it can: it must be http(s), and carry
 * no user name or password (fetch refuses those, and a link should not hold a password).
 */
export function datasetUrlProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'Give an address starting with https:// or http://';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return 'Give an address starting with https:// or http://';
  }
  if (url.username !== '' || url.password !== '') return CREDENTIALS_REFUSED;
  return null;
}

export function isDatasetUrl(value: string): boolean {
  return datasetUrlProblem(value) === null;
}

function readParams(search: string, notices: Said[]): Map<Param, string> {
  const params = new URLSearchParams(search);
  const values = new Map<Param, string>();
  const known = new Set<string>(PARAMS);
  const unknown = new Set<string>();
  for (const [key, value] of params) {
    if (!known.has(key)) {
      unknown.add(key);
      continue;
    }
    const param = key as Param;
    if (values.has(param)) {
      notices.push(
        said(
          'linkRepeated',
          { param },
          `The link repeats “${param}”; only its first value is used.`,
        ),
      );
      continue;
    }
    if (value.length > MAX_PARAM_LENGTH) {
      notices.push(
        said(
          'linkTooLong',
          { param, length: value.length },
          `The link’s “${param}” is too long (${value.length} characters) and was ignored.`,
        ),
      );
      values.set(param, '');
      continue;
    }
    values.set(param, value);
  }
  if (unknown.size > 0) {
    const names = [...unknown].slice(0, 5).map((name) => quoteForNotice(name, 20));
    notices.push(
      said(
        'linkUnknown',
        { names: names.join(', ') },
        `Unknown link parameters were ignored: ${names.join(', ')}.`,
      ),
    );
  }
  return values;
}

function readIdList(raw: string | undefined, param: Param, notices: Said[]): string[] {
  if (!raw) return [];
  const items = raw
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  const valid = [...new Set(items.filter((item) => SLUG.test(item)))];
  const invalid = items.filter((item) => !SLUG.test(item));
  if (invalid.length > 0) {
    const values = invalid
      .slice(0, 3)
      .map((item) => quoteForNotice(item))
      .join(', ');
    notices.push(
      said(
        'linkNotIds',
        { param, values },
        `The link’s “${param}” has values that are not ids: ${values}; they were ignored.`,
      ),
    );
  }
  if (valid.length > MAX_LIST_ITEMS) {
    notices.push(
      said(
        'linkTooMany',
        { param, max: MAX_LIST_ITEMS },
        `The link’s “${param}” lists more than ${MAX_LIST_ITEMS} ids; the rest were ignored.`,
      ),
    );
    return valid.slice(0, MAX_LIST_ITEMS);
  }
  return valid;
}

function readChoice<T extends string>(
  raw: string | undefined,
  param: Param,
  choices: readonly T[],
  fallback: T,
  notices: Said[],
): T {
  if (raw === undefined || raw === '') return fallback;
  if ((choices as readonly string[]).includes(raw)) return raw as T;
  notices.push(
    said(
      'linkBadChoice',
      { param, choices: choices.map((c) => `“${c}”`), value: quoteForNotice(raw) },
      `The link’s “${param}” must be ${choices.map((c) => `“${c}”`).join(' or ')}, not ${quoteForNotice(raw)}; it was ignored.`,
    ),
  );
  return fallback;
}

function readWindow(
  from: string | undefined,
  to: string | undefined,
  notices: Said[],
): DayWindow | null {
  if (!from && !to) return null;
  if (!from || !to) {
    notices.push(
      said(
        'linkHalfWindow',
        {},
        'The link gives only one of “from” and “to”; the time window was ignored.',
      ),
    );
    return null;
  }
  const fromDay = parseExtendedIsoDay(from);
  const toDay = parseExtendedIsoDay(to);
  if (fromDay === null || toDay === null) {
    const bad = fromDay === null ? ['from', from] : ['to', to];
    const value = quoteForNotice(bad[1] ?? '');
    notices.push(
      said(
        'linkWindowNotDate',
        { param: bad[0] ?? '', value },
        `The link’s “${bad[0]}” is not a date (YYYY-MM-DD): ${value}; the time window was ignored.`,
      ),
    );
    return null;
  }
  if (fromDay > toDay) {
    notices.push(
      said(
        'linkWindowReversed',
        { from, to },
        `The link’s “from” (${from}) is after its “to” (${to}); the time window was ignored.`,
      ),
    );
    return null;
  }
  return { from: fromDay, to: toDay };
}

function readDay(raw: string | undefined, notices: Said[]): DayNumber | null {
  if (!raw) return null;
  const day = parseExtendedIsoDay(raw);
  if (day === null) {
    notices.push(
      said(
        'linkDayNotDate',
        { value: quoteForNotice(raw) },
        `The link’s “day” is not a date (YYYY-MM-DD): ${quoteForNotice(raw)}; it was ignored.`,
      ),
    );
  }
  return day;
}

/** `embed=1` asks for the compact view (`embed=0`, or none, for the full one). */
function readEmbed(raw: string | undefined, notices: Said[]): boolean {
  if (raw === undefined || raw === '' || raw === '0') return false;
  if (raw === '1') return true;
  notices.push(
    said(
      'linkBadEmbed',
      { value: quoteForNotice(raw) },
      `The link’s “embed” must be “1” or “0”, not ${quoteForNotice(raw)}; it was ignored.`,
    ),
  );
  return false;
}

/** `lang` names one of the interface's languages. */
function readLang(raw: string | undefined, notices: Said[]): Locale | null {
  if (raw === undefined || raw === '') return null;
  if (isLocale(raw)) return raw;
  const choices = LOCALES.map((l) => `“${l}”`);
  notices.push(
    said(
      'linkBadLang',
      { choices, value: quoteForNotice(raw) },
      `The link’s “lang” must be one of ${choices.join(', ')}, not ${quoteForNotice(raw)}; it was ignored.`,
    ),
  );
  return null;
}

/** A draft kept in this browser, named in a link's `dataset` as `draft:<id>`. */
const DRAFT = /^draft:([a-z0-9]+(?:-[a-z0-9]+)*)$/;

export function draftParam(id: string): string {
  return `draft:${id}`;
}

/** The draft a `dataset` parameter names, or null. */
export function draftOf(dataset: string | null): string | null {
  return dataset ? (DRAFT.exec(dataset)?.[1] ?? null) : null;
}

function readDataset(raw: string | undefined, notices: Said[]): string | null {
  if (!raw) return null;
  if (SLUG.test(raw) || isDatasetUrl(raw) || DRAFT.test(raw)) return raw;
  if (datasetUrlProblem(raw) === CREDENTIALS_REFUSED) {
    // Not quoted: the notice would show the password on screen.
    notices.push(
      said(
        'linkDatasetCredentials',
        {},
        `The link’s “dataset” is an address with a user name or password. ${CREDENTIALS_REFUSED}; the default dataset is shown.`,
      ),
    );
    return null;
  }
  notices.push(
    said(
      'linkBadDataset',
      { value: quoteForNotice(raw) },
      `The link’s “dataset” is neither a dataset id nor an http(s) address: ${quoteForNotice(raw)}; the default dataset is shown.`,
    ),
  );
  return null;
}

export function decodeView(search: string): DecodedView {
  const notices: Said[] = [];
  const values = readParams(search, notices);
  const get = (param: Param) => values.get(param);

  const eventRaw = get('event');
  let event: string | null = null;
  if (eventRaw) {
    if (SLUG.test(eventRaw)) event = eventRaw;
    else {
      notices.push(
        said(
          'linkBadEvent',
          { value: quoteForNotice(eventRaw) },
          `The link’s “event” is not an event id: ${quoteForNotice(eventRaw)}.`,
        ),
      );
    }
  }
  let query = (get('q') ?? '').trim();
  if (query.length > MAX_QUERY_LENGTH) {
    notices.push(
      said(
        'linkQueryCut',
        { max: MAX_QUERY_LENGTH },
        `The link’s search text was cut to ${MAX_QUERY_LENGTH} characters.`,
      ),
    );
    // Cut between code points and without trailing space, so the view encodes back to itself.
    query = query
      .slice(0, MAX_QUERY_LENGTH)
      .replace(/[\uD800-\uDBFF]$/, '')
      .trimEnd();
  }
  const view: ViewState = {
    dataset: readDataset(get('dataset'), notices),
    event,
    filters: {
      actors: readIdList(get('actors'), 'actors', notices),
      match: readChoice(get('match'), 'match', MATCHES, EMPTY_FILTERS.match, notices),
      kinds: readIdList(get('kinds'), 'kinds', notices),
      query,
      day: readDay(get('day'), notices),
      support: readChoice<SupportFilter>(get('status'), 'status', STATUSES, 'any', notices),
    },
    window: readWindow(get('from'), get('to'), notices),
    group: readChoice(get('group'), 'group', GROUPINGS, DEFAULT_VIEW.group, notices),
    embed: readEmbed(get('embed'), notices),
    lang: readLang(get('lang'), notices),
  };
  return { view, notices };
}

/** Percent-encodes a value but keeps the characters that read well and are safe in a query. */
function encodeValue(value: string): string {
  // encodeURIComponent throws on a lone surrogate (text typed or pasted into the search box).
  return encodeURIComponent(value.replace(/\p{Cs}/gu, '\uFFFD'))
    .replace(/%2C/g, ',')
    .replace(/%3A/g, ':')
    .replace(/%2F/g, '/')
    .replace(/%20/g, '+');
}

/** The query string (with its `?`, or empty) for a view; defaults are left out. */
export function encodeView(view: ViewState): string {
  const parts: Array<[Param, string]> = [];
  if (view.dataset) parts.push(['dataset', view.dataset]);
  if (view.event) parts.push(['event', view.event]);
  if (view.filters.actors.length > 0) parts.push(['actors', view.filters.actors.join(',')]);
  if (view.filters.match !== EMPTY_FILTERS.match) parts.push(['match', view.filters.match]);
  if (view.filters.kinds.length > 0) parts.push(['kinds', view.filters.kinds.join(',')]);
  if (view.filters.query.trim() !== '') parts.push(['q', view.filters.query.trim()]);
  if (view.filters.day !== null) parts.push(['day', isoDay(view.filters.day)]);
  if (view.filters.support !== 'any') parts.push(['status', view.filters.support]);
  if (view.window) {
    parts.push(['from', isoDay(view.window.from)]);
    parts.push(['to', isoDay(view.window.to)]);
  }
  if (view.group !== DEFAULT_VIEW.group) parts.push(['group', view.group]);
  if (view.embed) parts.push(['embed', '1']);
  if (view.lang) parts.push(['lang', view.lang]);
  if (parts.length === 0) return '';
  return `?${parts.map(([key, value]) => `${key}=${encodeValue(value)}`).join('&')}`;
}
