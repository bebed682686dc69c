import { describe, expect, it } from 'vitest';
import {
  COMMIT_MAX_WAIT_MS,
  COMMIT_PAUSE_MS,
  COMMIT_SOON_MS,
  commitTiming,
  LARGE_DRAFT_EVENTS,
  PendingEdits,
  SLOW_COMMIT_MAX_WAIT_MS,
  SLOW_COMMIT_MS,
  SLOW_COMMIT_PAUSE_MS,
} from './pendingEdits';

describe('the commit-while-typing rule', () => {
  it('waits for a pause after the latest key', () => {
    expect(commitTiming(1_000, 1_000)).toEqual({ waitMs: COMMIT_PAUSE_MS, afterThisFrame: false });
  });

  it('never waits past half a second after the first key still waiting', () => {
    // Keys every 150 ms: at 450 ms only 50 ms are left of the longest wait.
    expect(commitTiming(450, 0).waitMs).toBe(COMMIT_MAX_WAIT_MS - 450);
    expect(commitTiming(600, 0).waitMs).toBe(0);
  });

  it('commits right after a key’s frame once keys have waited a while (between two keys)', () => {
    expect(commitTiming(COMMIT_SOON_MS - 1, 0).afterThisFrame).toBe(false);
    expect(commitTiming(COMMIT_SOON_MS, 0).afterThisFrame).toBe(true);
  });

  it('keeps one edit per field, in the order the fields were first typed into', () => {
    const queue = new PendingEdits();
    const made: string[] = [];
    const edit = (name: string) => () => {
      made.push(name);
      return null;
    };
    expect(queue.hold('title', edit('title 1'), 0).waitMs).toBe(COMMIT_PAUSE_MS);
    queue.hold('summary', edit('summary'), 100);
    expect(queue.hold('title', edit('title 2'), 400)).toEqual({
      waitMs: COMMIT_MAX_WAIT_MS - 400,
      afterThisFrame: true,
    });
    expect(queue.size).toBe(2);
    for (const build of queue.take()) build({} as never);
    expect(made).toEqual(['title 2', 'summary']);
    expect(queue.size).toBe(0);
    // Empty again: the longest wait counts from the next first key.
    expect(queue.hold('title', edit('x'), 5_000).waitMs).toBe(COMMIT_PAUSE_MS);
    queue.drop('title');
    expect(queue.has('title')).toBe(false);
  });

  it('after a slow commit (a large draft), waits for a longer pause, or a few seconds of typing', () => {
    expect(commitTiming(1_000, 1_000, true)).toEqual({
      waitMs: SLOW_COMMIT_PAUSE_MS,
      afterThisFrame: false,
    });
    // Steady typing: not at half a second, but by the longer wait, between two keys.
    expect(commitTiming(COMMIT_MAX_WAIT_MS + 100, 0, true).afterThisFrame).toBe(false);
    expect(commitTiming(SLOW_COMMIT_MAX_WAIT_MS - 100, 0, true)).toEqual({
      waitMs: 100,
      afterThisFrame: true,
    });
    const queue = new PendingEdits();
    const none = () => null;
    queue.noteCommit(SLOW_COMMIT_MS + 1);
    expect(queue.hold('title', none, 0).waitMs).toBe(SLOW_COMMIT_PAUSE_MS);
    queue.take();
    // A quick commit again: back to the quick rule.
    queue.noteCommit(SLOW_COMMIT_MS - 1);
    expect(queue.hold('title', none, 0).waitMs).toBe(COMMIT_PAUSE_MS);
    queue.take();
    // A large draft is slow from its first key on.
    expect(queue.hold('title', none, 0, LARGE_DRAFT_EVENTS).waitMs).toBe(SLOW_COMMIT_PAUSE_MS);
  });
});
