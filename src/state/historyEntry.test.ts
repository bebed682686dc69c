import { describe, expect, it } from 'vitest';
import { datasetKey, readHistoryEntry, sameDatasetKey } from './historyEntry';

describe('history entries', () => {
  it('name the dataset as data: the address asked for, a file by its name and opening', () => {
    expect(datasetKey({ kind: 'bundled', id: 'doha-talks-2021' })).toEqual({
      kind: 'bundled',
      id: 'doha-talks-2021',
    });
    expect(
      datasetKey({ kind: 'url', url: 'https://a.example/d.json', finalUrl: 'https://b.example/d' }),
    ).toEqual({ kind: 'url', url: 'https://a.example/d.json' });
    expect(datasetKey({ kind: 'file', name: 'a#1.json', opening: 2 })).toEqual({
      kind: 'file',
      name: 'a#1.json',
      opening: 2,
    });
    expect(datasetKey({ kind: 'file', name: 'a.json' })).toEqual({
      kind: 'file',
      name: 'a.json',
      opening: 0,
    });
    expect(datasetKey(null)).toBeNull();
  });

  it('compare field by field, so a file name holding “#1” or “:” is no other dataset', () => {
    const file = { kind: 'file', name: 'x.json#1', opening: 0 } as const;
    expect(sameDatasetKey(file, { ...file })).toBe(true);
    expect(sameDatasetKey(file, { kind: 'file', name: 'x.json', opening: 1 })).toBe(false);
    expect(sameDatasetKey(file, { ...file, opening: 1 })).toBe(false);
    expect(sameDatasetKey({ kind: 'bundled', id: 'url' }, { kind: 'url', url: 'url' })).toBe(false);
    expect(sameDatasetKey(null, null)).toBe(true);
    expect(sameDatasetKey(null, file)).toBe(false);
  });

  it('read back only what this app wrote (a structured clone of it), anything else as none', () => {
    const entry = { dataset: { kind: 'file', name: 'a.json', opening: 3 } };
    expect(readHistoryEntry(structuredClone(entry))).toEqual(entry);
    expect(readHistoryEntry({ dataset: null })).toEqual({ dataset: null });
    for (const other of [
      null,
      'bundled:doha-talks-2021',
      { datasetKey: 'bundled:doha-talks-2021' },
      { dataset: 'bundled:doha-talks-2021' },
      { dataset: { kind: 'file', name: 'a.json' } },
      { dataset: { kind: 'url', url: 42 } },
      { dataset: { kind: 'ftp', url: 'ftp://x' } },
    ]) {
      expect(readHistoryEntry(other)).toBeNull();
    }
  });
});
