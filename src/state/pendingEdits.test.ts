import { describe, expect, it } from 'vitest';
import { COMMIT_MAX_WAIT_MS, COMMIT_PAUSE_MS, commitDelay, PendingEdits } from './pendingEdits';

describe('the commit-while-typing rule', () => {
  it('waits for a pause after the latest key', () => {
    expect(commitDelay(1_000, 1_000)).toBe(COMMIT_PAUSE_MS);
  });

  it('never waits past half a second after the first key still waiting', () => {
    // Keys every 150 ms: at 450 ms only 50 ms are left of the longest wait.
    expect(commitDelay(450, 0)).toBe(COMMIT_MAX_WAIT_MS - 450);
    expect(commitDelay(600, 0)).toBe(0);
  });

  it('keeps one edit per field, in the order the fields were first typed into', () => {
    const queue = new PendingEdits();
    const made: string[] = [];
    const edit = (name: string) => () => {
      made.push(name);
      return null;
    };
    expect(queue.hold('title', edit('title 1'), 0)).toBe(COMMIT_PAUSE_MS);
    queue.hold('summary', edit('summary'), 100);
    expect(queue.hold('title', edit('title 2'), 400)).toBe(COMMIT_MAX_WAIT_MS - 400);
    expect(queue.size).toBe(2);
    for (const build of queue.take()) build({} as never);
    expect(made).toEqual(['title 2', 'summary']);
    expect(queue.size).toBe(0);
    // Empty again: the longest wait counts from the next first key.
    expect(queue.hold('title', edit('x'), 5_000)).toBe(COMMIT_PAUSE_MS);
    queue.drop('title');
    expect(queue.has('title')).toBe(false);
  });
});
