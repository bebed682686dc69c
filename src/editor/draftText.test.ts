import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stringifyInSlices } from './draftText';

const seed = JSON.parse(readFileSync('data/doha-talks-2021.json', 'utf8')) as Record<
  string,
  unknown
>;

describe('stringifyInSlices', () => {
  it('answers the whole text, or null once aborted', async () => {
    expect(await stringifyInSlices(seed)).toBe(JSON.stringify(seed));
    const controller = new AbortController();
    controller.abort();
    expect(await stringifyInSlices(seed, controller.signal)).toBeNull();
  });
});
