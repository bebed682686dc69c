import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReadResult } from '../dataset/readDataset';

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
  answer(index: number, result: ReadResult) {
    const message = this.sent[index];
    if (!message) throw new Error('nothing sent');
    this.onmessage?.({ data: { id: message.id, result } } as MessageEvent);
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

  it('does not start a read whose signal has already aborted', async () => {
    const { readDatasetOffThread } = await freshModule();
    expect(await readDatasetOffThread('x', {}, AbortSignal.abort())).toBeNull();
    expect(FakeWorker.made).toHaveLength(0);
  });
});
