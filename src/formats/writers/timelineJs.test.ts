import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileDataset } from '../../../e2e/hostile';
import { daysInMonth } from '../../dataset/edtf';
import { parseDataset } from '../../dataset/parse';
import type { Dataset } from '../../dataset/schema';
import { htmlToLine, htmlToText } from '../readers/htmlToText';
import { importTimelineJson } from '../readers/timelineJson';
import { slugify } from '../slug';
import { datasetToTimelineJs, escapeHtml, type TimelineJsSlide } from './timelineJs';

const seed = JSON.parse(
  readFileSync(new URL('../../../data/doha-talks-2021.json', import.meta.url), 'utf8'),
) as Dataset;

const slideOf = (timeline: { events: TimelineJsSlide[] }, id: string) => {
  const slide = timeline.events.find((s) => s.unique_id === id);
  if (!slide) throw new Error(`no slide ${id}`);
  return slide;
};

describe('exporting to TimelineJS3 JSON', () => {
  const timeline = datasetToTimelineJs(seed);

  it('makes a title slide from the dataset and a slide of each event', () => {
    expect(timeline.title?.text.headline).toBe(escapeHtml(seed.title));
    expect(htmlToText(timeline.title?.text.text ?? '')).toBe(seed.description);
    expect(timeline.events.map((s) => s.unique_id)).toEqual(seed.events.map((e) => e.id));
    expect(timeline.eras).toBeUndefined();
  });

  it('gives each slide its dates, its date in words, its kind as group', () => {
    expect(slideOf(timeline, 'doha-talks')).toMatchObject({
      start_date: { year: 2021, month: 10, day: 9 },
      end_date: { year: 2021, month: 10, day: 10 },
      display_date: '9–10 October 2021',
      group: 'diplomacy',
    });
    expect(slideOf(timeline, 'us-troop-withdrawal')).toMatchObject({
      start_date: { year: 2021, month: 8 },
      display_date: 'August 2021 (approximate)',
    });
    // An open end has no end date in TimelineJS; the words say so.
    const open = slideOf(timeline, 'taliban-full-control-of-afghanistan');
    expect(open.end_date).toBeUndefined();
    expect(open.display_date).toBe('Monday 30 August 2021 onwards');
  });

  it('writes the summary and every quoted passage with its attribution', () => {
    const event = seed.events.find((e) => e.passages.length > 1);
    if (!event) throw new Error('the seed has an event with two passages');
    const text = htmlToText(slideOf(timeline, event.id).text.text);
    expect(text.startsWith(event.summary)).toBe(true);
    for (const passage of event.passages) expect(text).toContain(`“${passage.exact}”`);
    expect(text).toContain(
      '— “Taliban: US will provide humanitarian aid to Afghanistan without recognition”, Latin Post, by Joshua Summers, Sunday 10 October 2021. This article is owned by Latin Post.',
    );
  });

  it('escapes every string as text: hostile strings come back exactly, and inert', () => {
    const hostile = parseDataset(hostileDataset(), { anchors: 'strict' });
    if (!hostile.ok) throw new Error('the hostile fixture is valid');
    const { dataset } = hostile.value;
    const exported = datasetToTimelineJs(dataset);
    const json = JSON.stringify(exported);
    expect(json).not.toMatch(/<script|<img|<svg|<a /);
    expect(htmlToLine(exported.title?.text.headline ?? '')).toBe(dataset.title);
    exported.events.forEach((slide, i) => {
      const event = dataset.events[i];
      expect(htmlToLine(slide.text.headline)).toBe(
        event?.title.replace(/[ \t\n\f\r]+/g, ' ').trim(),
      );
    });
  });

  it('exports periods as eras, and media as TimelineJS media', () => {
    const dataset: Dataset = structuredClone(seed);
    dataset.periods = [
      { id: 'withdrawal', title: 'Withdrawal <phase>', date: { value: '2021-08/2021-08-30' } },
      { id: 'october', title: 'October', date: { value: '2021-10' } },
    ];
    const [first] = dataset.events;
    if (!first) throw new Error('the seed has events');
    first.media = { url: 'https://example.org/a.jpg', caption: 'A & B', credit: '<AP>' };
    const exported = datasetToTimelineJs(dataset);
    expect(exported.eras).toEqual([
      {
        start_date: { year: 2021, month: 8 },
        end_date: { year: 2021, month: 8, day: 30 },
        text: { headline: 'Withdrawal &lt;phase&gt;' },
      },
      // An era needs an end: a one-month period ends where it starts.
      {
        start_date: { year: 2021, month: 10 },
        end_date: { year: 2021, month: 10 },
        text: { headline: 'October' },
      },
    ]);
    expect(exported.events[0]?.media).toEqual({
      url: 'https://example.org/a.jpg',
      caption: 'A &amp; B',
      credit: '&lt;AP&gt;',
    });
  });
});

// --- The round trip: TimelineJS → Sourceline → TimelineJS --------------------------------------

interface Ymd {
  year: number;
  month?: number;
  day?: number;
}

/** A year-only date in deep time (five or six digits: EDTF's `Y` years), either way. */
const deepYear: fc.Arbitrary<Ymd> = fc
  .oneof(fc.integer({ min: -270_000, max: -10_000 }), fc.integer({ min: 10_000, max: 269_000 }))
  .map((year) => ({ year }));

const ymd: fc.Arbitrary<Ymd> = fc.oneof(
  { weight: 4, arbitrary: calendarYmd() },
  { weight: 1, arbitrary: deepYear },
);

function calendarYmd(): fc.Arbitrary<Ymd> {
  return fc
    .record({
      year: fc.integer({ min: -9999, max: 9998 }),
      month: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
      day: fc.integer({ min: 1, max: 31 }),
      withDay: fc.boolean(),
    })
    .map(({ year, month, day, withDay }) => {
      if (month === undefined) return { year };
      if (!withDay) return { year, month };
      return { year, month, day: Math.min(day, daysInMonth(year, month)) };
    });
}

/** A later date: a later year, so start ≤ end whatever the precisions. */
const laterThan = (start: Ymd): fc.Arbitrary<Ymd> =>
  ymd.map((end) => {
    const year = Math.min(270_000, start.year + 1 + Math.abs(end.year % 50));
    const { month, day } = end;
    // Beyond four digits a year has no month or day (EDTF writes it alone).
    if (Math.abs(year) > 9999 || month === undefined) return { year };
    if (day === undefined) return { year, month };
    return { year, month, day: Math.min(day, daysInMonth(year, month)) };
  });

const span = ymd.chain((start) =>
  fc.option(laterThan(start), { nil: undefined }).map((end) => ({ start, end })),
);

/** Headlines as HTML: words, markup, entities and awkward characters. */
const html = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'Gold',
        'rush',
        ' ',
        '&amp;',
        '&lt;',
        '<b>',
        '</b>',
        '<i>x</i>',
        '😀',
        'é',
        '"',
        "'",
      ),
      fc.string({ unit: fc.constantFrom('a', 'Z', '9', ' ', '-', '.', '&', '>'), maxLength: 8 }),
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((parts) => parts.join(''))
  .filter((text) => htmlToLine(text) !== '');

const words = fc.string({ unit: fc.constantFrom('a', 'b', 'C', ' ', '&', '😀'), maxLength: 12 });

const slide = fc.record({
  span,
  headline: html,
  text: fc.option(html, { nil: undefined }),
  group: fc.option(fc.constantFrom('Politics', 'war zone', 'économie', '!!!'), { nil: undefined }),
  media: fc.option(
    fc.record({
      url: fc.nat(999).map((n) => `https://example.org/media/${n}.jpg`),
      caption: fc.option(words, { nil: undefined }),
      credit: fc.option(words, { nil: undefined }),
    }),
    { nil: undefined },
  ),
});

const era = fc.record({ span, headline: html });

const timelineJs = fc.record({
  title: fc.option(html, { nil: undefined }),
  events: fc.array(slide, { minLength: 1, maxLength: 8 }),
  eras: fc.array(era, { maxLength: 3 }),
  wrapped: fc.boolean(),
});

type Generated = typeof timelineJs extends fc.Arbitrary<infer T> ? T : never;

function asFile(generated: Generated): unknown {
  const timeline = {
    ...(generated.title ? { title: { text: { headline: generated.title } } } : {}),
    events: generated.events.map((s) => ({
      start_date: s.span.start,
      ...(s.span.end ? { end_date: s.span.end } : {}),
      text: { headline: s.headline, ...(s.text ? { text: s.text } : {}) },
      ...(s.group ? { group: s.group } : {}),
      ...(s.media ? { media: s.media } : {}),
    })),
    eras: generated.eras.map((e) => ({
      start_date: e.span.start,
      end_date: e.span.end ?? e.span.start,
      text: { headline: e.headline },
    })),
  };
  return generated.wrapped ? { timeline } : timeline;
}

const plain = (text: string | undefined) => htmlToLine(text ?? '');

describe('the round trip TimelineJS → Sourceline → TimelineJS', () => {
  it('keeps headlines, dates, groups, media and eras', () => {
    fc.assert(
      fc.property(timelineJs, (generated) => {
        const result = importTimelineJson(asFile(generated), {
          name: 'generated.json',
          today: '2026-12-01',
        });
        if (!result.ok) throw new Error(`${result.summary} ${JSON.stringify(result.problems)}`);
        const back = datasetToTimelineJs(result.loaded.dataset);

        if (generated.title) expect(plain(back.title?.text.headline)).toBe(plain(generated.title));
        expect(back.events).toHaveLength(generated.events.length);
        back.events.forEach((out, i) => {
          const original = generated.events[i];
          if (!original) throw new Error('same length');
          expect(plain(out.text.headline)).toBe(plain(original.headline));
          expect(out.start_date).toEqual(original.span.start);
          expect(out.end_date).toEqual(original.span.end);
          // Kinds are slugs, so a group comes back as its slug; no group is the kind "event".
          expect(out.group).toBe(slugify(original.group ?? '') || 'event');
          if (original.media) {
            expect(out.media?.url).toBe(original.media.url);
            expect(plain(out.media?.caption)).toBe(plain(original.media.caption));
            expect(plain(out.media?.credit)).toBe(plain(original.media.credit));
          } else {
            expect(out.media).toBeUndefined();
          }
        });
        expect(back.eras ?? []).toHaveLength(generated.eras.length);
        (back.eras ?? []).forEach((out, i) => {
          const original = generated.eras[i];
          if (!original) throw new Error('same length');
          expect(plain(out.text.headline)).toBe(plain(original.headline));
          expect(out.start_date).toEqual(original.span.start);
          expect(out.end_date).toEqual(original.span.end ?? original.span.start);
        });

        // …and what comes out reads back in as the same dataset's dates and titles.
        const again = importTimelineJson(back, { name: 'again.json', today: '2026-12-01' });
        if (!again.ok) throw new Error(`${again.summary} ${JSON.stringify(again.problems)}`);
        const summary = (d: Dataset) => d.events.map((e) => [e.title, e.date.value, e.kind]);
        expect(summary(again.loaded.dataset)).toEqual(summary(result.loaded.dataset));
        expect(again.loaded.dataset.periods).toEqual(result.loaded.dataset.periods);
      }),
      { numRuns: 100 },
    );
  });
});
