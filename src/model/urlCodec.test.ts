import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, isoDay, parseIsoDay } from '../dataset/edtf';
import { withoutMarks } from './bidi';
import { LOCALES } from './locales';
import {
  datasetUrlProblem,
  decodeView,
  encodeView,
  isDatasetUrl,
  MAX_LIST_ITEMS,
  MAX_PARAM_LENGTH,
  MAX_QUERY_LENGTH,
  PARAMS,
} from './urlCodec';
import { DEFAULT_VIEW, type ViewState } from './viewState';

/** decodeView, its notices read as text (the isolation marks around quoted values taken out). */
function decodeViewPlain(search: string) {
  const result = decodeView(search);
  return { ...result, notices: result.notices.map((notice) => withoutMarks(notice.text)) };
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function day(iso: string): number {
  const n = parseIsoDay(iso);
  if (n === null) throw new Error(`not a day: ${iso}`);
  return n;
}

const FIRST_DAY = day('-9999-01-01');
const LAST_DAY = day('9999-12-31');

type ViewChanges = Partial<Omit<ViewState, 'filters'>> & {
  filters?: Partial<ViewState['filters']>;
};

function view(changes: ViewChanges): ViewState {
  return {
    ...DEFAULT_VIEW,
    ...changes,
    filters: { ...DEFAULT_VIEW.filters, ...changes.filters },
  };
}

describe('decodeView: parameters', () => {
  it('gives the default view for an empty query string', () => {
    expect(decodeViewPlain('')).toEqual({ view: DEFAULT_VIEW, notices: [] });
    expect(decodeViewPlain('?')).toEqual({ view: DEFAULT_VIEW, notices: [] });
  });

  it('reads every parameter', () => {
    const { view: decoded, notices } = decodeViewPlain(
      '?dataset=doha-talks-2021&event=doha-talks&actors=taliban,united-states&match=all' +
        '&kinds=diplomacy,statement&q=talks+in+Doha&day=2021-10-09&from=2021-08-01&to=2021-10-31&group=kind' +
        '&embed=1&lang=fa&status=disputed',
    );
    expect(notices).toEqual([]);
    expect(decoded).toEqual({
      dataset: 'doha-talks-2021',
      event: 'doha-talks',
      filters: {
        actors: ['taliban', 'united-states'],
        match: 'all',
        kinds: ['diplomacy', 'statement'],
        query: 'talks in Doha',
        day: day('2021-10-09'),
        support: 'disputed',
      },
      window: { from: day('2021-08-01'), to: day('2021-10-31') },
      group: 'kind',
      embed: true,
      lang: 'fa',
    });
  });

  it('reads a dataset address', () => {
    const url = 'https://example.org/data/timeline.json?v=2';
    expect(decodeViewPlain(`?dataset=${encodeURIComponent(url)}`).view.dataset).toBe(url);
    expect(decodeViewPlain('?dataset=http://example.org/a.json').view.dataset).toBe(
      'http://example.org/a.json',
    );
  });

  it('reads and writes each support status, and refuses others with a notice', () => {
    for (const status of ['disputed', 'single-source'] as const) {
      const { view, notices } = decodeViewPlain(`?status=${status}`);
      expect(notices).toEqual([]);
      expect(view.filters.support).toBe(status);
      expect(encodeView(view)).toBe(`?status=${status}`);
    }
    const { view, notices } = decodeViewPlain('?status=corroborated&kinds=attack');
    expect(view.filters).toEqual({ ...DEFAULT_VIEW.filters, kinds: ['attack'] });
    expect(notices).toEqual([
      'The link’s “status” must be “disputed” or “single-source”, not “corroborated”; it was ignored.',
    ]);
    expect(encodeView(DEFAULT_VIEW)).toBe('');
  });

  it('reads each grouping and match', () => {
    for (const group of ['none', 'kind', 'actor'] as const) {
      expect(decodeViewPlain(`?group=${group}`).view.group).toBe(group);
    }
    expect(decodeViewPlain('?match=any').view.filters.match).toBe('any');
    expect(decodeViewPlain('?match=all').view.filters.match).toBe('all');
  });

  it('trims the search text and list items, and drops duplicate and empty ids', () => {
    const { view: decoded, notices } = decodeViewPlain(
      '?q=%20%20Doha%20%20&actors=taliban,,%20qatar%20,taliban',
    );
    expect(decoded.filters.query).toBe('Doha');
    expect(decoded.filters.actors).toEqual(['taliban', 'qatar']);
    expect(notices).toEqual([]);
  });

  it('reads a one-day window', () => {
    expect(decodeViewPlain('?from=2021-10-08&to=2021-10-08').view.window).toEqual({
      from: day('2021-10-08'),
      to: day('2021-10-08'),
    });
  });

  it('reads and writes a window in deep time (years of five and six digits)', () => {
    const window = {
      from: dayNumber({ year: -120000, month: 1, day: 1 }),
      to: dayNumber({ year: 12000, month: 6, day: 30 }),
    };
    const query = encodeView({ ...DEFAULT_VIEW, window });
    expect(query).toContain('from=-120000-01-01');
    expect(query).toContain('to=12000-06-30');
    expect(decodeViewPlain(query).view.window).toEqual(window);
    // Leading zeros beyond four digits are not a year.
    expect(decodeViewPlain('?from=-012000-01-01&to=2021-01-01').view.window).toBeNull();
  });
});

describe('encodeView', () => {
  it('leaves defaults out', () => {
    expect(encodeView(DEFAULT_VIEW)).toBe('');
    expect(encodeView(view({ filters: { query: '   ' } }))).toBe('');
    expect(encodeView(view({ event: 'doha-talks' }))).toBe('?event=doha-talks');
    expect(encodeView(view({ group: 'actor' }))).toBe('?group=actor');
    expect(encodeView(view({ filters: { match: 'all' } }))).toBe('?match=all');
  });

  it('writes readable links: literal commas, colons and slashes, + for spaces', () => {
    const link = encodeView(
      view({
        dataset: 'https://example.org/a b.json',
        event: 'doha-talks',
        filters: {
          actors: ['taliban', 'united-states'],
          kinds: ['diplomacy', 'attack'],
          query: ' Shia mosque & more ',
        },
        window: { from: day('2021-08-30'), to: day('2021-10-10') },
      }),
    );
    expect(link).toBe(
      '?dataset=https://example.org/a+b.json&event=doha-talks&actors=taliban,united-states' +
        '&kinds=diplomacy,attack&q=Shia+mosque+%26+more&from=2021-08-30&to=2021-10-10',
    );
  });

  it('encodes a search text with a lone surrogate instead of throwing', () => {
    const link = encodeView(view({ filters: { query: 'a\uD800b 😀' } }));
    expect(link).toBe(`?q=a${encodeURIComponent('\uFFFD')}b+${encodeURIComponent('😀')}`);
    expect(decodeViewPlain(link).view.filters.query).toBe('a\uFFFDb 😀');
  });

  it('writes parameters in a fixed order', () => {
    const link = encodeView(
      view({
        embed: true,
        lang: 'de',
        group: 'kind',
        dataset: 'x',
        filters: { match: 'all', kinds: ['a'], actors: ['b'] },
      }),
    );
    expect(link).toBe('?dataset=x&actors=b&match=all&kinds=a&group=kind&embed=1&lang=de');
  });
});

describe('embed', () => {
  it('reads embed=1 as the compact view and embed=0 (or none) as the full one', () => {
    expect(decodeView('?embed=1')).toEqual({ view: view({ embed: true }), notices: [] });
    expect(decodeView('?event=doha-talks&embed=1').view).toEqual(
      view({ event: 'doha-talks', embed: true }),
    );
    expect(decodeView('?embed=0')).toEqual({ view: DEFAULT_VIEW, notices: [] });
    expect(decodeView('?embed=')).toEqual({ view: DEFAULT_VIEW, notices: [] });
  });

  it('ignores any other value with a notice, and keeps the rest of the link', () => {
    expect(decodeViewPlain('?embed=yes&group=kind')).toEqual({
      view: view({ group: 'kind' }),
      notices: ['The link’s “embed” must be “1” or “0”, not “yes”; it was ignored.'],
    });
  });

  it('writes embed=1 only for the compact view', () => {
    expect(encodeView(view({ embed: true }))).toBe('?embed=1');
    expect(encodeView(view({ embed: false, event: 'a' }))).toBe('?event=a');
  });
});

describe('lang', () => {
  it('reads one of the interface languages, and writes it only when chosen', () => {
    expect(decodeView('?lang=fr')).toEqual({ view: view({ lang: 'fr' }), notices: [] });
    expect(encodeView(view({ lang: 'ps', event: 'a' }))).toBe('?event=a&lang=ps');
    expect(encodeView(view({ lang: null, event: 'a' }))).toBe('?event=a');
  });

  it('ignores any other language with a notice, and keeps the rest of the link', () => {
    const decoded = decodeViewPlain('?lang=xx-evil&event=a');
    expect(decoded.view).toEqual(view({ event: 'a' }));
    expect(decoded.notices).toEqual([
      'The link’s “lang” must be one of “en”, “fr”, “es”, “de”, “ar”, “fa”, “ps”, not “xx-evil”; it was ignored.',
    ]);
  });
});

describe('decodeView: notices', () => {
  const notices = (search: string) => decodeViewPlain(search).notices;

  it('uses the first of repeated parameters', () => {
    const decoded = decodeViewPlain('?event=first&event=second');
    expect(decoded.view.event).toBe('first');
    expect(decoded.notices).toEqual(['The link repeats “event”; only its first value is used.']);
  });

  it('names unknown parameters (at most five)', () => {
    expect(notices('?utm_source=x&fbclid=y&event=a')).toEqual([
      'Unknown link parameters were ignored: “utm_source”, “fbclid”.',
    ]);
    expect(notices('?a=1&b=2&c=3&d=4&e=5&f=6')).toEqual([
      'Unknown link parameters were ignored: “a”, “b”, “c”, “d”, “e”.',
    ]);
  });

  it('ignores ids that are not slugs and keeps the rest', () => {
    const decoded = decodeViewPlain('?actors=taliban,Bad%20Id,%3Cscript%3E,qatar');
    expect(decoded.view.filters.actors).toEqual(['taliban', 'qatar']);
    expect(decoded.notices).toEqual([
      'The link’s “actors” has values that are not ids: “Bad Id”, “<script>”; they were ignored.',
    ]);
    expect(notices('?kinds=ATTACK')).toEqual([
      'The link’s “kinds” has values that are not ids: “ATTACK”; they were ignored.',
    ]);
    expect(decodeViewPlain('?event=Not_an_id')).toEqual({
      view: DEFAULT_VIEW,
      notices: ['The link’s “event” is not an event id: “Not_an_id”.'],
    });
  });

  it('rejects a bad match or group', () => {
    expect(decodeViewPlain('?match=some')).toEqual({
      view: DEFAULT_VIEW,
      notices: ['The link’s “match” must be “any” or “all”, not “some”; it was ignored.'],
    });
    expect(notices('?group=year')).toEqual([
      'The link’s “group” must be “none” or “kind” or “actor”, not “year”; it was ignored.',
    ]);
  });

  it('rejects malformed dates', () => {
    for (const bad of ['2021-02-30', '2021-2-3', 'yesterday', '2021-10-08T00:00']) {
      expect(decodeViewPlain(`?from=${bad}&to=2021-10-10`)).toEqual({
        view: DEFAULT_VIEW,
        notices: [
          `The link’s “from” is not a date (YYYY-MM-DD): “${bad}”; the time window was ignored.`,
        ],
      });
    }
    expect(notices('?from=2021-10-01&to=2021-13-01')).toEqual([
      'The link’s “to” is not a date (YYYY-MM-DD): “2021-13-01”; the time window was ignored.',
    ]);
  });

  it('rejects a day that is not a date', () => {
    expect(decodeViewPlain('?day=2021-02-30')).toEqual({
      view: DEFAULT_VIEW,
      notices: ['The link’s “day” is not a date (YYYY-MM-DD): “2021-02-30”; it was ignored.'],
    });
  });

  it('needs both from and to', () => {
    const message = 'The link gives only one of “from” and “to”; the time window was ignored.';
    expect(decodeViewPlain('?from=2021-10-01')).toEqual({ view: DEFAULT_VIEW, notices: [message] });
    expect(notices('?to=2021-10-01')).toEqual([message]);
  });

  it('rejects a window that starts after it ends', () => {
    expect(decodeViewPlain('?from=2021-10-10&to=2021-10-01')).toEqual({
      view: DEFAULT_VIEW,
      notices: [
        'The link’s “from” (2021-10-10) is after its “to” (2021-10-01); the time window was ignored.',
      ],
    });
  });

  it('ignores overlong parameters without echoing them', () => {
    const long = 'a'.repeat(MAX_PARAM_LENGTH + 1);
    const decoded = decodeViewPlain(`?actors=${long}&event=doha-talks`);
    expect(decoded.view).toEqual(view({ event: 'doha-talks' }));
    expect(decoded.notices).toEqual([
      `The link’s “actors” is too long (${MAX_PARAM_LENGTH + 1} characters) and was ignored.`,
    ]);
  });

  it('cuts a long search text and a long id list', () => {
    const decoded = decodeViewPlain(`?q=${'x'.repeat(MAX_QUERY_LENGTH + 50)}`);
    expect(decoded.view.filters.query).toHaveLength(MAX_QUERY_LENGTH);
    expect(decoded.notices).toEqual([
      `The link’s search text was cut to ${MAX_QUERY_LENGTH} characters.`,
    ]);
    const ids = Array.from({ length: MAX_LIST_ITEMS + 5 }, (_, i) => `k${i}`);
    const list = decodeViewPlain(`?kinds=${ids.join(',')}`);
    expect(list.view.filters.kinds).toEqual(ids.slice(0, MAX_LIST_ITEMS));
    expect(list.notices).toEqual([
      `The link’s “kinds” lists more than ${MAX_LIST_ITEMS} ids; the rest were ignored.`,
    ]);
  });

  it('cuts the search text between code points and without a trailing space', () => {
    const emoji = decodeViewPlain(
      `?q=${'x'.repeat(MAX_QUERY_LENGTH - 1)}${encodeURIComponent('😀')}`,
    );
    expect(emoji.view.filters.query).toBe('x'.repeat(MAX_QUERY_LENGTH - 1));
    // The decoded view encodes (encodeURIComponent throws on a lone surrogate) and comes back.
    expect(decodeViewPlain(encodeView(emoji.view))).toEqual({ view: emoji.view, notices: [] });
    const spaced = decodeViewPlain(`?q=${'x'.repeat(MAX_QUERY_LENGTH - 1)}+yyy`);
    expect(spaced.view.filters.query).toBe('x'.repeat(MAX_QUERY_LENGTH - 1));
  });

  it('rejects a dataset that is neither an id nor an http(s) address', () => {
    for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', 'Doha Talks', 'data:,{}']) {
      expect(decodeViewPlain(`?dataset=${encodeURIComponent(bad)}`)).toEqual({
        view: DEFAULT_VIEW,
        notices: [
          `The link’s “dataset” is neither a dataset id nor an http(s) address: “${bad}”; the default dataset is shown.`,
        ],
      });
    }
  });

  it('refuses an address with a user name or password, without showing it', () => {
    for (const bad of [
      'https://user:secret@example.org/a.json',
      'https://user@example.org/a.json',
      'http://:secret@example.org/a.json',
    ]) {
      expect(isDatasetUrl(bad)).toBe(false);
      expect(datasetUrlProblem(bad)).toBe(
        'Addresses with a user name or password are not supported',
      );
      const decoded = decodeViewPlain(`?dataset=${encodeURIComponent(bad)}`);
      expect(decoded).toEqual({
        view: DEFAULT_VIEW,
        notices: [
          'The link’s “dataset” is an address with a user name or password. Addresses with a user name or password are not supported; the default dataset is shown.',
        ],
      });
      expect(decoded.notices.join()).not.toContain('secret');
    }
    // An @ elsewhere is no user name.
    expect(datasetUrlProblem('https://example.org/@team/a.json?by=a@b.org')).toBeNull();
    expect(datasetUrlProblem('ftp://example.org/a.json')).toBe(
      'Give an address starting with https:// or http://',
    );
    expect(datasetUrlProblem('not an address')).toBe(
      'Give an address starting with https:// or http://',
    );
  });

  it('shortens long values in notices', () => {
    const [notice] = notices(`?event=${'X'.repeat(100)}`);
    expect(notice).toBe(`The link’s “event” is not an event id: “${'X'.repeat(40)}…”.`);
  });

  it('reports several problems at once and keeps the valid parts', () => {
    const decoded = decodeViewPlain('?event=ok-id&match=most&group=kind&from=2021-10-01&zzz=1');
    expect(decoded.view).toEqual(view({ event: 'ok-id', group: 'kind' }));
    expect(decoded.notices).toHaveLength(3);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

/** Every field has its type and every rule holds. */
function assertValidView(v: ViewState): void {
  expect(Object.keys(v).sort()).toEqual([
    'dataset',
    'embed',
    'event',
    'filters',
    'group',
    'lang',
    'window',
  ]);
  expect(typeof v.embed).toBe('boolean');
  expect(Object.keys(v.filters).sort()).toEqual([
    'actors',
    'day',
    'kinds',
    'match',
    'query',
    'support',
  ]);
  expect(['any', 'disputed', 'single-source']).toContain(v.filters.support);
  if (v.filters.day !== null) expect(Number.isInteger(v.filters.day)).toBe(true);
  if (v.dataset !== null) {
    expect(typeof v.dataset).toBe('string');
    expect(SLUG.test(v.dataset) || isDatasetUrl(v.dataset)).toBe(true);
  }
  if (v.event !== null) expect(v.event).toMatch(SLUG);
  for (const ids of [v.filters.actors, v.filters.kinds]) {
    expect(Array.isArray(ids)).toBe(true);
    expect(ids.length).toBeLessThanOrEqual(MAX_LIST_ITEMS);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(SLUG);
  }
  expect(['any', 'all']).toContain(v.filters.match);
  expect(typeof v.filters.query).toBe('string');
  expect(v.filters.query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
  expect(v.filters.query).toBe(v.filters.query.trimStart());
  expect(['none', 'kind', 'actor']).toContain(v.group);
  if (v.window !== null) {
    expect(Number.isInteger(v.window.from)).toBe(true);
    expect(Number.isInteger(v.window.to)).toBe(true);
    expect(v.window.from).toBeLessThanOrEqual(v.window.to);
  }
}

const slugArb = fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,2}$/);

/** Values a hostile or broken link might carry for a known parameter. */
const paramValueArb = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ maxLength: 30 }),
  slugArb,
  fc
    .array(fc.oneof(slugArb, fc.string({ maxLength: 8 })), { maxLength: 8 })
    .map((ids) => ids.join(',')),
  fc.integer({ min: FIRST_DAY - 1_000, max: LAST_DAY + 1_000 }).map(isoDay),
  fc.constantFrom('any', 'all', 'none', 'kind', 'actor', '', ' ', '..', '%', '%zz', '&', '='),
  fc.webUrl(),
  fc.string({ maxLength: 3 }).map((s) => s.repeat(800)),
);

describe('decodeView properties', () => {
  it('never throws and returns a valid view for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (search) => {
        const { view: decoded, notices } = decodeViewPlain(search);
        assertValidView(decoded);
        expect(notices.every((notice) => typeof notice === 'string')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws and returns a valid view for any values of the known parameters', () => {
    const entries = fc.array(fc.tuple(fc.constantFrom(...PARAMS), paramValueArb), {
      maxLength: 14,
    });
    fc.assert(
      fc.property(entries, fc.boolean(), (pairs, raw) => {
        // Either properly encoded, or pasted raw with whatever characters the values have.
        const search = raw
          ? `?${pairs.map(([key, value]) => `${key}=${value}`).join('&')}`
          : `?${new URLSearchParams(pairs).toString()}`;
        const { view: decoded } = decodeViewPlain(search);
        assertValidView(decoded);
        // What the link decodes to encodes to a link that decodes to the same (idempotent).
        expect(decodeViewPlain(encodeView(decoded))).toEqual({ view: decoded, notices: [] });
      }),
      { numRuns: 1_000 },
    );
  });
});

describe('encodeView properties', () => {
  it('never throws, whatever the search text, and its link decodes to a valid view', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 250 }), (query) => {
        const link = encodeView(view({ filters: { query } }));
        const decoded = decodeViewPlain(link);
        assertValidView(decoded.view);
      }),
      { numRuns: 500 },
    );
  });
});

const ids = fc.uniqueArray(slugArb, { maxLength: 12 });
const windowArb = fc
  .tuple(
    fc.integer({ min: FIRST_DAY, max: LAST_DAY }),
    fc.integer({ min: FIRST_DAY, max: LAST_DAY }),
  )
  .map(([a, b]) => ({ from: Math.min(a, b), to: Math.max(a, b) }));
const datasetArb = fc.oneof(slugArb, fc.webUrl({ withQueryParameters: true, withFragments: true }));
const queryArb = fc
  .string({ unit: 'grapheme', maxLength: 80 })
  .map((q) => q.trim())
  .filter((q) => q.length <= MAX_QUERY_LENGTH);

const viewArb: fc.Arbitrary<ViewState> = fc.record({
  dataset: fc.option(datasetArb, { nil: null }),
  event: fc.option(slugArb, { nil: null }),
  filters: fc.record({
    actors: ids,
    match: fc.constantFrom('any' as const, 'all' as const),
    kinds: ids,
    query: queryArb,
    day: fc.option(fc.integer({ min: FIRST_DAY, max: LAST_DAY }), { nil: null }),
    support: fc.constantFrom('any' as const, 'disputed' as const, 'single-source' as const),
  }),
  window: fc.option(windowArb, { nil: null }),
  group: fc.constantFrom('none' as const, 'kind' as const, 'actor' as const),
  embed: fc.boolean(),
  lang: fc.option(fc.constantFrom(...LOCALES), { nil: null }),
});

describe('round trip', () => {
  it('decodeViewPlain(encodeView(v)) gives back every valid view, with no notices', () => {
    fc.assert(
      fc.property(viewArb, (v) => {
        expect(decodeViewPlain(encodeView(v))).toEqual({ view: v, notices: [] });
      }),
      { numRuns: 1_000 },
    );
  });

  it('normalises what the codec normalises: untrimmed search, repeated ids', () => {
    fc.assert(
      fc.property(viewArb, fc.constantFrom(' ', '  ', '\t', '\n'), (v, space) => {
        const messy: ViewState = {
          ...v,
          filters: {
            ...v.filters,
            actors: [...v.filters.actors, ...v.filters.actors],
            query: `${space}${v.filters.query}${space}`,
          },
        };
        expect(decodeViewPlain(encodeView(messy))).toEqual({ view: v, notices: [] });
      }),
      { numRuns: 300 },
    );
  });
});
