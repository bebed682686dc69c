import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/generate';
import { countMovedPassages, forTransfer, withIndexes } from './loaded';
import { parseDataset } from './parse';
import { CHUNK_EVENTS, type Chunk, ChunkJoiner, splitDataset } from './transferChunks';

function loadedOf(events: number) {
  const dataset = generateDataset({ events, seed: 3 });
  const parsed = parseDataset(dataset, { anchors: 'repair' });
  if (!parsed.ok) throw new Error('the generated dataset is invalid');
  return forTransfer(parsed.value);
}

/** What a message does to a chunk: a structured clone (identity kept only inside it). */
const sent = (chunk: Chunk): Chunk => structuredClone(chunk);

describe('splitDataset and ChunkJoiner', () => {
  it('cut a dataset into chunks of CHUNK_EVENTS events and put it back as it was', () => {
    const loaded = loadedOf(CHUNK_EVENTS * 2 + 17);
    const chunks = splitDataset(loaded);
    expect(chunks.map((chunk) => chunk.kind)).toEqual([
      'head',
      'events',
      'events',
      'events',
      'order',
    ]);
    const joiner = new ChunkJoiner();
    for (const chunk of chunks) {
      expect(joiner.complete).toBe(false);
      joiner.add(sent(chunk));
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
    const joiner = new ChunkJoiner();
    for (const chunk of splitDataset(loadedOf(1_200))) joiner.add(sent(chunk));
    const joined = joiner.result();
    for (const resolved of joined.events) {
      expect(resolved.event).toBe(joined.dataset.events[resolved.index]);
    }
    const byIndex = new Map(joined.events.map((resolved) => [resolved.index, resolved]));
    for (const list of joined.eventsByActor.values()) {
      for (const resolved of list) expect(resolved).toBe(byIndex.get(resolved.index));
    }
  });

  it('gather the lookups by id as the chunks arrive, as withIndexes makes them', () => {
    const joiner = new ChunkJoiner();
    for (const chunk of splitDataset(loadedOf(CHUNK_EVENTS + 300))) joiner.add(sent(chunk));
    const joined = joiner.result();
    const gathered = withIndexes(joined, joiner.indexes());
    const made = withIndexes(joined);
    expect([...gathered.kinds]).toEqual([...made.kinds]);
    expect(gathered.eventById.size).toBe(made.eventById.size);
    for (const [id, resolved] of made.eventById) {
      expect(gathered.eventById.get(id)).toBe(resolved);
    }
    expect(joiner.movedPassages()).toEqual(countMovedPassages(joined.events));
  });

  it('count the passages out of place as they arrive, by state', () => {
    const loaded = loadedOf(40);
    // Two passages the source's text moved from under (as re-anchoring would have found them).
    const [first, second] = loaded.events;
    if (!first?.anchors[0] || !second?.anchors[0]) throw new Error('no passages to move');
    first.anchors[0] = { ...first.anchors[0], state: 'moved', start: first.anchors[0].start + 1 };
    second.anchors[0] = { ...second.anchors[0], state: 'lost' };
    const joiner = new ChunkJoiner();
    for (const chunk of splitDataset(loaded)) joiner.add(sent(chunk));
    expect(joiner.movedPassages()).toEqual({
      exact: 0,
      moved: 1,
      edited: 0,
      ambiguous: 0,
      lost: 1,
    });
  });

  it('keep an empty dataset whole', () => {
    const loaded = loadedOf(0);
    const joiner = new ChunkJoiner();
    for (const chunk of splitDataset(loaded)) joiner.add(sent(chunk));
    expect(joiner.result().dataset).toEqual(loaded.dataset);
  });
});
