import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { readDatasetText } from '../dataset/readDataset';
import {
  BUNDLED_DATASETS,
  datasetFromFile,
  datasetFromLink,
  datasetFromText,
  datasetFromUrl,
  LARGE_DATASET_CHARS,
  MAX_DATASET_BYTES,
  onLargeDatasetText,
  preloadFromLink,
} from './datasetLoader';
import { setInPageReader } from './parseOffThread';

const seed = readFileSync('data/doha-talks-2021.json', 'utf8');
const origin = { kind: 'file', name: 'x.json' } as const;

beforeAll(() => setInPageReader(readDatasetText));

describe('dataset loading', () => {
  it('lists the bundled datasets by id, without the schema', () => {
    expect([...BUNDLED_DATASETS.keys()]).toContain('doha-talks-2021');
    expect([...BUNDLED_DATASETS.keys()]).not.toContain('schema');
  });

  it('tells listeners when a large text is about to be parsed, and only then', async () => {
    const listener = vi.fn();
    const stop = onLargeDatasetText(listener);
    await datasetFromText(seed, 'seed.json', origin);
    expect(listener).not.toHaveBeenCalled();
    await datasetFromText(' '.repeat(LARGE_DATASET_CHARS), 'big.json', origin);
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
    await datasetFromText(' '.repeat(LARGE_DATASET_CHARS), 'big.json', origin);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('loads a valid dataset', async () => {
    const outcome = await datasetFromText(seed, 'seed.json', origin);
    expect(outcome.ok && outcome.loaded.events.length).toBe(18);
  });

  it.each([
    ['', 'The file is empty.'],
    ['{ nope', 'The file is not JSON'],
    ['{"format":"sourceline/2"}', 'The file is not a Sourceline dataset (sourceline/1).'],
    ['{"format":"sourceline/1"}', 'The dataset has'],
  ])('refuses %j with a plain message', async (text, message) => {
    const outcome = await datasetFromText(text, 'bad.json', origin);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.failure.summary).toContain(message);
      expect(outcome.failure.name).toBe('bad.json');
    }
  });

  it('refuses a file over the size limit without reading it', async () => {
    const file = new File([new Uint8Array(MAX_DATASET_BYTES + 1)], 'huge.json');
    const text = vi.spyOn(file, 'text');
    const outcome = await datasetFromFile(file);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.failure.summary).toMatch(/over the 50\.0 MB limit/);
    expect(text).not.toHaveBeenCalled();
  });

  it('stops reading a response that grows past the limit', async () => {
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1024 * 1024;
        controller.enqueue(new Uint8Array(1024 * 1024));
        if (sent > MAX_DATASET_BYTES * 2) controller.close();
      },
    });
    vi.stubGlobal('fetch', async () => new Response(body, { status: 200 }));
    const outcome = await datasetFromUrl('https://example.org/big.json', {
      kind: 'url',
      url: 'https://example.org/big.json',
    });
    vi.unstubAllGlobals();
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.failure.summary).toContain('larger than the 50.0 MB limit');
    expect(sent).toBeLessThanOrEqual(MAX_DATASET_BYTES + 2 * 1024 * 1024);
  });

  it('says when an address cannot be fetched or answers with an error', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    const unreachable = await datasetFromUrl('https://example.org/a.json', {
      kind: 'url',
      url: 'https://example.org/a.json',
    });
    vi.stubGlobal(
      'fetch',
      async () => new Response('nope', { status: 404, statusText: 'Not Found' }),
    );
    const missing = await datasetFromUrl('https://example.org/b.json', {
      kind: 'url',
      url: 'https://example.org/b.json',
    });
    vi.unstubAllGlobals();
    expect(!unreachable.ok && unreachable.failure.summary).toContain('could not be fetched');
    expect(!missing.ok && missing.failure.summary).toBe('The server answered 404 Not Found');
  });

  it('hands a dataset loaded early to the first load of the same link, once', async () => {
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      return new Response(seed, { status: 200 });
    });
    const address = 'https://example.org/early.json';
    preloadFromLink(address);
    expect(fetched).toEqual([address]);
    const first = await datasetFromLink(address);
    expect(fetched).toEqual([address]);
    const again = await datasetFromLink(address);
    expect(fetched).toEqual([address, address]);
    // Another link than the early one loads its own dataset, and the early one is dropped.
    preloadFromLink(null);
    const other = await datasetFromLink(address);
    expect(fetched.slice(2)).toEqual([BUNDLED_DATASETS.get('doha-talks-2021'), address]);
    await datasetFromLink(null);
    expect(fetched).toHaveLength(5);
    vi.unstubAllGlobals();
    for (const outcome of [first, again, other]) {
      expect(outcome.ok && outcome.origin).toEqual({ kind: 'url', url: address });
    }
  });
});
