import { readFileSync } from 'node:fs';
// The IndexedDB interfaces idb needs (IDBRequest…); each test opens its own fake database.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../dataset/schema';
import {
  DraftConflictError,
  DraftDeletedError,
  DraftStorageError,
  differingPieces,
  openDraftStore,
  storageFailureWords,
} from './draftStore';

const seed = JSON.parse(readFileSync('data/doha-talks-2021.json', 'utf8')) as Dataset;

/** The indexes of the pieces `save` writes to the store. */
async function piecesWrittenBy(save: () => Promise<unknown>): Promise<number[]> {
  const written: number[] = [];
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (
    this: IDBObjectStore,
    value: unknown,
    key?: IDBValidKey,
  ) {
    if (this.name === 'pieces') written.push((value as { index: number }).index);
    return put.call(this, value, key);
  };
  try {
    await save();
  } finally {
    IDBObjectStore.prototype.put = put;
  }
  return written;
}

describe('the drafts store', () => {
  it('saves revisions, lists and loads them, and removes and restores a draft', async () => {
    const store = await openDraftStore(new IDBFactory());
    const first = await store.save('d1', seed, 0, 'tab-a');
    expect(first.revision).toBe(1);
    const second = await store.save('d1', { ...seed, title: 'Renamed' }, 1, 'tab-a');
    expect(second.revision).toBe(2);
    expect((await store.load('d1'))?.dataset.title).toBe('Renamed');
    expect(await store.list()).toEqual([
      expect.objectContaining({ id: 'd1', title: 'Renamed', revision: 2, events: 18 }),
    ]);
    const kept = await store.load('d1');
    await store.remove('d1');
    expect(await store.load('d1')).toBeNull();
    if (kept) expect(await store.restore(kept, 'd1-copy')).toEqual({ id: 'd1', asCopy: false });
    expect((await store.load('d1'))?.revision).toBe(2);
  });

  it('never brings a deleted draft back by a save, and restores over nothing newer', async () => {
    const factory = new IDBFactory();
    const tabA = await openDraftStore(factory);
    const tabB = await openDraftStore(factory);
    await tabA.save('d1', seed, 0, 'a');
    const kept = await tabB.load('d1');
    await tabB.remove('d1');
    // Tab A saves on revision 1, which is gone: refused, not written.
    await expect(tabA.save('d1', { ...seed, title: 'A edits' }, 1, 'a')).rejects.toBeInstanceOf(
      DraftDeletedError,
    );
    expect(await tabA.load('d1')).toBeNull();
    // A draft of that id stored since the delete is never overwritten by an Undo of it.
    await tabA.save('d1', { ...seed, title: 'Made again' }, 0, 'a');
    if (!kept) throw new Error('no record');
    expect(await tabB.restore(kept, 'd1-copy')).toEqual({ id: 'd1-copy', asCopy: true });
    expect((await tabA.load('d1'))?.dataset.title).toBe('Made again');
    const copy = await tabA.load('d1-copy');
    expect(copy?.title).toBe(`${seed.title} (restored copy)`);
    expect(copy?.dataset.events).toEqual(seed.events);
  });

  it('after a delete undone in another tab (its pieces put back at the same revision), the next save writes every piece', async () => {
    const factory = new IDBFactory();
    const tabA = await openDraftStore(factory);
    const tabB = await openDraftStore(factory);
    const pieces = (title: string) => {
      const text = JSON.stringify({ ...seed, title });
      // Cut as a draft's text is: several pieces, joined the whole text.
      return [text.slice(0, 10), text.slice(10, 200), text.slice(200)];
    };
    await tabA.save('d1', seed, 0, 'a', undefined, pieces(seed.title));
    const kept = await tabB.load('d1');
    if (!kept) throw new Error('no record');
    await tabB.remove('d1');
    // Undone in tab B: the draft is back at revision 1, as one piece.
    expect(await tabB.restore(kept, 'd1-copy')).toEqual({ id: 'd1', asCopy: false });
    // Tab A goes on from revision 1; its save is whole, not the one piece it changed.
    await tabA.save('d1', { ...seed, title: 'A goes on' }, 1, 'a', undefined, pieces('A goes on'));
    const back = await openDraftStore(factory);
    expect((await back.load('d1'))?.dataset).toEqual({ ...seed, title: 'A goes on' });
  });

  it('refuses a save based on an older revision (another tab saved meanwhile)', async () => {
    const factory = new IDBFactory();
    const tabA = await openDraftStore(factory);
    const tabB = await openDraftStore(factory);
    await tabA.save('d1', seed, 0, 'a');
    await tabB.save('d1', { ...seed, title: 'B was here' }, 1, 'b');
    const late = tabA.save('d1', { ...seed, title: 'A again' }, 1, 'a');
    await expect(late).rejects.toBeInstanceOf(DraftConflictError);
    await expect(late).rejects.toMatchObject({ stored: { title: 'B was here', revision: 2 } });
    expect((await tabA.load('d1'))?.dataset.title).toBe('B was here');
  });

  it('keeps the dataset as JSON text in pieces, writing only the pieces that changed', async () => {
    const factory = new IDBFactory();
    const store = await openDraftStore(factory);
    const pieces = ['{"a":', '1,"b":', '2}'];
    const shape = { ...seed, title: 'Pieces' };
    await store.save('d1', shape, 0, 'tab-a', undefined, [...pieces]);
    const db = await openWith(factory);
    const kept = await db.get('drafts', 'd1');
    expect(kept.pieces).toBe(3);
    expect(kept.text).toBeUndefined();
    expect(kept.dataset).toBeUndefined();
    // Only the second piece differs: only it is written.
    const written = await piecesWrittenBy(() =>
      store.save('d1', shape, 1, 'tab-a', undefined, ['{"a":', '5,"b":', '2}']),
    );
    expect(written).toEqual([1]);
    const back = await db.getAll('pieces');
    expect(back.map((piece: { text: string }) => piece.text).join('')).toBe('{"a":5,"b":2}');
    // Fewer pieces: the extra ones go.
    await store.save('d1', shape, 2, 'tab-a', undefined, ['{"a":5,"b":2}']);
    expect(await db.count('pieces')).toBe(1);
    db.close();
  });

  it('reads a draft’s head without parsing its dataset, and then saves only the pieces that changed', async () => {
    const factory = new IDBFactory();
    const history = { undo: [], redo: [] };
    const shape = { ...seed, title: 'Head' };
    await (await openDraftStore(factory)).save('d1', shape, 0, 'tab-a', history, [
      '{"a":',
      '1,"b":',
      '2}',
    ]);
    // Another page (a reload) opens the draft: its editing tab reads the head only.
    const store = await openDraftStore(factory);
    const parse = vi.spyOn(JSON, 'parse');
    const head = await store.head('d1');
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
    expect(head).toMatchObject({ id: 'd1', title: 'Head', revision: 1, savedBy: 'tab-a', history });
    expect(head).not.toHaveProperty('dataset');
    expect(await store.head('none')).toBeNull();
    const written = await piecesWrittenBy(() =>
      store.save('d1', shape, 1, 'tab-b', history, ['{"a":', '1,"b":', '3}']),
    );
    expect(written).toEqual([2]);
  });

  it('reads drafts kept whole as text, or as objects, by earlier versions', async () => {
    const factory = new IDBFactory();
    const store = await openDraftStore(factory);
    const db = await openWith(factory);
    await db.put('drafts', {
      id: 'text',
      title: 'Text',
      revision: 2,
      savedAt: 2,
      savedBy: 'tab-a',
      text: JSON.stringify(seed),
      events: 18,
    });
    // As a draft was kept before that: the object itself.
    await db.put('drafts', {
      id: 'old',
      title: 'Old',
      revision: 3,
      savedAt: 1,
      savedBy: 'tab-a',
      dataset: { ...seed, title: 'Old' },
    });
    db.close();
    expect((await store.load('text'))?.dataset).toEqual(seed);
    expect((await store.load('old'))?.dataset).toEqual({ ...seed, title: 'Old' });
    expect(await store.list()).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: 'old', events: 18 })]),
    );
    expect((await store.save('old', seed, 3, 'tab-a')).revision).toBe(4);
    expect((await store.load('old'))?.dataset).toEqual(seed);
    expect((await store.save('text', seed, 2, 'tab-a')).revision).toBe(3);
    expect((await store.load('text'))?.dataset).toEqual(seed);
  });

  it('words storage failures plainly, with what to do', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(storageFailureWords(quota)).toMatch(/storage for this site is full.*Export it now/);
    expect(storageFailureWords(new DOMException('no', 'InvalidStateError'))).toMatch(
      /would not let this site store data/,
    );
    expect(new DraftStorageError('x')).toBeInstanceOf(Error);
  });
});

/** The drafts database itself, opened through `factory` (the store has made it). */
async function openWith(factory: IDBFactory) {
  const global = globalThis as { indexedDB: IDBFactory };
  const before = global.indexedDB;
  global.indexedDB = factory;
  try {
    return await openDB('sourceline');
  } finally {
    global.indexedDB = before;
  }
}

describe('differingPieces', () => {
  it('finds the pieces unlike those held, comparing equal texts in full a few megabytes a task', async () => {
    const big = (c: string) => c.repeat(1_000_000);
    // Equal texts that are not the same strings (as after a draft opens).
    const held = [...'abcdefgh'].map(big);
    held.push('short');
    const pieces = [...held.map((piece) => piece.split('').join('')), 'extra'];
    pieces[2] = big('x');
    pieces[8] = 'shorter';
    const timeouts = vi.spyOn(globalThis, 'setTimeout');
    expect(await differingPieces(held, pieces)).toEqual([2, 8, 9]);
    // Eight million units compared: the page had a task boundary between them.
    expect(timeouts).toHaveBeenCalled();
    timeouts.mockRestore();
    expect(await differingPieces([], ['{', '}'])).toEqual([0, 1]);
  });
});
