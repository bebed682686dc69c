import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  copiesOf,
  datesOverlap,
  figureRanges,
  figuresAgree,
  isNearDuplicate,
  NEAR_DUPLICATE,
  shingleSimilarity,
} from './corroboration';
import { parseEdtf } from './edtf';
import { parseDataset } from './parse';
import type { Dataset, Figure } from './schema';
import type { LoadedDataset } from './types';

const fixture = JSON.parse(
  readFileSync(new URL('../../e2e/fixtures/two-sources.json', import.meta.url), 'utf8'),
) as Dataset;

function load(dataset: Dataset): LoadedDataset {
  const result = parseDataset(dataset, { anchors: 'strict' });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

const corroborationOf = (loaded: LoadedDataset, id: string) =>
  loaded.eventById.get(id)?.corroboration;

const date = (value: string) => {
  const parsed = parseEdtf(value);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.date;
};

describe('near-duplicate passages', () => {
  const wire =
    'A suicide bomber struck a Shia mosque in Kunduz during Friday prayers on 8 October, killing 46 worshippers, a spokesman said.';

  it('takes a reprint with a word changed for a copy', () => {
    const reprint = wire.replace('a spokesman', 'the spokesman');
    expect(shingleSimilarity(wire, reprint)).toBeGreaterThanOrEqual(NEAR_DUPLICATE);
    expect(isNearDuplicate(wire, reprint)).toBe(true);
    // Case, punctuation and spacing are no difference.
    expect(isNearDuplicate(wire, wire.toUpperCase().replace(/,/g, ' '))).toBe(true);
  });

  it('does not take a rewritten report of the same event for a copy', () => {
    const rewritten =
      'Forty-six people died when a bomber blew himself up inside a mosque in Kunduz on Friday, officials said.';
    expect(isNearDuplicate(wire, rewritten)).toBe(false);
  });

  it('never takes short quotes for copies, however alike', () => {
    expect(isNearDuplicate('46 people were killed', '46 people were killed')).toBe(false);
    expect(shingleSimilarity('two words', 'two words')).toBe(0);
  });

  it('joins the sources of copied passages, transitively, keeping the first', () => {
    const event = fixture.events[0] as Dataset['events'][number];
    expect([...copiesOf(event)]).toEqual([
      ['kabul-daily-wire', 'kabul-daily-wire'],
      ['herat-times-wire', 'kabul-daily-wire'],
      ['un-briefing', 'un-briefing'],
    ]);
  });
});

describe('figures against their hedges', () => {
  const f = (value: number, hedge?: Figure['hedge']): Figure =>
    hedge ? { what: 'killed', value, hedge } : { what: 'killed', value };

  it.each([
    [f(46), f(46), true],
    [f(46), f(47), false],
    [f(46, 'at least'), f(100, 'more than'), true],
    [f(46), f(100, 'more than'), false],
    [f(100), f(100, 'more than'), false],
    [f(101), f(100, 'more than'), true],
    [f(100), f(100, 'at least'), true],
    [f(50, 'about'), f(54), true],
    [f(50, 'about'), f(56), false],
    [f(3, 'about'), f(4), true],
    [{ what: 'killed', min: 40, max: 60 }, f(46), true],
    [{ what: 'killed', min: 40, max: 60 }, f(60, 'more than'), false],
    [{ what: 'killed', max: 10 }, f(46, 'at least'), false],
  ])('%o and %o agree: %s', (a, b, agree) => {
    expect(figuresAgree(a, b)).toBe(agree);
    expect(figuresAgree(b, a)).toBe(agree);
  });
});

describe('dates', () => {
  it.each([
    ['2021-10-08', '2021-10-08', true],
    ['2021-10-07', '2021-10-08', false],
    ['2021-10', '2021-10-08', true],
    ['2021-10-01/2021-10-07', '2021-10-08', false],
    ['2021-10-01/..', '2021-12-25', true],
    ['2021-08~', '2021-08-30', true],
  ])('%s and %s overlap: %s', (a, b, overlap) => {
    expect(datesOverlap(date(a), date(b))).toBe(overlap);
    expect(datesOverlap(date(b), date(a))).toBe(overlap);
  });
});

describe('corroboration of an event', () => {
  const loaded = load(fixture);

  it('finds the bombing disputed: a day apart, and 46 against more than 100', () => {
    expect(corroborationOf(loaded, 'kunduz-mosque-bombing')).toEqual({
      status: 'disputed',
      sources: 2,
      outlets: 3,
      copies: 1,
      disputedDate: true,
      disputedFigures: ['killed and injured'],
      // For the views: the UN briefing's date, parsed.
      claimedDates: [null, null, date('2021-10-07')],
    });
  });

  it('counts a wire story printed by two outlets as one source', () => {
    expect(corroborationOf(loaded, 'residents-describe-blast')).toMatchObject({
      status: 'single-source',
      sources: 1,
      outlets: 2,
      copies: 1,
    });
  });

  it('finds two independent sources that agree corroborated', () => {
    expect(corroborationOf(loaded, 'us-condemns-attack')).toMatchObject({
      status: 'corroborated',
      sources: 2,
      outlets: 2,
      copies: 0,
    });
    expect(corroborationOf(loaded, 'un-calls-for-justice')?.status).toBe('single-source');
  });

  it('finds one source disputed when two claims in it conflict', () => {
    const dataset = structuredClone(fixture);
    const event = dataset.events[3] as Dataset['events'][number];
    const text = dataset.sources[2]?.text ?? '';
    event.passages.push({
      source: 'un-briefing',
      exact: 'UN',
      start: 0,
      end: 2,
      prefix: '',
      suffix: text.slice(2, 34),
      claim: { date: { value: '2021-10-12' } },
    });
    expect(corroborationOf(load(dataset), 'un-calls-for-justice')).toMatchObject({
      status: 'disputed',
      sources: 1,
      disputedDate: true,
    });
  });

  it('says nothing is disputed when the claimed dates overlap the event’s', () => {
    const dataset = structuredClone(fixture);
    const claim = dataset.events[0]?.passages[2]?.claim;
    if (!claim) throw new Error('the fixture has a claim there');
    claim.date = { value: '2021-10' };
    claim.figures = [{ what: 'Killed and  injured', value: 46, hedge: 'at least' }];
    expect(corroborationOf(load(dataset), 'kunduz-mosque-bombing')).toMatchObject({
      status: 'corroborated',
      disputedDate: false,
      disputedFigures: [],
    });
  });

  it('gives the seed’s events as before: one source each but those the statement supports', () => {
    const seed = load(
      JSON.parse(readFileSync(new URL('../../data/doha-talks-2021.json', import.meta.url), 'utf8')),
    );
    const statuses = new Map(seed.events.map((e) => [e.event.id, e.corroboration.status]));
    expect(statuses.get('doha-talks')).toBe('single-source');
    expect([...statuses.values()].includes('disputed')).toBe(false);
  });
});

describe('figure ranges', () => {
  it('runs from the lowest figure to the highest, counting copies once', () => {
    const event = fixture.events[0] as Dataset['events'][number];
    expect(figureRanges(event)).toEqual([
      {
        what: 'killed and injured',
        lowest: { what: 'killed and injured', value: 46 },
        highest: { what: 'killed and injured', value: 100, hedge: 'more than' },
        sources: 2,
        disputed: true,
      },
    ]);
  });

  it('prefers the open "more than" as the highest of two unbounded figures', () => {
    const event = structuredClone(fixture.events[0]) as Dataset['events'][number];
    for (const passage of event.passages.slice(0, 2)) {
      if (!passage.claim) throw new Error('claims expected');
      passage.claim.figures = [{ what: 'killed and injured', value: 46, hedge: 'at least' }];
    }
    const [range] = figureRanges(event);
    expect(range?.lowest).toEqual({ what: 'killed and injured', value: 46, hedge: 'at least' });
    expect(range?.highest).toEqual({ what: 'killed and injured', value: 100, hedge: 'more than' });
    expect(range?.disputed).toBe(false);
  });
});
