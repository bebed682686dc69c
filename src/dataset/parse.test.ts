import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type ParseOptions, parseDataset } from './parse';
import type { Problem } from './problem';
import type { Dataset } from './schema';
import type { LoadedDataset } from './types';

const SEED_FILE = new URL('../../data/doha-talks-2021.json', import.meta.url);
const seed = JSON.parse(readFileSync(SEED_FILE, 'utf8')) as Dataset;

/** An element that must exist (keeps the tests free of non-null assertions). */
function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`no element at ${index}`);
  return item;
}

/** A deep copy of the seed dataset with one thing broken. */
function broken(edit: (dataset: Dataset) => void): Dataset {
  const copy = structuredClone(seed);
  edit(copy);
  return copy;
}

/** The problems as the command-line tools write them: path and English message. */
function problemsOf(input: unknown, anchors: ParseOptions['anchors'] = 'strict'): Problem[] {
  return codedProblemsOf(input, anchors).map(({ path, message }) => ({ path, message }));
}

function codedProblemsOf(input: unknown, anchors: ParseOptions['anchors'] = 'strict'): Problem[] {
  const result = parseDataset(input, { anchors });
  if (result.ok) throw new Error('expected the dataset to be rejected');
  return result.problems;
}

function loaded(input: unknown, anchors: ParseOptions['anchors'] = 'strict'): LoadedDataset {
  const result = parseDataset(input, { anchors });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

const sourceText = at(seed.sources, 0).text;
const passage = (e: number, p: number) => at(at(seed.events, e).passages, p);
/** events[13].passages[1] of the seed: a quote about the mosque bombing, 2383–2446. */
const mosque = passage(13, 1);

describe('the seed dataset', () => {
  it('passes strict validation with no problems and no warnings', () => {
    const result = parseDataset(seed, { anchors: 'strict' });
    expect(result).toMatchObject({ ok: true, value: { warnings: [] } });
  });

  it('has 18 events, in date order, every passage anchored exactly', () => {
    const value = loaded(seed);
    expect(value.events).toHaveLength(18);
    const days = value.events.map((event) => event.sortDay);
    expect(days).toEqual([...days].sort((a, b) => a - b));
    for (const event of value.events) {
      expect(event.anchors).toHaveLength(event.event.passages.length);
      event.anchors.forEach((anchor, p) => {
        const { start, end } = at(event.event.passages, p);
        expect(anchor).toEqual({ start, end, state: 'exact', score: 1 });
      });
    }
  });

  it('also loads in repair mode without warnings', () => {
    expect(loaded(seed, 'repair').warnings).toEqual([]);
  });
});

describe('format', () => {
  it('rejects input that is not an object', () => {
    for (const input of [null, [], 'sourceline/1', 42]) {
      expect(problemsOf(input)).toEqual([{ path: '', message: 'a dataset must be a JSON object' }]);
    }
  });

  it('says a file without a format is not a Sourceline dataset', () => {
    const input = broken((d) => Reflect.deleteProperty(d, 'format'));
    expect(problemsOf(input)).toEqual([
      {
        path: 'format',
        message: 'missing: this is not a Sourceline dataset (expected "format": "sourceline/1")',
      },
    ]);
  });

  it('names an unsupported format and stops there', () => {
    const input = broken((d) => {
      Object.assign(d, { format: 'sourceline/2' });
      Reflect.deleteProperty(d, 'title');
    });
    expect(problemsOf(input)).toEqual([
      { path: 'format', message: 'unsupported format "sourceline/2" (expected "sourceline/1")' },
    ]);
  });
});

describe('schema rules', () => {
  it('reports a missing required field', () => {
    expect(problemsOf(broken((d) => Reflect.deleteProperty(at(d.events, 2), 'title')))).toEqual([
      { path: 'events[2].title', message: 'Invalid input: expected string, received undefined' },
    ]);
  });

  it('reports an id that is not a slug', () => {
    expect(problemsOf(broken((d) => Object.assign(at(d.events, 1), { id: 'Bad Id' })))).toEqual([
      { path: 'events[1].id', message: 'must be a slug: lowercase letters, digits and hyphens' },
    ]);
  });

  it('reports an actor kind outside the list', () => {
    const problems = problemsOf(broken((d) => Object.assign(at(d.actors, 0), { kind: 'alien' })));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('actors[0].kind');
    expect(problems[0]?.message).toMatch(/^Invalid option: expected one of "state"\|/);
  });

  it('reports an event with no passage', () => {
    expect(problemsOf(broken((d) => Object.assign(at(d.events, 4), { passages: [] })))).toEqual([
      { path: 'events[4].passages', message: 'every event needs at least one passage' },
    ]);
  });

  it('reports a negative offset', () => {
    const input = broken((d) => Object.assign(at(at(d.events, 5).passages, 0), { start: -1 }));
    expect(problemsOf(input)).toEqual([
      { path: 'events[5].passages[0].start', message: 'Too small: expected number to be >=0' },
    ]);
  });

  it('reports an unknown key and an empty source list', () => {
    const input = broken((d) => {
      Object.assign(at(d.events, 5), { colour: 'red' });
      d.sources = [];
    });
    expect(problemsOf(input)).toEqual(
      expect.arrayContaining([
        { path: 'sources', message: 'a dataset needs at least one source' },
        { path: 'events[5]', message: 'Unrecognized key: "colour"' },
      ]),
    );
  });

  it('accepts the language of the dataset and of its sources as BCP 47 tags', () => {
    const input = broken((d) => {
      d.lang = 'en';
      at(d.sources, 0).lang = 'fa-AF';
    });
    expect(loaded(input).dataset.sources[0]?.lang).toBe('fa-AF');
  });

  it('reports a language that is not a well-formed BCP 47 tag', () => {
    for (const lang of ['english please', 'en-', 'fa_AF', '', 'abcdefghi']) {
      const problems = problemsOf(broken((d) => Object.assign(at(d.sources, 0), { lang })));
      expect(
        problems.map((p) => p.path),
        lang,
      ).toEqual(['sources[0].lang']);
      expect(problems[0]?.message).toMatch(/BCP 47 language tag/);
    }
    // Well formed but not a language Intl knows the grammar of: "en-GB-x" has an empty private part.
    expect(problemsOf(broken((d) => Object.assign(d, { lang: 'en-GB-x' })))[0]?.path).toBe('lang');
  });

  it('reports every schema violation, not just the first', () => {
    const input = broken((d) => {
      Object.assign(d, { title: '' });
      Object.assign(at(d.actors, 3), { id: 'Not_A_Slug' });
      Object.assign(at(at(d.events, 0).passages, 0), { end: 1.5 });
    });
    expect(problemsOf(input)).toEqual([
      { path: 'title', message: 'must not be empty' },
      { path: 'actors[3].id', message: 'must be a slug: lowercase letters, digits and hyphens' },
      {
        path: 'events[0].passages[0].end',
        message: 'Invalid input: expected int, received number',
      },
    ]);
  });
});

describe('dataset rules', () => {
  it('reports a duplicate source id, pointing at its first use', () => {
    const input = broken((d) => d.sources.push(structuredClone(at(d.sources, 0))));
    expect(problemsOf(input)).toEqual([
      {
        path: 'sources[2].id',
        message: 'duplicate id "latin-post-2021-10-us-taliban-doha" (first used at sources[0])',
      },
    ]);
  });

  it('reports a duplicate actor id', () => {
    const input = broken((d) => d.actors.push({ ...at(d.actors, 2), name: 'Another' }));
    expect(problemsOf(input)).toEqual([
      { path: 'actors[28].id', message: 'duplicate id "united-states" (first used at actors[2])' },
    ]);
  });

  it('reports each further duplicate event id against the first one', () => {
    const input = broken((d) => {
      d.events.push(structuredClone(at(d.events, 0)), structuredClone(at(d.events, 0)));
    });
    expect(problemsOf(input)).toEqual([
      {
        path: 'events[18].id',
        message: 'duplicate id "us-troop-withdrawal" (first used at events[0])',
      },
      {
        path: 'events[19].id',
        message: 'duplicate id "us-troop-withdrawal" (first used at events[0])',
      },
    ]);
  });

  it('reports an unknown actor reference', () => {
    const input = broken((d) => Object.assign(at(at(d.events, 2).actors, 1), { id: 'nobody' }));
    expect(problemsOf(input)).toEqual([
      { path: 'events[2].actors[1].id', message: 'unknown actor "nobody"' },
    ]);
  });

  it('gives common problems a code and values, for a view to say them in its language', () => {
    const unknownActor = broken((d) => Object.assign(at(at(d.events, 2).actors, 1), { id: 'x' }));
    expect(codedProblemsOf(unknownActor)).toEqual([
      {
        path: 'events[2].actors[1].id',
        message: 'unknown actor "x"',
        code: 'unknownActor',
        params: { value: '"x"' },
      },
    ]);
    const noTitle = broken((d) => Reflect.deleteProperty(at(d.events, 2), 'title'));
    // Left out: said as missing (a value of the wrong type is schemaType).
    expect(codedProblemsOf(noTitle)[0]).toMatchObject({
      code: 'schemaMissing',
      params: { expected: 'string' },
    });
    expect(codedProblemsOf([1, 2])[0]).toMatchObject({ code: 'notObject' });
  });

  it('reports an unknown passage source', () => {
    const input = broken((d) =>
      Object.assign(at(at(d.events, 1).passages, 0), { source: 'elsewhere' }),
    );
    expect(problemsOf(input)).toEqual([
      { path: 'events[1].passages[0].source', message: 'unknown source "elsewhere"' },
    ]);
  });

  it('reports an end offset before the start', () => {
    const input = broken((d) => Object.assign(at(at(d.events, 0).passages, 0), { end: 10 }));
    expect(problemsOf(input)).toEqual([
      { path: 'events[0].passages[0].end', message: 'is before start (377)' },
    ]);
  });

  it('reports an unparseable EDTF date', () => {
    const input = broken((d) => Object.assign(at(d.events, 0).date, { value: 'someday' }));
    const problems = problemsOf(input);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('events[0].date.value');
    expect(problems[0]?.message).toMatch(/^"someday" is not a valid EDTF date \(.+\)$/);
  });

  it('reports an impossible calendar day', () => {
    const input = broken((d) => Object.assign(at(d.events, 1).date, { value: '2021-02-29' }));
    expect(problemsOf(input)).toEqual([
      { path: 'events[1].date.value', message: '2021 has no 29 February' },
    ]);
  });

  it('reports an interval that starts after it ends', () => {
    const input = broken((d) =>
      Object.assign(at(d.events, 4).date, { value: '2021-10-10/2021-10-09' }),
    );
    expect(problemsOf(input)).toEqual([
      { path: 'events[4].date.value', message: 'starts after it ends (2021-10-10/2021-10-09)' },
    ]);
  });

  it('requires the publication date to be a single day', () => {
    for (const value of [
      '2021-10',
      '2021-10-09/2021-10-10',
      '2021',
      '2021-10-10~',
      '2021-10-10?',
    ]) {
      const input = broken((d) => Object.assign(at(d.sources, 0), { published: value }));
      expect(problemsOf(input)).toEqual([
        {
          path: 'sources[0].published',
          message: `must be a single, certain day (YYYY-MM-DD), got "${value}"`,
        },
      ]);
    }
    const garbage = broken((d) => Object.assign(at(d.sources, 0), { published: 'yesterday' }));
    expect(problemsOf(garbage)).toEqual([
      {
        path: 'sources[0].published',
        message: expect.stringMatching(/^"yesterday" is not a valid EDTF date/),
      },
    ]);
  });
});

describe('visible names', () => {
  const INVISIBLE = [
    ' ',
    '\u200B',
    '\u3164',
    '\u115F\u1160',
    '\uFFA0',
    '\u2800',
    '\u00A0\u3000\t\n',
    '\u200E\u202E\u2066\uFEFF',
    '\u00AD\uFE0F\u034F',
    '\u0301\u20DD',
    '\u{E0041}\u{E007F}',
  ];
  const message = 'has no visible character (only spaces or invisible characters)';

  it('rejects titles and names made only of spaces or invisible characters', () => {
    for (const blank of INVISIBLE) {
      const input = broken((d) => {
        d.title = blank;
        Object.assign(at(d.sources, 0), { title: blank });
        Object.assign(at(d.actors, 4), { name: `${blank}${blank}` });
        Object.assign(at(d.events, 7), { title: blank });
      });
      expect(problemsOf(input), JSON.stringify(blank)).toEqual([
        { path: 'title', message },
        { path: 'sources[0].title', message },
        { path: 'actors[4].name', message },
        { path: 'events[7].title', message },
      ]);
    }
  });

  it('accepts any visible character among invisible ones', () => {
    for (const title of ['\u200B.\u200B', ' 😀 ', '\u3164a', '\u{F0000}', 'e\u0301', '\u0E01']) {
      const input = broken((d) => Object.assign(at(d.events, 7), { title }));
      expect(parseDataset(input, { anchors: 'strict' }).ok, JSON.stringify(title)).toBe(true);
    }
  });
});

describe('repeats within an event', () => {
  it('rejects the same actor in the same role twice', () => {
    const input = broken((d) => {
      const event = at(d.events, 2);
      event.actors.push({ ...at(event.actors, 0) });
    });
    const event = at(seed.events, 2);
    const first = at(event.actors, 0);
    expect(problemsOf(input)).toEqual([
      {
        path: `events[2].actors[${event.actors.length}]`,
        message: `repeats events[2].actors[0] ("${first.id}" as "${first.role}")`,
      },
    ]);
  });

  it('finds a repeat in a long list of actors too', () => {
    const input = broken((d) => {
      const event = at(d.events, 2);
      const roles = Array.from({ length: 30 }, (_, i) => ({ id: 'taliban', role: `role-${i}` }));
      event.actors = [...roles, { id: 'taliban', role: 'role-7' }];
    });
    expect(problemsOf(input)).toEqual([
      {
        path: 'events[2].actors[30]',
        message: 'repeats events[2].actors[7] ("taliban" as "role-7")',
      },
    ]);
  });

  it('accepts one actor in two roles', () => {
    const input = broken((d) => {
      const event = at(d.events, 2);
      const first = at(event.actors, 0);
      event.actors.push({ id: first.id, role: first.role === 'subject' ? 'speaker' : 'subject' });
    });
    expect(parseDataset(input, { anchors: 'strict' }).ok).toBe(true);
  });

  it('rejects the same passage twice in one event', () => {
    const input = broken((d) => {
      const event = at(d.events, 13);
      event.passages.push(structuredClone(at(event.passages, 1)));
    });
    expect(problemsOf(input)).toEqual([
      {
        path: `events[13].passages[${at(seed.events, 13).passages.length}]`,
        message: `repeats events[13].passages[1] (sources[0].text at ${mosque.start}–${mosque.end})`,
      },
    ]);
    // The same passage in two events is fine: two events may rest on one sentence.
    const shared = broken((d) => at(d.events, 12).passages.push(structuredClone(mosque)));
    expect(parseDataset(shared, { anchors: 'strict' }).ok).toBe(true);
  });
});

describe('passages and surrogate pairs', () => {
  const TEXT = 'Talks 😀 began. 𝕏 said so.';
  const emoji = TEXT.indexOf('😀');
  /** The seed with a second source holding astral characters, quoted by events[0].passages[0]. */
  function quoting(start: number, end: number): Dataset {
    return broken((d) => {
      d.sources.push({ ...at(d.sources, 0), id: 'astral', text: TEXT });
      at(d.events, 0).passages[0] = {
        source: 'astral',
        exact: TEXT.slice(start, end),
        start,
        end,
      };
    });
  }

  it('rejects a passage that starts inside a surrogate pair, naming the passage', () => {
    // Its quote would begin with the second half of 😀.
    const input = quoting(emoji + 1, TEXT.indexOf('.'));
    const problem = {
      path: 'events[0].passages[0].start',
      message: `cuts a character of sources[2].text in half (${emoji + 1} is between the two UTF-16 units of a surrogate pair)`,
    };
    expect(problemsOf(input)).toEqual([problem]);
    expect(problemsOf(input, 'repair')).toEqual([problem]);
  });

  it('rejects a passage that ends inside a surrogate pair', () => {
    const x = TEXT.indexOf('𝕏');
    expect(problemsOf(quoting(emoji, x + 1))).toEqual([
      {
        path: 'events[0].passages[0].end',
        message: `cuts a character of sources[2].text in half (${x + 1} is between the two UTF-16 units of a surrogate pair)`,
      },
    ]);
  });

  it('accepts passages that begin, end or hold whole astral characters', () => {
    for (const [start, end] of [
      [emoji, emoji + 2],
      [emoji, TEXT.length],
      [0, emoji + 2],
      [emoji + 2, TEXT.indexOf('𝕏')],
    ] as const) {
      expect(parseDataset(quoting(start, end), { anchors: 'strict' }).ok).toBe(true);
    }
  });
});

describe('passage anchors (strict)', () => {
  it('reports a quote that does not match its offsets, and where it really is', () => {
    const input = broken((d) => {
      const p = at(at(d.events, 13).passages, 1);
      Object.assign(p, { start: p.start + 5, end: p.end + 5 });
    });
    expect(problemsOf(input)).toEqual([
      {
        path: 'events[13].passages[1].exact',
        message: `does not match sources[0].text at ${mosque.start + 5}–${mosque.end + 5}; the quote and its context were found at ${mosque.start}–${mosque.end}`,
      },
    ]);
  });

  it('reports a quote that is not in the text at all', () => {
    const input = broken((d) =>
      Object.assign(at(at(d.events, 3).passages, 0), { exact: 'Words nobody wrote.' }),
    );
    const { start, end } = passage(3, 0);
    expect(problemsOf(input)).toEqual([
      {
        path: 'events[3].passages[0].exact',
        message: `does not match sources[0].text at ${start}–${end}; the quote is not in the text`,
      },
    ]);
  });

  it('reports a prefix that does not match the text before the quote', () => {
    const input = broken((d) =>
      Object.assign(at(at(d.events, 5).passages, 0), { prefix: 'not what comes before' }),
    );
    const { start, end } = passage(5, 0);
    expect(problemsOf(input)).toEqual([
      {
        path: 'events[5].passages[0].prefix',
        message: `does not match the text before sources[0].text at ${start}–${end}`,
      },
    ]);
  });

  it('reports a suffix that does not match the text after the quote', () => {
    const input = broken((d) =>
      Object.assign(at(at(d.events, 5).passages, 0), { suffix: 'not what comes after' }),
    );
    const { start, end } = passage(5, 0);
    expect(problemsOf(input)).toEqual([
      {
        path: 'events[5].passages[0].suffix',
        message: `does not match the text after sources[0].text at ${start}–${end}`,
      },
    ]);
  });
});

describe('several problems at once', () => {
  it('reports every problem, each at its own path', () => {
    const input = broken((d) => {
      d.events.push(structuredClone(at(d.events, 0)));
      Object.assign(at(d.sources, 0), { published: '2021' });
      Object.assign(at(d.events, 2).date, { value: 'soon' });
      Object.assign(at(at(d.events, 2).actors, 0), { id: 'ghost' });
      Object.assign(at(at(d.events, 6).passages, 1), { suffix: 'elsewhere' });
      Object.assign(at(at(d.events, 9).passages, 0), { source: 'nowhere' });
    });
    const { start, end } = passage(6, 1);
    expect(problemsOf(input)).toEqual([
      {
        path: 'events[18].id',
        message: 'duplicate id "us-troop-withdrawal" (first used at events[0])',
      },
      {
        path: 'sources[0].published',
        message: 'must be a single, certain day (YYYY-MM-DD), got "2021"',
      },
      {
        path: 'events[2].date.value',
        message: expect.stringMatching(/^"soon" is not a valid EDTF date/),
      },
      { path: 'events[2].actors[0].id', message: 'unknown actor "ghost"' },
      {
        path: 'events[6].passages[1].suffix',
        message: `does not match the text after sources[0].text at ${start}–${end}`,
      },
      { path: 'events[9].passages[0].source', message: 'unknown source "nowhere"' },
    ]);
  });
});

describe('repair mode', () => {
  it('re-anchors a shifted passage with a warning, and keeps the event', () => {
    const input = broken((d) => {
      const p = at(at(d.events, 13).passages, 1);
      Object.assign(p, { start: p.start - 40, end: p.end - 40 });
    });
    const value = loaded(input, 'repair');
    expect(value.warnings).toEqual([
      {
        path: 'events[13].passages[1].exact',
        message: `does not match sources[0].text at ${mosque.start - 40}–${mosque.end - 40}; the quote and its context were found at ${mosque.start}–${mosque.end}`,
        code: 'quoteNotThere',
        params: {
          text: 'sources[0].text',
          start: mosque.start - 40,
          end: mosque.end - 40,
          state: 'exact',
          found: `${mosque.start}–${mosque.end}`,
        },
      },
    ]);
    const event = value.events.find((e) => e.event.id === 'shia-mosque-suicide-bombing');
    expect(event?.anchors[1]).toMatchObject({
      start: mosque.start,
      end: mosque.end,
      state: 'exact',
    });
    const anchor = event?.anchors[1];
    expect(anchor && sourceText.slice(anchor.start, anchor.end)).toBe(mosque.exact);
    expect(value.events).toHaveLength(18);
  });

  it('keeps an event whose quote is not in the text, marked lost', () => {
    const input = broken((d) =>
      Object.assign(at(at(d.events, 8).passages, 0), { exact: 'A sentence that is not there.' }),
    );
    const value = loaded(input, 'repair');
    const { start, end } = passage(8, 0);
    expect(value.warnings).toEqual([
      {
        path: 'events[8].passages[0].exact',
        message: `does not match sources[0].text at ${start}–${end}; the quote is not in the text`,
        code: 'quoteNotThere',
        params: { text: 'sources[0].text', start, end, state: 'lost', found: `${start}–${end}` },
      },
    ]);
    const event = value.events.find((e) => e.event.id === 'taliban-say-talks-went-well');
    expect(event?.anchors).toEqual([{ start, end, state: 'lost', score: expect.any(Number) }]);
    expect(value.events).toHaveLength(18);
  });

  it('still rejects problems that are not about anchors', () => {
    const input = broken((d) => Object.assign(at(at(d.events, 2).actors, 0), { id: 'ghost' }));
    expect(problemsOf(input, 'repair')).toEqual([
      { path: 'events[2].actors[0].id', message: 'unknown actor "ghost"' },
    ]);
  });
});

describe('periods', () => {
  const withPeriods = (periods: NonNullable<Dataset['periods']>) =>
    broken((d) => Object.assign(d, { periods }));

  it('is optional: a dataset without them has none', () => {
    expect(loaded(seed).periods).toEqual([]);
  });

  it('resolves each period’s date and lists them in date order', () => {
    const value = loaded(
      withPeriods([
        { id: 'talks', title: 'Doha talks', date: { value: '2021-10-09/2021-10-10' } },
        {
          id: 'withdrawal',
          title: 'The withdrawal',
          date: { value: '2021-08~', expression: 'late August', note: 'From the article.' },
        },
        { id: 'same-day', title: 'Same start, later in the file', date: { value: '2021-10-09' } },
      ]),
    );
    expect(value.periods.map((p) => [p.period.id, p.index, p.date.kind])).toEqual([
      ['withdrawal', 1, 'point'],
      ['talks', 0, 'interval'],
      ['same-day', 2, 'point'],
    ]);
  });

  it('reports duplicate ids, unreadable dates and intervals that end before they start', () => {
    expect(
      problemsOf(
        withPeriods([
          { id: 'war', title: 'War', date: { value: '1914/1918' } },
          { id: 'war', title: 'Again', date: { value: '1939/1945' } },
          { id: 'bad', title: 'Bad', date: { value: 'soon' } },
          { id: 'backwards', title: 'Backwards', date: { value: '1918/1914' } },
        ]),
      ).map((p) => p.path),
    ).toEqual(['periods[1].id', 'periods[2].date.value', 'periods[3].date.value']);
  });

  it('checks the shape of a period like any other part', () => {
    const input = broken((d) => Object.assign(d, { periods: [{ id: 'Not A Slug', date: {} }] }));
    expect(problemsOf(input).map((p) => p.path)).toEqual([
      'periods[0].id',
      'periods[0].title',
      'periods[0].date.value',
    ]);
  });
});

describe('media', () => {
  const withMedia = (media: unknown) =>
    broken((d) => Object.assign(at(d.events, 0), { media }) as unknown as Dataset);

  it('keeps an http(s) link with its caption and credit', () => {
    const media = { url: 'https://example.org/photo.jpg', caption: 'Doha', credit: 'AP' };
    const event = loaded(withMedia(media)).events.find((e) => e.index === 0);
    expect(event?.event.media).toEqual(media);
  });

  it.each([
    "javascript:alert('x')",
    'data:text/html,<script>alert(1)</script>',
    '//example.org/protocol-relative.jpg',
    'https://example.org/with space.jpg',
  ])('refuses %j as a media address', (url) => {
    expect(problemsOf(withMedia({ url }))).toEqual([
      { path: 'events[0].media.url', message: 'must be an http(s) address without spaces' },
    ]);
  });
});
