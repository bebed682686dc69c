import { describe, expect, it } from 'vitest';
import { offsetsMatch } from '../../dataset/anchor';
import type { Problem } from '../../dataset/problem';
import type { Dataset, TimelineEvent } from '../../dataset/schema';
import type { LoadedDataset } from '../../dataset/types';
import { IMPORT_PUBLISHER, type ImportContext } from './fromTimeline';
import { importTimelineJson } from './timelineJson';

const context: ImportContext = { name: 'gold-rush.json', today: '2026-12-01' };

function imported(json: unknown, ctx: ImportContext = context): LoadedDataset {
  const result = importTimelineJson(json, ctx);
  if (!result.ok) throw new Error(`${result.summary} ${JSON.stringify(result.problems)}`);
  return result.loaded;
}

function refused(json: unknown): { summary: string; problems: Problem[] } {
  const result = importTimelineJson(json, context);
  if (result.ok) throw new Error('expected the file to be refused');
  return result;
}

const slide = (headline: string, start: Record<string, unknown>, more: object = {}) => ({
  start_date: start,
  text: { headline, text: `<p>About ${headline}.</p>` },
  ...more,
});

const eventNamed = (dataset: Dataset, title: string): TimelineEvent => {
  const event = dataset.events.find((e) => e.title === title);
  if (!event) throw new Error(`no event ${title}`);
  return event;
};

const GOLD_RUSH = {
  title: {
    text: {
      headline: 'The <em>Gold</em> Rush',
      text: '<p>How it began &amp; ended.</p><p>In brief.</p>',
    },
  },
  events: [
    slide('Gold at Sutter’s Mill', { year: 1848, month: 1, day: 24 }, { group: 'Discovery' }),
    slide('The forty-niners', { year: '1849' }, { group: 'Migration', unique_id: 'Forty Niners' }),
    slide('Statehood', { year: 1850, month: 9 }, { end_date: { year: 1850, month: 9, day: 9 } }),
  ],
  eras: [{ start_date: { year: 1848 }, end_date: { year: 1855 }, text: { headline: 'The rush' } }],
};

describe('importing a TimelineJS3 JSON file', () => {
  it('makes the file the one source, its text the slides, and each event quote its slide', () => {
    const { dataset } = imported(GOLD_RUSH);
    expect(dataset.title).toBe('The Gold Rush');
    expect(dataset.description).toBe('How it began & ended.\nIn brief.');
    expect(dataset.sources).toHaveLength(1);
    const [source] = dataset.sources;
    expect(source).toMatchObject({
      id: 'gold-rush',
      title: 'The Gold Rush',
      publisher: IMPORT_PUBLISHER,
      published: '2026-12-01',
    });
    expect(source?.attribution).toContain('gold-rush.json on 2026-12-01');
    expect(source?.attribution).toContain('no publication date');
    expect(source?.text).toBe(
      [
        'The Gold Rush\nHow it began & ended.\nIn brief.',
        'Gold at Sutter’s Mill\nAbout Gold at Sutter’s Mill.',
        'The forty-niners\nAbout The forty-niners.',
        'Statehood\nAbout Statehood.',
      ].join('\n\n'),
    );
    for (const event of dataset.events) {
      const [passage] = event.passages;
      expect(passage?.exact).toBe(`${event.title}\nAbout ${event.title}.`);
      expect(passage && source && offsetsMatch(source.text, passage)).toBe(true);
      expect(event.actors).toEqual([]);
    }
  });

  it('dates a year, a month, a day and a span as EDTF, and says where the date came from', () => {
    const { dataset } = imported(GOLD_RUSH);
    expect(dataset.events.map((e) => e.date.value)).toEqual([
      '1848-01-24',
      '1849',
      '1850-09/1850-09-09',
    ]);
    expect(eventNamed(dataset, 'The forty-niners').date.note).toBe(
      'From the TimelineJS start_date (1849).',
    );
  });

  it('takes group as the kind and unique_id as the id, as slugs', () => {
    const { dataset } = imported(GOLD_RUSH);
    expect(dataset.events.map((e) => [e.id, e.kind])).toEqual([
      ['gold-at-sutter-s-mill', 'discovery'],
      ['forty-niners', 'migration'],
      ['statehood', 'event'],
    ]);
  });

  it('makes ids unique', () => {
    const { dataset } = imported({
      events: [
        slide('Same', { year: 1900 }, { unique_id: 'dup' }),
        slide('Same', { year: 1901 }, { unique_id: 'dup' }),
        slide('Same', { year: 1902 }),
        slide('Same', { year: 1903 }),
        slide('', { year: 1904 }, { unique_id: '!!!' }),
      ],
    });
    expect(dataset.events.map((e) => e.id)).toEqual(['dup', 'dup-2', 'same', 'same-2', 'slide-5']);
  });

  it('turns eras into periods', () => {
    const { dataset, periods } = imported(GOLD_RUSH);
    expect(dataset.periods).toEqual([
      {
        id: 'the-rush',
        title: 'The rush',
        date: {
          value: '1848/1855',
          note: 'From the TimelineJS start_date and end_date (1848/1855).',
        },
      },
    ]);
    expect(periods.map((p) => p.period.id)).toEqual(['the-rush']);
  });

  it('reads the older form wrapped in {"timeline": …}', () => {
    const plain = imported(GOLD_RUSH).dataset;
    const wrapped = imported({ timeline: GOLD_RUSH }).dataset;
    expect(wrapped).toEqual(plain);
  });

  it('takes the title from the file name when there is no title slide', () => {
    const { dataset } = imported(
      { events: [slide('One', { year: 2000 })] },
      {
        name: 'https://example.org/files/My%20Timeline.json?v=2',
        url: 'https://example.org/files/My%20Timeline.json?v=2',
        today: '2026-12-01',
      },
    );
    expect(dataset.title).toBe('My Timeline');
    expect(dataset.id).toBe('my-timeline');
    expect(dataset.description).toBeUndefined();
    expect(dataset.sources[0]).toMatchObject({
      id: 'my-timeline',
      title: 'My Timeline',
      url: 'https://example.org/files/My%20Timeline.json?v=2',
    });
  });

  it('has no url for a file from this computer', () => {
    expect(imported(GOLD_RUSH).dataset.sources[0]?.url).toBeUndefined();
  });
});

describe('dates', () => {
  const dateOf = (start: Record<string, unknown>, more: object = {}) =>
    imported({ events: [slide('E', start, more)] }).dataset.events[0]?.date;

  it('writes BCE years as negative EDTF years of four digits at least', () => {
    expect(dateOf({ year: -44, month: 3, day: 15 })?.value).toBe('-0044-03-15');
    expect(dateOf({ year: -500 }, { end_date: { year: -400 } })?.value).toBe('-0500/-0400');
    expect(dateOf({ year: -9999 })?.value).toBe('-9999');
    expect(dateOf({ year: 0 })?.value).toBe('0000');
  });

  it('accepts years, months and days as strings, as real files have them', () => {
    expect(dateOf({ year: '650' })?.value).toBe('0650');
    expect(dateOf({ year: ' -1200 ', month: '3', day: '' })?.value).toBe('-1200-03');
    expect(dateOf({ year: '1,850', month: '', day: '' })?.value).toBe('1850');
  });

  it('takes display_date as the expression, as plain text', () => {
    expect(dateOf({ year: 1066 }, { display_date: '<b>Autumn</b> 1066' })?.expression).toBe(
      'Autumn 1066',
    );
    expect(dateOf({ year: 1066, display_date: 'in 1066' })?.expression).toBe('in 1066');
  });

  it('keeps calendar days, leaving the time of day out with a note', () => {
    const date = dateOf({ year: 1969, month: 7, day: 20, hour: 20, minute: 17 });
    expect(date?.value).toBe('1969-07-20');
    expect(date?.note).toContain('Left out: a time of day');
  });

  it('leaves a day without a month out, and an end date without a year', () => {
    const date = dateOf({ year: 1900, day: 5 }, { end_date: { month: 3 } });
    expect(date?.value).toBe('1900');
    expect(date?.note).toContain('a day (5) without a month');
    expect(date?.note).toContain('an end date without a year');
  });

  it('refuses years beyond what the timeline can draw, naming the slide', () => {
    const { problems } = refused({
      events: [slide('Fine', { year: 2000 }), slide('Big Bang', { year: -13_800_000_000 })],
    });
    expect(problems).toEqual([
      {
        path: 'events[1].start_date.year',
        message:
          'slide 2 (“Big Bang”): year -13800000000 is beyond what the timeline can draw (±270,000 years)',
        // The slide's number and headline as values, for a view to name it in its language.
        code: 'importYearTooFar',
        params: {
          year: -13_800_000_000,
          max: 270_000,
          slideKind: 'slide',
          slideNumber: 2,
          headline: 'Big Bang',
        },
      },
    ]);
  });

  it('reads years beyond four digits as EDTF `Y` years, alone and as interval ends', () => {
    expect(dateOf({ year: -20000 })?.value).toBe('Y-20000');
    expect(dateOf({ year: '270000' })?.value).toBe('Y270000');
    const ended = imported({
      events: [slide('Ice age', { year: -115000 }, { end_date: { year: -11700 } })],
    });
    expect(ended.dataset.events[0]?.date.value).toBe('Y-115000/Y-11700');
    // A month or day of such a year is set aside, and the note says so.
    const withMonth = imported({ events: [slide('Cave', { year: -40000, month: 3, day: 2 })] });
    expect(withMonth.dataset.events[0]?.date.value).toBe('Y-40000');
    expect(withMonth.dataset.events[0]?.date.note).toContain(
      'the month and day of the year -40000',
    );
  });

  it('reports every bad date at once, each with its path and slide', () => {
    const { summary, problems } = refused({
      events: [
        { text: { headline: 'No date' } },
        slide('Word year', { year: 'MCMXIV' }),
        slide('Month 13', { year: 1914, month: 13 }),
        slide('No such day', { year: 1915, month: 2, day: 29 }),
        slide('Backwards', { year: 1918 }, { end_date: { year: 1914 } }),
        slide('Not an object', 1914 as unknown as Record<string, unknown>),
      ],
    });
    expect(summary).toBe('The TimelineJS file has 6 problems.');
    expect(problems.map((p) => p.path)).toEqual([
      'events[0].start_date',
      'events[1].start_date.year',
      'events[2].start_date.month',
      'events[3].start_date.day',
      'events[4].start_date',
      'events[5].start_date',
    ]);
    expect(problems[1]?.message).toBe('slide 2 (“Word year”): year "MCMXIV" is not a whole number');
    expect(problems[3]?.message).toBe('slide 4 (“No such day”): 1915 has no 29 February');
    expect(problems[4]?.message).toMatch(
      /^slide 5 \(“Backwards”\): the date 1918\/1914 cannot be read/,
    );
    expect(problems.map((p) => p.code)).toEqual([
      'importNoDate',
      'importNotWhole',
      'importMonthRange',
      'dateNoSuchDay',
      'dateReversed',
      'importDateNotObject',
    ]);
    expect(problems[3]?.params).toMatchObject({ year: 1915, month: 2, day: 29, slideNumber: 4 });
  });

  it('needs both dates of an era', () => {
    const { problems } = refused({
      events: [slide('One', { year: 2000 })],
      eras: [{ start_date: { year: 1990 }, text: { headline: 'Nineties' } }],
    });
    expect(problems).toEqual([
      {
        path: 'eras[0].end_date',
        message: 'era 1 (“Nineties”): has no end date (a year at least)',
        code: 'importNoEndDate',
        params: { slideKind: 'era', slideNumber: 1, headline: 'Nineties' },
      },
    ]);
  });
});

describe('hostile and awkward content', () => {
  const HOSTILE = {
    title: {
      text: { headline: '<img src=x onerror=alert(1)>Title', text: '<script>alert(2)</script>' },
    },
    events: [
      {
        start_date: { year: 2001 },
        text: {
          headline: '<a href="javascript:alert(3)">Click</a> <b onmouseover="alert(4)">me</b>',
          text: '<iframe src="https://evil.example/"></iframe><p>Safe &amp; sound</p><style>*{}</style>',
        },
        media: {
          url: 'javascript:alert(5)',
          caption: '<script>alert(6)</script>cap',
        },
        group: '<script>Group</script> One',
        unique_id: '"><script>alert(7)</script>',
      },
      {
        start_date: { year: 2002 },
        text: { headline: 'Embed', text: '' },
        media: { url: '<iframe src="https://www.youtube.com/embed/x"></iframe>' },
      },
      {
        start_date: { year: 2003 },
        text: { headline: 'Good media' },
        media: {
          url: 'https://example.org/p.jpg',
          caption: '<i>A</i> caption',
          credit: 'Credit &copy;',
        },
      },
    ],
  };

  it('keeps only inert text: no markup, handlers or javascript: URLs survive', () => {
    const { dataset, warnings } = imported(HOSTILE);
    const json = JSON.stringify(dataset);
    expect(json).not.toMatch(/<script|<iframe|<img|onerror|onmouseover|javascript:|alert\(/);
    expect(dataset.title).toBe('Title');
    expect(dataset.events.map((e) => [e.id, e.title, e.kind])).toEqual([
      ['script-alert-7-script', 'Click me', 'one'],
      ['embed', 'Embed', 'event'],
      ['good-media', 'Good media', 'event'],
    ]);
    expect(dataset.sources[0]?.text).toContain('Click me\nSafe & sound');
    expect(warnings.map((w) => w.path)).toEqual(['events[0].media', 'events[1].media']);
  });

  it('keeps media as a link with its caption and credit, as plain text', () => {
    const { dataset } = imported(HOSTILE);
    expect(dataset.events.map((e) => e.media)).toEqual([
      undefined,
      undefined,
      { url: 'https://example.org/p.jpg', caption: 'A caption', credit: 'Credit ©' },
    ]);
  });

  it('reads protocol- and site-relative media against the file’s address, and only then', () => {
    const withMedia = (url: string, ctx: ImportContext) =>
      imported({ events: [slide('M', { year: 2000 }, { media: { url } })] }, ctx).dataset.events[0]
        ?.media?.url;
    const remote = { name: 't.json', url: 'https://news.example/t/t.json', today: '2026-12-01' };
    expect(withMedia('/img/a.png', remote)).toBe('https://news.example/img/a.png');
    expect(withMedia('b.png', remote)).toBe('https://news.example/t/b.png');
    expect(withMedia('//cdn.example/c.png', remote)).toBe('https://cdn.example/c.png');
    expect(withMedia('//cdn.example/c.png', context)).toBe('https://cdn.example/c.png');
    expect(withMedia('/img/a.png', context)).toBeUndefined();
  });

  it('quotes a slide with astral characters at the right UTF-16 offsets', () => {
    const { dataset } = imported({
      title: { text: { headline: '😀 Emoji 𝒳 title 🇦🇫' } },
      events: [slide('𝒳 marks 😀 the spot', { year: 1999 }), slide('Next 🇦🇫', { year: 2000 })],
    });
    const text = dataset.sources[0]?.text ?? '';
    for (const event of dataset.events) {
      const passage = event.passages[0];
      expect(passage && text.slice(passage.start, passage.end)).toBe(passage?.exact);
      expect(passage && offsetsMatch(text, passage)).toBe(true);
    }
    expect(dataset.events[1]?.passages[0]?.start).toBe(text.indexOf('Next 🇦🇫'));
  });

  it('names a slide with nothing to quote, rather than quoting nothing', () => {
    const { dataset } = imported({
      events: [
        {
          start_date: { year: 1990 },
          media: { url: 'https://example.org/a.jpg', caption: 'Only a caption' },
        },
        { start_date: { year: 1991 }, display_date: 'Sometime in 1991' },
        { start_date: { year: 1992 } },
      ],
    });
    expect(dataset.events.map((e) => [e.title, e.passages[0]?.exact])).toEqual([
      ['Only a caption', 'Only a caption'],
      ['Sometime in 1991', 'Sometime in 1991'],
      ['Untitled slide 3', 'Untitled slide 3'],
    ]);
  });

  it('refuses what is not a TimelineJS3 timeline, plainly', () => {
    expect(refused({ events: [] }).problems).toEqual([
      { path: 'events', message: 'the timeline has no slides to import', code: 'importNoSlides' },
    ]);
    expect(refused({ timeline: { headline: 'Old', type: 'default', date: [] } }).summary).toMatch(
      /TimelineJS 2 file/,
    );
    expect(refused({ events: ['nope'] }).problems).toEqual([
      {
        path: 'events[0]',
        message: 'slide 1: is not a slide (an object)',
        code: 'importNotSlide',
        params: { slideKind: 'slide', slideNumber: 1, headline: '' },
      },
    ]);
  });
});
