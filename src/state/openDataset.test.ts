import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseDataset } from '../dataset/parse';
import type { LoadOptions, LoadOutcome } from './datasetLoader';
import { cancelLoad, openDataset } from './openDataset';
import { resetStore, useStore } from './store';

function seed(title = 'Seed') {
  const json = JSON.parse(readFileSync('data/doha-talks-2021.json', 'utf8'));
  const result = parseDataset({ ...json, title }, { anchors: 'strict' });
  if (!result.ok) throw new Error('seed dataset invalid');
  return result.value;
}

/** A load that lands only when told to, and answers “cancelled” once its signal aborts. */
function controlledLoad() {
  let land: (outcome: LoadOutcome) => void = () => undefined;
  let options: LoadOptions = {};
  const read = (given: LoadOptions) => {
    options = given;
    return new Promise<LoadOutcome>((resolve) => {
      land = resolve;
      given.signal?.addEventListener('abort', () => resolve({ ok: false, cancelled: true }));
    });
  };
  return {
    read,
    options: () => options,
    land: (title: string) =>
      land({ ok: true, loaded: seed(title), origin: { kind: 'bundled', id: title } }),
  };
}

const title = () => useStore.getState().loaded?.dataset.title;

describe('opening datasets', () => {
  beforeEach(() => resetStore());
  afterEach(() => vi.useRealTimers());

  it('tracks what is loading and how much has arrived', async () => {
    vi.useFakeTimers();
    const load = controlledLoad();
    const done = openDataset('a.json', load.read);
    expect(useStore.getState().loading).toMatchObject({ what: 'a.json', bytesRead: 0 });
    load.options().onProgress?.(10, 100);
    load.options().onProgress?.(20, 100);
    await vi.advanceTimersByTimeAsync(100);
    expect(useStore.getState().loading).toMatchObject({ bytesRead: 20, totalBytes: 100 });
    load.land('A');
    await done;
    expect(useStore.getState().loading).toBeNull();
    expect(title()).toBe('A');
  });

  it('aborts the load a newer one replaces, and only the newer one lands', async () => {
    const older = controlledLoad();
    const newer = controlledLoad();
    const first = openDataset('old.json', older.read);
    const second = openDataset('new.json', newer.read);
    expect(older.options().signal?.aborted).toBe(true);
    expect(newer.options().signal?.aborted).toBe(false);
    older.land('Old');
    newer.land('New');
    await Promise.all([first, second]);
    expect(title()).toBe('New');
  });

  it('cancels with a dataset on screen: it stays, with a notice, and a late answer is dropped', async () => {
    const shown = controlledLoad();
    const firstLoad = openDataset('shown.json', shown.read);
    shown.land('Shown');
    await firstLoad;
    const slow = controlledLoad();
    const done = openDataset('slow.json', slow.read);
    cancelLoad();
    expect(slow.options().signal?.aborted).toBe(true);
    await done;
    const state = useStore.getState();
    expect(state.loading).toBeNull();
    expect(state.loadFailure).toBeNull();
    expect(title()).toBe('Shown');
    expect(state.notices.at(-1)?.text).toBe(
      'Loading slow.json was cancelled; the dataset on screen is unchanged.',
    );
  });

  it('cancels a first load: the panel says nothing was loaded, and goes when a load starts', async () => {
    const slow = controlledLoad();
    const done = openDataset('slow.json', slow.read);
    cancelLoad();
    await done;
    expect(useStore.getState().loadFailure).toEqual({
      name: 'slow.json',
      summary: 'slow.json was not loaded.',
      said: {
        code: 'notLoaded',
        values: { what: expect.stringContaining('slow.json') },
        text: 'slow.json was not loaded.',
      },
      problems: [],
      cancelled: true,
    });
    const next = controlledLoad();
    const again = openDataset('next.json', next.read);
    expect(useStore.getState().loadFailure).toBeNull();
    next.land('Next');
    await again;
    expect(title()).toBe('Next');
  });

  it('fails a read that throws instead of loading forever', async () => {
    await openDataset('odd.json', () => Promise.reject(new Error('boom')));
    const state = useStore.getState();
    expect(state.loading).toBeNull();
    expect(state.loadFailure?.summary).toBe('The dataset could not be read (boom).');
  });

  it('does nothing on Cancel once a load has landed', async () => {
    const load = controlledLoad();
    const done = openDataset('a.json', load.read);
    load.land('A');
    await done;
    cancelLoad();
    expect(useStore.getState().notices).toEqual([]);
    expect(title()).toBe('A');
  });
});
