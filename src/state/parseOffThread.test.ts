import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { forTransfer } from '../dataset/loaded';
import { parseDataset } from '../dataset/parse';
import { CHUNK_EVENTS, type Chunk, splitDataset } from '../dataset/transferChunks';
import type { ReadResult } from '../formats/readers/readDataset';
import { buildReaderIndexes, type ReaderIndex } from '../model/readerIndex';

/** A stand-in for the parsing worker: keeps what it was sent and answers when told to. */
class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: (() => void) | null = null;
  sent: Array<{ id: number; text: string }> = [];
  terminated = false;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(message: { id: number; text: string }) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  /** Answers a read with a failure (one message) or with a dataset's chunks (several). */
  answer(index: number, result: ReadResult | Chunk[]) {
    const message = this.sent[index];
    if (!message) throw new Error('nothing sent');
    if (Array.isArray(result)) {
      for (const chunk of result) this.sendChunk(index, chunk);
      return;
    }
    if (result.ok) throw new Error('answer a dataset with its chunks');
    this.onmessage?.({ data: { id: message.id, failure: result } } as MessageEvent);
  }
  sendChunk(index: number, chunk: Chunk) {
    const message = this.sent[index];
    if (!message) throw new Error('nothing sent');
    this.onmessage?.({ data: { id: message.id, chunk: structuredClone(chunk) } } as MessageEvent);
  }
  /** Sends a read's reader indexes, as the worker does before the dataset's chunks. */
  sendReaderIndexes(index: number, readerIndexes: Map<string, ReaderIndex>) {
    const message = this.sent[index];
    if (!message) throw new Error('nothing sent');
    this.onmessage?.({ data: { id: message.id, readerIndexes } } as MessageEvent);
  }
}

const failed: ReadResult = { ok: false, summary: 'The file is empty.', problems: [] };

async function freshModule() {
  vi.resetModules();
  FakeWorker.made = [];
  vi.stubGlobal('Worker', FakeWorker);
  return import('./parseOffThread');
}

afterEach(() => vi.unstubAllGlobals());

describe('reading in the worker', () => {
  it('answers each read with its own result', async () => {
    const { readDatasetOffThread } = await freshModule();
    const first = readDatasetOffThread('a');
    const second = readDatasetOffThread('b');
    const worker = FakeWorker.made[0];
    worker?.answer(1, { ...failed, summary: 'second' });
    worker?.answer(0, { ...failed, summary: 'first' });
    expect(await first).toMatchObject({ summary: 'first' });
    expect(await second).toMatchObject({ summary: 'second' });
  });

  it('stops the worker when its only read is cancelled; the next read gets a fresh one', async () => {
    const { readDatasetOffThread } = await freshModule();
    const controller = new AbortController();
    const cancelled = readDatasetOffThread('big', {}, controller.signal);
    controller.abort();
    expect(await cancelled).toBeNull();
    expect(FakeWorker.made[0]?.terminated).toBe(true);
    const next = readDatasetOffThread('next');
    expect(FakeWorker.made).toHaveLength(2);
    FakeWorker.made[1]?.answer(0, failed);
    expect(await next).toEqual(failed);
  });

  it('ignores the answer of a cancelled read while another still waits on the worker', async () => {
    const { readDatasetOffThread } = await freshModule();
    const controller = new AbortController();
    const cancelled = readDatasetOffThread('old', {}, controller.signal);
    const waiting = readDatasetOffThread('new');
    controller.abort();
    expect(await cancelled).toBeNull();
    const worker = FakeWorker.made[0];
    expect(worker?.terminated).toBe(false);
    worker?.answer(0, { ...failed, summary: 'old' });
    worker?.answer(1, { ...failed, summary: 'new' });
    expect(await waiting).toMatchObject({ summary: 'new' });
  });

  it('puts a dataset together from its chunks, even with another read’s chunks between them', async () => {
    const { readDatasetOffThread } = await freshModule();
    const parsed = parseDataset(JSON.parse(readFileSync('data/doha-talks-2021.json', 'utf8')), {
      anchors: 'repair',
    });
    if (!parsed.ok) throw new Error('the seed is invalid');
    const chunks = splitDataset(forTransfer(parsed.value));
    const first = readDatasetOffThread('a');
    const second = readDatasetOffThread('b');
    const worker = FakeWorker.made[0];
    // Interleaved: the first read's head, the second read's whole answer, the first read's rest.
    worker?.sendChunk(0, chunks[0] as Chunk);
    worker?.answer(1, chunks);
    for (const chunk of chunks.slice(1)) worker?.sendChunk(0, chunk);
    for (const read of [first, second]) {
      const result = await read;
      if (!result?.ok) throw new Error('expected a dataset');
      expect(result.loaded.dataset).toEqual(parsed.value.dataset);
      expect(result.loaded.eventById.get('doha-talks')?.event).toBe(
        result.loaded.dataset.events.find((event) => event.id === 'doha-talks'),
      );
    }
  });

  it('lands a small dataset with its last chunk, and a large one in tasks of their own', async () => {
    const seed = JSON.parse(readFileSync('data/doha-talks-2021.json', 'utf8'));
    const withEvents = (count: number) => {
      const events = Array.from({ length: count }, (_, i) => ({
        ...seed.events[i % seed.events.length],
        id: `event-${i}`,
      }));
      const parsed = parseDataset({ ...seed, events }, { anchors: 'repair' });
      if (!parsed.ok) throw new Error('invalid');
      return splitDataset(forTransfer(parsed.value));
    };
    for (const [count, landsAtOnce] of [
      [CHUNK_EVENTS, true],
      [CHUNK_EVENTS + 1, false],
    ] as const) {
      const { readDatasetOffThread } = await freshModule();
      vi.useFakeTimers();
      try {
        let landed = false;
        const read = readDatasetOffThread('a').then((result) => {
          landed = true;
          return result;
        });
        FakeWorker.made[0]?.answer(0, withEvents(count));
        // Promises only (no timer run): a few turns of the microtask queue.
        for (let turn = 0; turn < 10; turn++) await Promise.resolve();
        expect(landed).toBe(landsAtOnce);
        await vi.runAllTimersAsync();
        expect((await read)?.ok).toBe(true);
      } finally {
        vi.useRealTimers();
      }
    }
  });

  it('keeps the reader indexes the worker sent for the dataset they came with', async () => {
    const { readDatasetOffThread } = await freshModule();
    const { readerIndexes } = await import('./caches');
    const parsed = parseDataset(JSON.parse(readFileSync('data/doha-talks-2021.json', 'utf8')), {
      anchors: 'repair',
    });
    if (!parsed.ok) throw new Error('the seed is invalid');
    const sent = buildReaderIndexes(parsed.value);
    const read = readDatasetOffThread('a');
    const worker = FakeWorker.made[0];
    worker?.sendReaderIndexes(0, sent);
    worker?.answer(0, splitDataset(forTransfer(parsed.value)));
    const result = await read;
    if (!result?.ok) throw new Error('expected a dataset');
    const sourceId = parsed.value.dataset.sources[0]?.id ?? '';
    expect(readerIndexes.get(result.loaded, sourceId)).toBe(sent.get(sourceId));
  });

  it('does not start a read whose signal has already aborted', async () => {
    const { readDatasetOffThread } = await freshModule();
    expect(await readDatasetOffThread('x', {}, AbortSignal.abort())).toBeNull();
    expect(FakeWorker.made).toHaveLength(0);
  });
});
