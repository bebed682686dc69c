import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../dataset/schema';
import { stringifyInTasks } from './draftText';

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
