import { describe, expect, it } from 'vitest';
import type { ResolvedEvent } from '../dataset/types';
import { countDisputed } from './useDisputedCount';

const event = (id: string, status: 'disputed' | 'single-source') =>
  ({ event: { id }, corroboration: { status } }) as unknown as ResolvedEvent;

describe('countDisputed', () => {
  const events = [event('a', 'disputed'), event('b', 'single-source'), event('c', 'disputed')];

  it('counts the disputed events', () => {
    expect(countDisputed(events, null)).toBe(2);
    expect(countDisputed([], null)).toBe(0);
  });

  it('follows an edit of one event without counting them all again', () => {
    const settled = [events[0], event('b', 'disputed'), events[2]] as ResolvedEvent[];
    expect(countDisputed(settled, { events, count: 2 })).toBe(3);
    const calmed = [event('a', 'single-source'), events[1], events[2]] as ResolvedEvent[];
    expect(countDisputed(calmed, { events, count: 2 })).toBe(1);
    // The count before is trusted for a swap: a wrong one shows it was not counted again.
    expect(countDisputed(calmed, { events, count: 7 })).toBe(6);
    // More than one change, or another length: counted again.
    expect(countDisputed(events.slice(1), { events, count: 7 })).toBe(1);
  });
});
