import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../dataset/parse';
import type { Dataset } from '../dataset/schema';
import { WRITERS } from '../formats/writers/table';
import { datasetAsShown, datasetToExport, exportFileName } from './exportedDataset';

const seed = JSON.parse(
  readFileSync(new URL('../../data/doha-talks-2021.json', import.meta.url), 'utf8'),
) as Dataset;

function load(dataset: unknown) {
  const result = parseDataset(dataset, { anchors: 'repair' });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

describe('datasetToExport', () => {
  it('gives the whole dataset as it is when nothing was repaired', () => {
    const loaded = load(seed);
    const result = datasetToExport(loaded, 'dataset', []);
    expect(result).toEqual({ ok: true, dataset: loaded.dataset });
    expect(datasetAsShown(loaded)).toBe(loaded.dataset);
  });

  it('gives only the filtered events, as a valid dataset', () => {
    const loaded = load(seed);
    const result = datasetToExport(loaded, 'filtered', [
      'doha-talks',
      'shia-mosque-suicide-bombing',
    ]);
    if (!result.ok) throw new Error(result.message);
    expect(result.dataset.events.map((event) => event.id).sort()).toEqual([
      'doha-talks',
      'shia-mosque-suicide-bombing',
    ]);
    expect(parseDataset(result.dataset, { anchors: 'strict' }).ok).toBe(true);
  });

  it('refuses a filtered view of no events, with a message', () => {
    expect(datasetToExport(load(seed), 'filtered', [])).toEqual({
      ok: false,
      message: 'No events to export: the view shows none.',
    });
  });

  it('writes a passage re-anchored on load at the offsets it was found at, so the file validates', () => {
    const stale = structuredClone(seed);
    const event = stale.events[0];
    const passage = event?.passages[0];
    if (!event || !passage) throw new Error('the seed has events with passages');
    const { start, end } = passage;
    passage.start = start + 3;
    passage.end = end + 3;
    expect(parseDataset(stale, { anchors: 'strict' }).ok).toBe(false);
    const loaded = load(stale);
    const result = datasetToExport(loaded, 'dataset', []);
    if (!result.ok) throw new Error(result.message);
    expect(result.dataset.events[0]?.passages[0]).toMatchObject({ start, end });
    expect(parseDataset(result.dataset, { anchors: 'strict' }).ok).toBe(true);
    // The loaded dataset itself is left as it was read.
    expect(loaded.dataset.events[0]?.passages[0]?.start).toBe(start + 3);
  });
});

describe('exportFileName', () => {
  it('names the file after the dataset, the scope and the format', () => {
    expect(exportFileName('doha-talks-2021', 'dataset', WRITERS.sourceline.extension)).toBe(
      'doha-talks-2021.json',
    );
    expect(exportFileName('doha-talks-2021', 'dataset', WRITERS.timelinejs.extension)).toBe(
      'doha-talks-2021.timelinejs.json',
    );
    expect(exportFileName('doha-talks-2021', 'filtered', WRITERS.csv.extension)).toBe(
      'doha-talks-2021-filtered.csv',
    );
    expect(exportFileName('doha-talks-2021', 'filtered', WRITERS.annotations.extension)).toBe(
      'doha-talks-2021-filtered.annotations.jsonld',
    );
  });
});
