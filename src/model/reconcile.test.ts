import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deriveLoaded } from '../dataset/derive';
import { parseIsoDay } from '../dataset/edtf';
import { eventsExtent } from '../dataset/loaded';
import { parseDataset } from '../dataset/parse';
import type { LoadedDataset } from '../dataset/types';
import { withoutMarks } from './bidi';
import { reconcileView, windowLimits } from './reconcile';
import { DEFAULT_VIEW, type ViewState } from './viewState';

/** reconcileView, its notices read as text (the isolation marks around names taken out). */
function reconcileViewPlain(...args: Parameters<typeof reconcileView>) {
  const result = reconcileView(...args);
  return { ...result, notices: result.notices.map((notice) => withoutMarks(notice.text)) };
}

function loadSeed(): LoadedDataset {
  const raw = readFileSync(new URL('../../data/doha-talks-2021.json', import.meta.url), 'utf8');
  const result = parseDataset(JSON.parse(raw), { anchors: 'strict' });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

const loaded = loadSeed();

function day(iso: string): number {
  const n = parseIsoDay(iso);
  if (n === null) throw new Error(`not a day: ${iso}`);
  return n;
}

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

/** The seed's events run from August 2021 (approximate month) to 10 October 2021. */
const EXTENT = { from: day('2021-08-01'), to: day('2021-10-10') };
const TEN_YEARS = 3_653;

/** The seed without its events: a dataset with nothing dated. */
const undated = deriveLoaded({ ...loaded.dataset, events: [] });

describe('the extent and windowLimits', () => {
  it('spans the known days of the events', () => {
    expect(loaded.extent).toEqual(EXTENT);
    expect(eventsExtent(loaded.events)).toEqual(EXTENT);
    expect(undated.extent).toBeNull();
  });

  it('lets a window reach ten times the span, at least ten years, beyond the data', () => {
    expect(windowLimits(EXTENT)).toEqual({
      from: EXTENT.from - TEN_YEARS,
      to: EXTENT.to + TEN_YEARS,
    });
    expect(windowLimits({ from: 0, to: 999 })).toEqual({ from: -10_000, to: 10_999 });
  });
});

describe('reconcileView', () => {
  it('leaves a valid view untouched', () => {
    const valid = view({
      dataset: 'doha-talks-2021',
      event: 'doha-talks',
      filters: {
        actors: ['taliban', 'united-states'],
        match: 'all',
        kinds: ['statement', 'diplomacy'],
        query: 'Doha',
      },
      window: { from: day('2021-09-01'), to: day('2021-10-31') },
      group: 'actor',
    });
    expect(reconcileViewPlain(valid, loaded)).toEqual({ view: valid, notices: [] });
    expect(reconcileViewPlain(DEFAULT_VIEW, loaded)).toEqual({ view: DEFAULT_VIEW, notices: [] });
  });

  it('drops an unknown event', () => {
    expect(reconcileViewPlain(view({ event: 'moon-landing' }), loaded)).toEqual({
      view: DEFAULT_VIEW,
      notices: ['This dataset has no event “moon-landing”; nothing is selected.'],
    });
  });

  it('drops unknown actors and keeps the known ones', () => {
    const result = reconcileViewPlain(
      view({ filters: { actors: ['ghost', 'taliban', 'phantom'], match: 'all' } }),
      loaded,
    );
    expect(result.view.filters).toEqual({
      ...DEFAULT_VIEW.filters,
      actors: ['taliban'],
      match: 'all',
    });
    expect(result.notices).toEqual(['This dataset has no actor “ghost”, “phantom”; ignored.']);
  });

  it('names at most three unknown ids', () => {
    const result = reconcileViewPlain(
      view({ filters: { actors: ['a', 'b', 'c', 'd', 'e'] } }),
      loaded,
    );
    expect(result.view.filters.actors).toEqual([]);
    expect(result.notices).toEqual([
      'This dataset has no actor “a”, “b”, “c” and 2 more; ignored.',
    ]);
  });

  it('drops unknown event kinds', () => {
    const result = reconcileViewPlain(view({ filters: { kinds: ['attack', 'ceremony'] } }), loaded);
    expect(result.view.filters.kinds).toEqual(['attack']);
    expect(result.notices).toEqual(['This dataset has no event kind “ceremony”; ignored.']);
  });

  it('clamps an absurd window to the limits, with a notice', () => {
    const result = reconcileViewPlain(
      view({ window: { from: day('0001-01-01'), to: day('9999-12-31') } }),
      loaded,
    );
    expect(result.view.window).toEqual(windowLimits(EXTENT));
    expect(result.notices).toEqual([
      'The link’s time window reaches far beyond the data; it was narrowed.',
    ]);
  });

  it('clamps only the end that reaches too far', () => {
    const result = reconcileViewPlain(
      view({ window: { from: day('2021-09-01'), to: day('9999-12-31') } }),
      loaded,
    );
    expect(result.view.window).toEqual({ from: day('2021-09-01'), to: EXTENT.to + TEN_YEARS });
    expect(result.notices).toHaveLength(1);
  });

  it('drops a window that lies wholly beyond the limits', () => {
    const result = reconcileViewPlain(
      view({ window: { from: day('5000-01-01'), to: day('5000-12-31') } }),
      loaded,
    );
    expect(result.view.window).toBeNull();
    expect(result.notices).toEqual([
      'The link’s time window lies far from the data; all events are shown instead.',
    ]);
  });

  it('keeps a window for a dataset without dated events', () => {
    const window = { from: day('0001-01-01'), to: day('9999-12-31') };
    expect(reconcileViewPlain(view({ window }), undated).view.window).toEqual(window);
  });

  it('reports every problem of a link and keeps its valid parts', () => {
    const result = reconcileViewPlain(
      view({
        event: 'nope',
        group: 'kind',
        filters: { actors: ['qatar', 'x'], kinds: ['y'], query: 'talks' },
        window: { from: day('0001-01-01'), to: day('2021-10-01') },
      }),
      loaded,
    );
    expect(result.view).toEqual(
      view({
        group: 'kind',
        filters: { actors: ['qatar'], query: 'talks' },
        window: { from: EXTENT.from - TEN_YEARS, to: day('2021-10-01') },
      }),
    );
    expect(result.notices).toHaveLength(4);
  });
});
