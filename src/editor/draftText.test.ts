import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../dataset/schema';
import { piecesInTasks, stringifyInTasks } from './draftText';

const seed = JSON.parse(readFileSync('data/doha-talks-2021.json', 'utf8')) as Record<
  string,
  unknown
>;

describe('stringifyInTasks', () => {
  it('answers the whole text, or null once aborted', async () => {
    expect(await stringifyInTasks(seed)).toBe(JSON.stringify(seed));
    const controller = new AbortController();
    controller.abort();
    expect(await stringifyInTasks(seed, controller.signal)).toBeNull();
  });
});

describe('draftPieces', () => {
  it('joins to the whole text, and keeps the pieces an edit left alone as the same strings', async () => {
    const { draftPieces } = await import('./draftText');
    const events = Array.from({ length: 2500 }, (_, i) => ({ id: `e${i}`, title: `Event ${i}` }));
    const big = { ...seed, events } as unknown as Dataset;
    const first = await draftPieces(big);
    expect(first.join('')).toBe(JSON.stringify(big));
    const edited = {
      ...big,
      events: events.map((e, i) => (i === 1500 ? { ...e, title: 'Changed' } : e)),
    } as unknown as Dataset;
    const second = await draftPieces(edited);
    expect(second.join('')).toBe(JSON.stringify(edited));
    const changed = second.flatMap((piece, i) => (piece === first[i] ? [] : [i]));
    // The events' second piece of 1,000 holds event 1500; the head piece before the events
    // (its title and sources) is the same string.
    expect(changed).toHaveLength(1);
  });
});

describe('piecesInTasks', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  /** How many tasks (timeouts) making `value`'s pieces took. */
  async function tasksFor(value: Record<string, unknown>): Promise<number> {
    const timeouts = vi.spyOn(globalThis, 'setTimeout');
    const pieces = await piecesInTasks(value);
    expect(pieces?.join('')).toBe(JSON.stringify(value));
    const count = timeouts.mock.calls.length;
    timeouts.mockRestore();
    return count;
  }

  it('ends a task after one piece while a key waits (isInputPending), and answers the same text', async () => {
    const events = Array.from({ length: 5_000 }, (_, i) => ({ id: `e${i}`, title: `Event ${i}` }));
    const value = { ...seed, events };
    // Nothing waits: a few thousand small events fit in one task of 8 ms.
    vi.stubGlobal('navigator', { scheduling: { isInputPending: () => false } });
    const calm = await tasksFor(value);
    // A key waits all along: one piece a task (the head, five pieces of events, the rest).
    vi.stubGlobal('navigator', { scheduling: { isInputPending: () => true } });
    const typing = await tasksFor(value);
    expect(typing).toBeGreaterThan(calm);
    expect(typing).toBeGreaterThanOrEqual(5);
  });
});
