import { describe, expect, it } from 'vitest';
import { parseDataset } from '../src/dataset/parse';
import { actorCount, generateDataset, prng } from './generate';

describe('bench dataset generator', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = JSON.stringify(generateDataset({ events: 300, seed: 7 }));
    const b = JSON.stringify(generateDataset({ events: 300, seed: 7 }));
    const c = JSON.stringify(generateDataset({ events: 300, seed: 8 }));
    expect(a).toBe(b);
    expect(a).not.toBe(c);
    expect(prng(1)()).toBe(prng(1)());
  });

  it('passes parseDataset with strict anchors', () => {
    const dataset = generateDataset({ events: 500, seed: 3 });
    const result = parseDataset(JSON.parse(JSON.stringify(dataset)), { anchors: 'strict' });
    expect(result.ok ? [] : result.problems.slice(0, 5)).toEqual([]);
    expect(result.ok && result.value.events).toHaveLength(500);
  });

  it('quotes the source text exactly, with context of at most 32 characters', () => {
    const dataset = generateDataset({ events: 400, seed: 5 });
    const text = dataset.sources[0]?.text ?? '';
    expect(text.length).toBeGreaterThanOrEqual(100_000);
    for (const event of dataset.events) {
      expect(event.passages.length).toBeGreaterThanOrEqual(1);
      expect(event.passages.length).toBeLessThanOrEqual(3);
      for (const passage of event.passages) {
        expect(text.slice(passage.start, passage.end)).toBe(passage.exact);
        expect((passage.prefix ?? '').length).toBeLessThanOrEqual(32);
        expect((passage.suffix ?? '').length).toBeLessThanOrEqual(32);
        expect(text.slice(0, passage.start).endsWith(passage.prefix ?? '')).toBe(true);
        expect(text.slice(passage.end).startsWith(passage.suffix ?? '')).toBe(true);
      }
    }
  });

  it('mixes day, month, interval, approximate, uncertain and open dates', () => {
    const values = generateDataset({ events: 1000, seed: 1 }).events.map((e) => e.date.value);
    const count = (re: RegExp) => values.filter((v) => re.test(v)).length;
    expect(count(/^\d{4}-\d{2}-\d{2}$/)).toBeGreaterThan(300);
    expect(count(/^\d{4}-\d{2}$/)).toBeGreaterThan(50);
    expect(count(/^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/)).toBeGreaterThan(100);
    expect(count(/^\d{4}-\d{2}~$/)).toBeGreaterThan(30);
    expect(count(/^\d{4}-\d{2}-\d{2}\?$/)).toBeGreaterThan(30);
    expect(count(/^\d{4}-\d{2}-\d{2}\/\.\.$/)).toBeGreaterThan(3);
  });

  it('uses 50 to 500 actors depending on size', () => {
    expect(actorCount(1_000)).toBe(50);
    expect(actorCount(10_000)).toBe(200);
    expect(actorCount(100_000)).toBe(500);
    expect(generateDataset({ events: 200 }).actors).toHaveLength(50);
  });
});
