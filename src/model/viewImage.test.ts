import { readFileSync } from 'node:fs';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '../dataset/calendar';
import { deriveLoaded } from '../dataset/derive';
import type { Dataset } from '../dataset/schema';
import { filterEvents } from './filter';
import { type TextStyle, textWidth } from './imageText';
import { buildViewImage, laneNameLines, sourceLine } from './viewImage';
import { EMPTY_FILTERS, type Filters } from './viewState';

const seed = JSON.parse(
  readFileSync(new URL('../../data/doha-talks-2021.json', import.meta.url), 'utf8'),
) as Dataset;
const loaded = deriveLoaded(seed);
const day = (iso: string) => parseIsoDay(iso) as number;

function view(
  filters: Partial<Filters> = {},
  more: { window?: { from: string; to: string }; group?: 'none' | 'kind' | 'actor' } = {},
) {
  return {
    filters: { ...EMPTY_FILTERS, ...filters },
    window: more.window ? { from: day(more.window.from), to: day(more.window.to) } : null,
    group: more.group ?? 'none',
  };
}

interface DrawnText {
  x: number;
  content: string;
  style: TextStyle;
  anchor: string;
}

/** The SVG read as XML: its root's size, its texts (decoded) and the events drawn. */
function read(svg: string) {
  const doc = parseDocument(svg, { xmlMode: true });
  const root = DomUtils.findOne((node) => node.name === 'svg', doc.children);
  const elements = DomUtils.findAll(() => true, doc.children);
  const texts: DrawnText[] = DomUtils.findAll((node) => node.name === 'text', doc.children).map(
    (node) => ({
      x: Number(node.attribs.x),
      content: DomUtils.textContent(node),
      style: {
        sizePx: Number(node.attribs['font-size']),
        bold: node.attribs['font-weight'] === '700',
      },
      anchor: node.attribs['text-anchor'] ?? 'start',
    }),
  );
  return {
    width: Number(root?.attribs.width),
    height: Number(root?.attribs.height),
    names: new Set(elements.map((node) => node.name)),
    attributes: elements.flatMap((node) => Object.keys(node.attribs)),
    texts,
    words: texts.map((text) => text.content),
    events: elements
      .filter((node) => node.attribs['data-event'])
      .map((n) => n.attribs['data-event']),
  };
}

/** Every text inside the image, left and right, by the measure the builder cuts with. */
function outside(texts: readonly DrawnText[], width: number): DrawnText[] {
  return texts.filter((text) => {
    const w = textWidth(text.content, text.style);
    const left = text.anchor === 'middle' ? text.x - w / 2 : text.x;
    return left < 0 || left + w > width + 0.01;
  });
}

describe('buildViewImage', () => {
  it('draws the default view: title, source line, what it shows, the events, the legend', () => {
    const image = buildViewImage(loaded, view());
    const svg = read(image.svg);
    expect(svg.width).toBe(1200);
    expect(svg.height).toBe(image.height);
    expect(svg.words).toContain(seed.title);
    expect(svg.words).toContain(
      'Sources: “Taliban: US will provide humanitarian aid to Afghanistan without recognition”, Latin Post, by Joshua Summers, Sunday 10 October 2021, and 1 more',
    );
    expect(svg.words.find((w) => w.includes('events in view'))).toMatch(
      /^\d+ \w+ 2021 – \d+ \w+ 2021 · 18 events in view$/,
    );
    for (const kind of ['Statement', 'Attack', 'Military', 'Diplomacy', 'Political', 'Analysis']) {
      expect(svg.words).toContain(kind);
    }
    // Fitted to every event: each is drawn, or counted in a "+N more".
    const more = svg.words
      .filter((w) => /^\+\d+ more$/.test(w))
      .reduce((sum, w) => sum + Number(w.slice(1, -5)), 0);
    expect(svg.events.length + more).toBe(18);
    expect(new Set(svg.events).size).toBe(svg.events.length);
    expect(image.drawnEventIds.sort()).toEqual([...svg.events].sort());
    expect(outside(svg.texts, svg.width)).toEqual([]);
  });

  it('inline (a phone’s picture in the timeline’s place): the plot and the kinds, nothing the page says', () => {
    const whole = buildViewImage(loaded, view(), { widthPx: 360 });
    const image = buildViewImage(loaded, view(), { widthPx: 360, inline: true });
    const svg = read(image.svg);
    expect(whole.width).toBe(480);
    expect(svg.width).toBe(360);
    expect(svg.height).toBeLessThan(whole.height - 150);
    expect(svg.words).not.toContain(seed.title);
    expect(svg.words.some((w) => w.startsWith('Sources:') || w.includes('events in view'))).toBe(
      false,
    );
    expect(svg.words.some((w) => w.includes('a day (marked under its label)'))).toBe(false);
    expect(svg.words).toContain('Attack');
    expect(svg.events.length).toBeGreaterThan(10);
    expect(outside(svg.texts, svg.width)).toEqual([]);
    // Still an image with its name, for a screen reader.
    expect(image.svg).toContain(`role="img"`);
    expect(image.svg).toContain(`<title id="sl-title">${seed.title}`);
  });

  it('shows the view’s window: its days on the axis, nothing from outside it', () => {
    const image = buildViewImage(
      loaded,
      view({}, { window: { from: '2021-10-06', to: '2021-10-12' } }),
    );
    expect(image.days).toEqual({ from: day('2021-10-06'), to: day('2021-10-12') });
    const svg = read(image.svg);
    expect(svg.words.some((w) => w.startsWith('6 Oct 2021 – 12 Oct 2021 · '))).toBe(true);
    expect(svg.words).toContain('October 2021');
    for (const tick of ['6', '7', '8', '9', '10', '11', '12']) expect(svg.words).toContain(tick);
    expect(svg.events).toContain('doha-talks');
    expect(svg.events).toContain('shia-mosque-suicide-bombing');
    // A single day in August is outside; an ongoing span from August reaches in.
    expect(svg.events).not.toContain('us-military-leaves-afghanistan');
    expect(svg.events).toContain('taliban-full-control-of-afghanistan');
  });

  it('draws only the events the filters keep, and says which filters', () => {
    const filters = { actors: ['taliban'], kinds: ['statement'] };
    const kept = filterEvents(loaded, { ...EMPTY_FILTERS, ...filters }).map((r) => r.event.id);
    const svg = read(buildViewImage(loaded, view(filters)).svg);
    expect(svg.events.sort()).toEqual([...kept].sort());
    expect(svg.words.find((w) => w.includes('events in view'))).toMatch(
      new RegExp(
        `· ${kept.length} events in view \\(${kept.length} of 18 kept by the filters\\) · actor: \u2068Taliban\u2069 · kind: Statement$`,
      ),
    );
    expect(svg.words).not.toContain('Attack');
    // Filters that keep nothing say so.
    const none = read(buildViewImage(loaded, view({ query: 'zzzz-nothing' })).svg);
    expect(none.events).toEqual([]);
    expect(none.words).toContain('No events match the filters.');
  });

  it('draws lanes by kind or actor, each named, an event in each of its actors’ lanes', () => {
    const byKind = read(buildViewImage(loaded, view({}, { group: 'kind' })).svg);
    expect(byKind.words).toContain('Statement');
    expect(byKind.words.some((w) => w.endsWith('· lanes by kind'))).toBe(true);
    const byActor = buildViewImage(loaded, view({ actors: ['taliban'] }, { group: 'actor' }));
    const svg = read(byActor.svg);
    expect(svg.words).toContain('Taliban');
    // An event with several actors is drawn once per lane shown.
    expect(svg.events.length).toBeGreaterThan(new Set(svg.events).size);
    expect(outside(svg.texts, svg.width)).toEqual([]);
  });

  it('writes hostile strings as text: no element or attribute comes from the data', () => {
    const payload = '"><script>alert(1)</script><g onload="x" href="javascript:y">&amp;';
    const hostile: Dataset = {
      ...seed,
      title: payload,
      actors: seed.actors.map((actor, i) => (i === 0 ? { ...actor, name: payload } : actor)),
      events: seed.events.map((event, i) =>
        i < 3 ? { ...event, title: `${payload}\u0000${i}` } : event,
      ),
    };
    const image = buildViewImage(deriveLoaded(hostile), view({}, { group: 'actor' }));
    const svg = read(image.svg);
    expect([...svg.names].sort()).toEqual(['desc', 'g', 'line', 'rect', 'svg', 'text', 'title']);
    expect(svg.attributes.filter((name) => /^on|href/i.test(name))).toEqual([]);
    expect(image.svg).not.toContain('<script');
    expect(image.svg).not.toContain('\u0000');
    expect(svg.words.some((w) => w.startsWith('"><script>alert(1)</script>'))).toBe(true);
  });

  it('cuts long titles and names with "…" inside their boxes and the image', () => {
    const long = 'An extraordinarily long headline that goes on '.repeat(20);
    const wordy: Dataset = {
      ...seed,
      title: long,
      sources: seed.sources.map((source) => ({ ...source, title: long })),
      actors: seed.actors.map((actor) => ({ ...actor, name: `${actor.name} ${long}` })),
      events: seed.events.map((event) => ({ ...event, title: `${event.title} ${long}` })),
    };
    for (const group of ['none', 'actor'] as const) {
      for (const widthPx of [480, 1200]) {
        const image = buildViewImage(deriveLoaded(wordy), view({}, { group }), { widthPx });
        const svg = read(image.svg);
        expect(svg.width).toBe(widthPx);
        expect(outside(svg.texts, widthPx)).toEqual([]);
        const cut = svg.words.filter((w) => w.endsWith('…'));
        expect(cut.length).toBeGreaterThan(5);
        // The whole title stays in each event's tooltip.
        expect(image.svg).toContain(escapeForTest(wordy.events[0]?.title ?? ''));
      }
    }
  });

  it('draws periods as bands behind the events and names them, with dates, in the legend', () => {
    const withPeriods: Dataset = {
      ...seed,
      periods: [
        {
          id: 'withdrawal',
          title: 'The <b>withdrawal</b>',
          date: { value: '2021-08-14/2021-08-31' },
        },
        { id: 'talks', title: 'Doha talks', date: { value: '2021-10-09/2021-10-10' } },
        { id: 'long-ago', title: 'Long ago', date: { value: '1990' } },
      ],
    };
    const image = buildViewImage(deriveLoaded(withPeriods), view());
    const svg = read(image.svg);
    expect(svg.words).toContain('The <b>withdrawal</b> (14–31 August 2021)');
    expect(svg.words).toContain('Doha talks (9–10 October 2021)');
    // Out of the window: neither drawn nor listed.
    expect(svg.words.some((w) => w.startsWith('Long ago'))).toBe(false);
    expect(image.svg).toContain('<title>Doha talks (9–10 October 2021)</title>');
  });

  it('names the first source and counts the others', () => {
    const [first] = seed.sources;
    if (!first) throw new Error('the seed has a source');
    expect(sourceLine([first, { ...first, id: 'b' }, { ...first, id: 'c' }])).toMatch(
      /^Sources: “Taliban: .*”, Latin Post, by Joshua Summers, Sunday 10 October 2021, and 2 more$/,
    );
  });

  it('breaks a lane name over two lines between words', () => {
    const style = { sizePx: 13, bold: true };
    expect(laneNameLines('Taliban', 160, style)).toEqual(['Taliban']);
    expect(laneNameLines('State Department spokesperson', 160, style)).toEqual([
      'State Department',
      'spokesperson',
    ]);
    const lines = laneNameLines(
      'Islamic State in Khorasan Province and its many many allies',
      160,
      style,
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
  });
});

function escapeForTest(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
