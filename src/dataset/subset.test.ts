import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDataset } from './parse';
import type { Dataset } from './schema';
import { subsetDataset } from './subset';

const seed = JSON.parse(
  readFileSync(new URL('../../data/doha-talks-2021.json', import.meta.url), 'utf8'),
) as Dataset;

describe('subsetDataset', () => {
  it('keeps the chosen events in file order, and only the actors they refer to', () => {
    const result = subsetDataset(seed, ['doha-talks', 'us-troop-withdrawal', 'not-an-event']);
    if (!result.ok) throw new Error(result.message);
    const { dataset } = result;
    expect(dataset.events.map((e) => e.id)).toEqual(['us-troop-withdrawal', 'doha-talks']);
    const referenced = new Set(dataset.events.flatMap((e) => e.actors.map((a) => a.id)));
    expect(dataset.actors.map((a) => a.id).sort()).toEqual([...referenced].sort());
    expect(dataset.actors.length).toBeLessThan(seed.actors.length);
    expect(parseDataset(dataset, { anchors: 'strict' }).ok).toBe(true);
  });

  it('keeps only the sources the chosen events quote', () => {
    const copy = structuredClone(seed);
    const [source] = copy.sources;
    if (!source) throw new Error('the seed has a source');
    copy.sources.push({ ...source, id: 'unused-source' });
    const result = subsetDataset(copy, ['doha-talks']);
    expect(result.ok && result.dataset.sources.map((s) => s.id)).toEqual([source.id]);
  });

  it('refuses to make a dataset of no events', () => {
    expect(subsetDataset(seed, [])).toEqual({
      ok: false,
      message: 'No events to export: the view shows none.',
    });
  });
});
