import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/generate';
import { forTransfer } from './loaded';
import { parseDataset } from './parse';
import { SLICE_EVENTS, type Slice, SliceJoiner, splitDataset } from './slices';

function loadedOf(events: number) {
  const dataset = generateDataset({ events, seed: 3 });
  const parsed = parseDataset(dataset, { anchors: 'repair' });
  if (!parsed.ok) throw new Error('the generated dataset is invalid');
  return forTransfer(parsed.value);
}

/** What a message does to a slice: a structured clone (identity kept only inside it). */
const sent = (slice: Slice): Slice => structuredClone(slice);

describe('splitDataset and SliceJoiner', () => {
  it('cut a dataset into slices of SLICE_EVENTS events and put it back as it was', () => {
    const loaded = loadedOf(SLICE_EVENTS * 2 + 17);
    const slices = splitDataset(loaded);
    expect(slices.map((slice) => slice.kind)).toEqual([
      'head',
      'events',
      'events',
      'events',
      'order',
    ]);
    const joiner = new SliceJoiner();
    for (const slice of slices) {
      expect(joiner.complete).toBe(false);
      joiner.add(sent(slice));
    }
    expect(joiner.complete).toBe(true);
    const joined = joiner.result();
    expect(joined.dataset).toEqual(loaded.dataset);
    expect(joined.events).toEqual(loaded.events);
    expect(joined.searchTexts).toEqual(loaded.searchTexts);
    expect([...joined.eventsByActor.keys()]).toEqual([...loaded.eventsByActor.keys()]);
    expect(joined.extent).toEqual(loaded.extent);
    expect(joined.periods).toEqual(loaded.periods);
  });

  it('share the objects again: each resolved event holds the dataset’s own event, once', () => {
    const joiner = new SliceJoiner();
    for (const slice of splitDataset(loadedOf(1_200))) joiner.add(sent(slice));
    const joined = joiner.result();
    for (const resolved of joined.events) {
      expect(resolved.event).toBe(joined.dataset.events[resolved.index]);
    }
    const byIndex = new Map(joined.events.map((resolved) => [resolved.index, resolved]));
    for (const list of joined.eventsByActor.values()) {
      for (const resolved of list) expect(resolved).toBe(byIndex.get(resolved.index));
    }
  });

  it('keep an empty dataset whole', () => {
    const loaded = loadedOf(0);
    const joiner = new SliceJoiner();
    for (const slice of splitDataset(loaded)) joiner.add(sent(slice));
    expect(joiner.result().dataset).toEqual(loaded.dataset);
  });
});
