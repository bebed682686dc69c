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

  it('keeps the sources quoted passages come from and the actors claims name', () => {
    const copy = structuredClone(seed);
    const condemns = copy.events.find(
      (e) => e.id === 'biden-administration-condemns-mosque-bombing',
    );
    const talks = copy.events.find((e) => e.id === 'doha-talks');
    if (!condemns || !talks?.passages[0]) throw new Error('the seed has these events');
    // Only the article's passages: the statement is reached through the quote alone.
    condemns.passages = condemns.passages.filter(
      (p) => p.source !== 'state-dept-2021-10-08-kunduz',
    );
    talks.passages[0].claim = { attributedTo: { actor: 'qatar' } };
    const result = subsetDataset(copy, [condemns.id, talks.id]);
    if (!result.ok) throw new Error(result.message);
    expect(result.dataset.sources.map((s) => s.id)).toContain('state-dept-2021-10-08-kunduz');
    expect(result.dataset.actors.map((a) => a.id)).toContain('qatar');
    expect(parseDataset(result.dataset, { anchors: 'strict' }).ok).toBe(true);
  });

  it('refuses to make a dataset of no events', () => {
    expect(subsetDataset(seed, [])).toEqual({
      ok: false,
      message: 'No events to export: the view shows none.',
    });
  });
});
