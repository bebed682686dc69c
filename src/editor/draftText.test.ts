import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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
