// The URL sync against a stand-in for the browser's location and history: what is pushed, what is
// replaced, what Back and Forward restore, and what an edit of the dataset does to the address.
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { deleteEvent, setEventField } from '../dataset/commandBuilders';
import { readDatasetText } from '../formats/readers/readDataset';
import { editing } from './editing';
import { setInPageReader } from './parseOffThread';
import { resetStore, useStore } from './store';
import { startUrlSync } from './urlSync';

const seedText = readFileSync('data/doha-talks-2021.json', 'utf8');

/** Session history as a browser keeps it: entries of a URL and a (cloned) state, and a cursor. */
class FakeBrowser {
  entries: Array<{ url: string; state: unknown }>;
  index = 0;
  private listeners = new Set<() => void>();
  readonly location: { readonly pathname: string; readonly search: string };
  readonly history: {
    readonly state: unknown;
    pushState: (state: unknown, title: string, url: string) => void;
    replaceState: (state: unknown, title: string, url: string) => void;
  };

  constructor(url: string) {
    this.entries = [{ url, state: null }];
    const here = () => new URL(this.url, 'http://app.test');
    const entries = () => this.entries;
    this.location = {
      get pathname() {
        return here().pathname;
      },
      get search() {
        return here().search;
      },
    };
    const at = () => this.index;
    this.history = {
      get state() {
        return entries()[at()]?.state ?? null;
      },
      pushState: (state, _title, next) => {
        this.entries = this.entries.slice(0, this.index + 1);
        this.entries.push({ url: next, state: structuredClone(state) });
        this.index++;
      },
      replaceState: (state, _title, next) => {
        this.entries[this.index] = { url: next, state: structuredClone(state) };
      },
    };
  }

  addEventListener(type: string, listener: () => void) {
    if (type === 'popstate') this.listeners.add(listener);
  }

  removeEventListener(type: string, listener: () => void) {
    if (type === 'popstate') this.listeners.delete(listener);
  }

  go(delta: number) {
    this.index += delta;
    for (const listener of this.listeners) listener();
  }

  get url(): string {
    return this.entries[this.index]?.url ?? '';
  }
}

let browser: FakeBrowser;
let fetches: string[];
let stop: () => void;

const state = () => useStore.getState();

async function start(url: string) {
  browser = new FakeBrowser(url);
  vi.stubGlobal('window', browser);
  stop = startUrlSync();
  await vi.waitFor(() => expect(state().loaded).not.toBeNull());
}

beforeAll(() => setInPageReader(readDatasetText));

beforeEach(() => {
  resetStore();
  fetches = [];
  vi.stubGlobal('fetch', async (url: string) => {
    fetches.push(url);
    return new Response(seedText, { headers: { 'content-type': 'application/json' } });
  });
});

afterEach(() => {
  stop();
  vi.unstubAllGlobals();
});

describe('the URL sync', () => {
  it('opens the link’s dataset and view, replacing the entry (a repaired link leaves no trace)', async () => {
    await start('/?event=doha-talks&actors=taliban,ghost');
    expect(state().view.event).toBe('doha-talks');
    // An old link's event becomes its page's path (the page the build prerendered).
    expect(browser.entries).toEqual([
      {
        url: '/events/doha-talks/?actors=taliban',
        state: { dataset: { kind: 'bundled', id: 'doha-talks-2021' } },
      },
    ]);
  });

  it('pushes selections and filters, replaces the window and a run of search typing', async () => {
    await start('/');
    state().selectEvent('doha-talks');
    state().setWindow({ from: 18_900, to: 18_910 });
    state().setFilters({ query: 't' });
    state().setFilters({ query: 'ta' });
    state().setFilters({ query: 'tal' });
    state().toggleKind('diplomacy');
    expect(browser.entries.map((entry) => entry.url)).toEqual([
      '/',
      '/events/doha-talks/?from=2021-09-30&to=2021-10-10',
      '/events/doha-talks/?q=tal&from=2021-09-30&to=2021-10-10',
      '/events/doha-talks/?kinds=diplomacy&q=tal&from=2021-09-30&to=2021-10-10',
    ]);
  });

  it('walks back and forward through views without loading the dataset again', async () => {
    await start('/');
    state().selectEvent('doha-talks');
    state().selectEvent('shia-mosque-suicide-bombing');
    browser.go(-1);
    expect(state().view.event).toBe('doha-talks');
    browser.go(-1);
    expect(state().view.event).toBeNull();
    browser.go(2);
    expect(state().view.event).toBe('shia-mosque-suicide-bombing');
    expect(fetches).toHaveLength(1);
    expect(browser.entries).toHaveLength(3);
  });

  it('treats an entry it did not write, naming the dataset on screen, as the same dataset', async () => {
    await start('/');
    browser.history.pushState({ datasetKey: 'bundled:doha-talks-2021' }, '', '/?event=doha-talks');
    browser.go(-1);
    browser.go(1);
    expect(state().view.event).toBe('doha-talks');
    expect(fetches).toHaveLength(1);
  });

  it('says that a step of a file no longer open cannot be shown, and loads nothing', async () => {
    await start('/');
    const stale = { dataset: { kind: 'file', name: 'mine#2.json', opening: 7 } };
    browser.history.pushState(stale, '', '/?event=doha-talks');
    browser.go(-1);
    browser.go(1);
    expect(state().notices.at(-1)?.text).toBe(
      'This step of the history shows the file mine#2.json, which is no longer open. Open it again with “Open dataset…”.',
    );
    expect(state().view.event).toBeNull();
    expect(fetches).toHaveLength(1);
  });

  it('writes nothing for an edit, and replaces the entry when an edit deselects', async () => {
    await start('/?event=doha-talks');
    state().enableEditing(editing);
    const dataset = () => {
      const { loaded } = state();
      if (!loaded) throw new Error('nothing loaded');
      return loaded.dataset;
    };
    state().dispatch(setEventField(dataset(), 'doha-talks', 'title', 'A'));
    expect(browser.entries.map((entry) => entry.url)).toEqual(['/events/doha-talks/']);
    state().dispatch(deleteEvent(dataset(), 'doha-talks'));
    expect(state().view.event).toBeNull();
    expect(browser.entries.map((entry) => entry.url)).toEqual(['/']);
  });

  it('reads an event’s page and another bundled dataset’s page as their old query links', async () => {
    await start('/events/doha-talks/?group=kind');
    expect(state().view.event).toBe('doha-talks');
    expect(state().view.group).toBe('kind');
    expect(browser.entries.map((entry) => entry.url)).toEqual(['/events/doha-talks/?group=kind']);
    state().selectEvent('shia-mosque-suicide-bombing');
    expect(browser.entries.at(-1)?.url).toBe('/events/shia-mosque-suicide-bombing/?group=kind');
    browser.go(-1);
    expect(state().view.event).toBe('doha-talks');
  });

  it('takes over a prerendered page whose dataset is in already, loading nothing', async () => {
    browser = new FakeBrowser('/events/doha-talks/?actors=taliban');
    vi.stubGlobal('window', browser);
    const result = await readDatasetText(seedText);
    if (!result.ok) throw new Error(result.summary);
    state().showDataset(
      result.loaded,
      { kind: 'bundled', id: 'doha-talks-2021' },
      { ...state().view, event: 'doha-talks' },
    );
    stop = startUrlSync();
    expect(state().view.filters.actors).toEqual(['taliban']);
    expect(fetches).toHaveLength(0);
    expect(browser.entries.map((entry) => entry.url)).toEqual([
      '/events/doha-talks/?actors=taliban',
    ]);
  });
});
