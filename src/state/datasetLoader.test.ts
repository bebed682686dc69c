import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { readDatasetText } from '../formats/readers/readDataset';
import { withoutMarks } from '../model/bidi';
import {
  BUNDLED_DATASETS,
  datasetFromFile,
  datasetFromLink,
  datasetFromText,
  datasetFromUrl,
  type LoadOutcome,
  MAX_DATASET_BYTES,
  onDatasetComing,
  preloadFromLink,
  STALL_TIMEOUT_MS,
} from './datasetLoader';
import { setInPageReader } from './parseOffThread';

const seed = readFileSync('data/doha-talks-2021.json', 'utf8');
const origin = { kind: 'file', name: 'x.json' } as const;

beforeAll(() => setInPageReader(readDatasetText));
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/** The failure's summary, or what happened instead. */
/** What a load ended with, in words (the isolation marks around names taken out). */
function summary(outcome: LoadOutcome): string {
  if (outcome.ok) return 'loaded';
  if ('cancelled' in outcome) return 'cancelled';
  return withoutMarks(outcome.failure.summary);
}

/**
 * A fetch whose body sends `parts` and then, like a browser's, errors when the request is
 * aborted; `end` says what happens after the parts: the body ends, breaks, or waits forever.
 */
function stubFetch(
  parts: Uint8Array[],
  end: 'close' | 'break' | 'wait',
  init: { headers?: Record<string, string>; url?: string } = {},
) {
  const signals: AbortSignal[] = [];
  vi.stubGlobal('fetch', async (_url: string, request: RequestInit) => {
    const signal = request.signal as AbortSignal;
    signals.push(signal);
    const queue = [...parts];
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        signal.addEventListener('abort', () =>
          controller.error(new DOMException('The operation was aborted.', 'AbortError')),
        );
      },
      pull(controller) {
        const part = queue.shift();
        if (part) controller.enqueue(part);
        else if (end === 'close') controller.close();
        else if (end === 'break') controller.error(new TypeError('network error'));
        else return new Promise(() => undefined);
      },
    });
    const response = new Response(body, { status: 200, headers: init.headers });
    if (init.url) Object.defineProperty(response, 'url', { value: init.url });
    return response;
  });
  return signals;
}

const bytes = (text: string) => new TextEncoder().encode(text);

describe('dataset loading', () => {
  it('lists the bundled datasets by id, without the schema', () => {
    expect([...BUNDLED_DATASETS.keys()]).toContain('doha-talks-2021');
    expect([...BUNDLED_DATASETS.keys()]).not.toContain('schema');
  });

  it('tells listeners when a dataset text is about to be parsed, until they stop listening', async () => {
    const listener = vi.fn();
    const stop = onDatasetComing(listener);
    await datasetFromText(seed, 'seed.json', origin);
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
    await datasetFromText(seed, 'seed.json', origin);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('tells listeners once an address answers with a dataset to read, not on an error', async () => {
    const listener = vi.fn();
    const stop = onDatasetComing(listener);
    vi.stubGlobal('fetch', async () => new Response('nope', { status: 404 }));
    await datasetFromUrl('https://example.org/missing.json');
    expect(listener).not.toHaveBeenCalled();
    // The body never ends: the listeners hear of it before it is read.
    stubFetch([bytes('{"format":')], 'wait');
    const controller = new AbortController();
    const reading = datasetFromUrl('https://example.org/slow.json', { signal: controller.signal });
    await vi.waitFor(() => expect(listener).toHaveBeenCalledTimes(1));
    controller.abort();
    expect(summary(await reading)).toBe('cancelled');
    stop();
  });

  it('says so when a picked file can no longer be read', async () => {
    const file = new File(['{}'], 'moved.json');
    vi.spyOn(file, 'text').mockRejectedValue(new DOMException('gone', 'NotReadableError'));
    expect(summary(await datasetFromFile(file))).toBe(
      'The file could not be read from your computer.',
    );
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
    expect(summary(outcome)).toContain(message);
    expect(!outcome.ok && 'failure' in outcome && outcome.failure.name).toBe('bad.json');
  });

  it('refuses a file over the size limit without reading it', async () => {
    const file = new File([new Uint8Array(MAX_DATASET_BYTES + 1)], 'huge.json');
    const text = vi.spyOn(file, 'text');
    const outcome = await datasetFromFile(file);
    expect(summary(outcome)).toMatch(/over the 50\.0 MB limit/);
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
    const outcome = await datasetFromUrl('https://example.org/big.json');
    expect(summary(outcome)).toContain('larger than the 50.0 MB limit');
    expect(sent).toBeLessThanOrEqual(MAX_DATASET_BYTES + 2 * 1024 * 1024);
  });

  it('says when an address cannot be fetched or answers with an error', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    const unreachable = await datasetFromUrl('https://example.org/a.json');
    vi.stubGlobal(
      'fetch',
      async () => new Response('nope', { status: 404, statusText: 'Not Found' }),
    );
    const missing = await datasetFromUrl('https://example.org/b.json');
    expect(summary(unreachable)).toContain('could not be fetched');
    expect(summary(missing)).toBe('The server answered 404 Not Found');
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
    for (const outcome of [first, again, other]) {
      expect(outcome.ok && outcome.origin).toEqual({
        kind: 'url',
        url: address,
        finalUrl: address,
      });
    }
  });

  it('aborts an early load that no load takes over', async () => {
    const signals = stubFetch([], 'wait');
    preloadFromLink('https://example.org/early.json');
    const controller = new AbortController();
    const replaced = datasetFromLink(null, { signal: controller.signal });
    expect(signals[0]?.aborted).toBe(true);
    expect(signals[1]?.aborted).toBe(false);
    controller.abort();
    expect(summary(await replaced)).toBe('cancelled');
  });

  it('hands the caller’s signal and progress to the early load it takes over', async () => {
    const signals = stubFetch([bytes('{"a": 1')], 'wait', { headers: { 'content-length': '20' } });
    preloadFromLink('https://example.org/early.json');
    await vi.waitFor(() => expect(signals).toHaveLength(1));
    const progress: Array<[number, number | null]> = [];
    const controller = new AbortController();
    const outcome = datasetFromLink('https://example.org/early.json', {
      signal: controller.signal,
      onProgress: (read, total) => progress.push([read, total]),
    });
    await vi.waitFor(() => expect(progress).toEqual([[7, 20]]));
    controller.abort();
    expect(signals[0]?.aborted).toBe(true);
    expect(summary(await outcome)).toBe('cancelled');
  });
});

describe('a download that breaks, stops or is cancelled', () => {
  const url = 'https://example.org/x.json';

  it('says how much arrived when the body is cut off, instead of throwing', async () => {
    stubFetch([new Uint8Array(15 * 1024)], 'break', { headers: { 'content-length': '30720' } });
    expect(summary(await datasetFromUrl(url))).toBe(
      `The download of ${url} was cut off after 15 of 30 KB: the connection was lost before the whole file arrived.`,
    );
  });

  it('names a corrupt compressed body when the encoding is known', async () => {
    stubFetch([], 'break', { headers: { 'content-encoding': 'gzip', 'content-length': '4106' } });
    expect(summary(await datasetFromUrl(url))).toContain(
      'could not be decompressed: the server sent it compressed (gzip)',
    );
  });

  it('reports progress against the declared length, unknown for a compressed body', async () => {
    const progress: Array<[number, number | null]> = [];
    const onProgress = (read: number, total: number | null) => progress.push([read, total]);
    const text = bytes(seed);
    stubFetch([text.subarray(0, 1000), text.subarray(1000)], 'close', {
      headers: { 'content-length': String(text.byteLength) },
    });
    expect((await datasetFromUrl(url, { onProgress })).ok).toBe(true);
    expect(progress).toEqual([
      [1000, text.byteLength],
      [text.byteLength, text.byteLength],
    ]);
    progress.length = 0;
    stubFetch([text], 'close', { headers: { 'content-length': '100', 'content-encoding': 'br' } });
    expect((await datasetFromUrl(url, { onProgress })).ok).toBe(true);
    expect(progress).toEqual([[text.byteLength, null]]);
  });

  it('forgets a declared length the body outgrows (it was of compressed bytes)', async () => {
    const progress: Array<[number, number | null]> = [];
    stubFetch([new Uint8Array(50), new Uint8Array(100)], 'wait', {
      headers: { 'content-length': '80' },
    });
    const controller = new AbortController();
    const outcome = datasetFromUrl(url, {
      signal: controller.signal,
      onProgress: (read, total) => progress.push([read, total]),
    });
    await vi.waitFor(() => expect(progress).toHaveLength(2));
    expect(progress).toEqual([
      [50, 80],
      [150, null],
    ]);
    controller.abort();
    await outcome;
  });

  it('stops a download that sends nothing for 30 seconds, and not before', async () => {
    vi.useFakeTimers();
    const signals = stubFetch([new Uint8Array(100)], 'wait');
    let settled: LoadOutcome | null = null;
    void datasetFromUrl(url).then((outcome) => {
      settled = outcome;
    });
    await vi.advanceTimersByTimeAsync(STALL_TIMEOUT_MS - 1);
    expect(settled).toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    expect(signals[0]?.aborted).toBe(true);
    await vi.waitFor(() =>
      expect(settled && summary(settled)).toBe(
        `${url} stopped sending data for 30 seconds (after 100 bytes), so the download was stopped.`,
      ),
    );
  });

  it('keeps a download going while bytes keep arriving', async () => {
    vi.useFakeTimers();
    const chunks: Array<ReadableStreamDefaultController<Uint8Array>> = [];
    vi.stubGlobal('fetch', async () => {
      const body = new ReadableStream<Uint8Array>({ start: (c) => void chunks.push(c) });
      return new Response(body, { status: 200 });
    });
    let settled: LoadOutcome | null = null;
    void datasetFromUrl(url).then((outcome) => {
      settled = outcome;
    });
    const text = bytes(seed);
    await vi.advanceTimersByTimeAsync(0);
    for (let i = 0; i < 4; i++) {
      await vi.advanceTimersByTimeAsync(STALL_TIMEOUT_MS - 1_000);
      chunks[0]?.enqueue(text.subarray(i * 100, (i + 1) * 100));
    }
    chunks[0]?.enqueue(text.subarray(400));
    chunks[0]?.close();
    await vi.waitFor(() => expect(settled?.ok).toBe(true));
  });

  it('answers “cancelled” when its signal aborts, during the download or before it', async () => {
    const signals = stubFetch([new Uint8Array(10)], 'wait');
    const controller = new AbortController();
    const outcome = datasetFromUrl(url, { signal: controller.signal });
    await vi.waitFor(() => expect(signals).toHaveLength(1));
    controller.abort();
    expect(signals[0]?.aborted).toBe(true);
    expect(summary(await outcome)).toBe('cancelled');
    expect(summary(await datasetFromUrl(url, { signal: controller.signal }))).toBe('cancelled');
    const file = new File([seed], 'seed.json');
    expect(summary(await datasetFromFile(file, { signal: controller.signal }))).toBe('cancelled');
  });

  it('keeps the address asked for and the one the data came from after a redirect', async () => {
    stubFetch([bytes(seed)], 'close', { url: 'https://b.example/x.json' });
    const outcome = await datasetFromUrl('https://a.example/x.json');
    expect(outcome.ok && outcome.origin).toEqual({
      kind: 'url',
      url: 'https://a.example/x.json',
      finalUrl: 'https://b.example/x.json',
    });
  });
});
