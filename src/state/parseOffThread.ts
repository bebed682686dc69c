// Hands dataset text to the parsing worker. Every browser the app supports has module workers;
// where there are none (unit tests in Node) a reader must be given with `setInPageReader`, so the
// schema is not shipped to the page a second time.
import { withIndexes } from '../dataset/loaded';
import type { Problem } from '../dataset/problem';
import { pieceBatches } from '../dataset/textPieces';
import { CHUNK_EVENTS, type Chunk, ChunkJoiner } from '../dataset/transferChunks';
import type { ReadContext, ReadResult } from '../formats/readers/readDataset';
import type { ReaderIndex } from '../model/readerIndex';
import { type Said, said } from '../model/said';
import { adoptBootWorker } from './bootWorker';
import { movedPassages, readerIndexes } from './caches';

/** The worker's answer: a failure, or one chunk of a dataset (src/dataset/transferChunks.ts). */
type WorkerMessage =
  | { id: number; failure: Extract<ReadResult, { ok: false }> }
  | { id: number; chunk: Chunk }
  | { id: number; readerIndexes: Map<string, ReaderIndex> };

/** What a check of a dataset's text found: its warnings, or why it is not a dataset. */
export type CheckResult =
  | { ok: true; warnings: Problem[] }
  | { ok: false; summary: string; problems: Problem[]; said?: Said };

type Reader = (text: string, context: ReadContext) => Promise<ReadResult>;

let inPageReader: Reader | null = null;

/** A read that failed before the reader said why: its reason by a code, and in English. */
function unread(
  code: string,
  text: string,
): { ok: false; summary: string; problems: Problem[]; said: Said } {
  return { ok: false, summary: text, problems: [], said: said(code, {}, text) };
}

/** Reads datasets in the page instead, where workers are unavailable (unit tests). */
export function setInPageReader(reader: Reader): void {
  inPageReader = reader;
}

let worker: Worker | null = null;
let nextId = 1;
/** Reads waiting for the worker's answer; `null` answers a cancelled one. */
const pending = new Map<number, (result: ReadResult | null) => void>();
/** The chunks of each dataset on its way. */
const joiners = new Map<number, ChunkJoiner>();
/** The reader indexes the worker made for each dataset on its way (sent before its chunks). */
const indexesOnTheWay = new Map<number, Map<string, ReaderIndex>>();

function getWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  if (!worker) {
    worker =
      adoptBootWorker() ??
      new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      const resolve = pending.get(message.id);
      if (!resolve) {
        joiners.delete(message.id);
        indexesOnTheWay.delete(message.id);
        return;
      }
      if ('failure' in message) {
        pending.delete(message.id);
        resolve(message.failure);
        return;
      }
      if ('readerIndexes' in message) {
        indexesOnTheWay.set(message.id, message.readerIndexes);
        return;
      }
      let joiner = joiners.get(message.id);
      if (!joiner) {
        joiner = new ChunkJoiner();
        joiners.set(message.id, joiner);
      }
      joiner.add(message.chunk);
      if (!joiner.complete) return;
      pending.delete(message.id);
      joiners.delete(message.id);
      const indexes = indexesOnTheWay.get(message.id);
      indexesOnTheWay.delete(message.id);
      const complete = joiner;
      // Each chunk was a task of its own (the lookups by id were gathered in them); putting them
      // together is the next task, and the dataset lands (the store, the first render) in the one
      // after: at 100k events each is a few tens of ms, together they were a long task. A small
      // dataset's are a few ms: it lands at once, not behind whatever else has queued a task.
      const small = complete.total <= CHUNK_EVENTS;
      const later = (task: () => void) => (small ? task() : setTimeout(task, 0));
      later(() => {
        const loaded = withIndexes(complete.result(), complete.indexes());
        if (indexes) readerIndexes.seed(loaded, indexes);
        movedPassages.seed(loaded, complete.movedPassages());
        later(() => resolve({ ok: true, loaded }));
      });
    };
    worker.onerror = () => {
      // A crashed worker (say, out of memory on a huge file): answer everyone waiting; the next
      // read starts a fresh worker.
      for (const [id, resolve] of pending) {
        pending.delete(id);
        resolve(unread('readCrashed', 'The dataset could not be read.'));
      }
      stopWorker();
    };
  }
  return worker;
}

/** Starts the worker early, so its script downloads while the dataset is being fetched. */
export function warmUpParser(): void {
  getWorker();
}

/** Stops the worker (its work is wasted); the next read starts a fresh one. */
function stopWorker(): void {
  worker?.terminate();
  worker = null;
  joiners.clear();
  indexesOnTheWay.clear();
}

/**
 * Reads a dataset's text in the worker. Answers `null` once `signal` aborts: the answer is then
 * ignored, and the worker is stopped if no other read waits on it.
 */
export function readDatasetOffThread(
  text: string,
  context: ReadContext = {},
  signal?: AbortSignal,
): Promise<ReadResult | null> {
  return ask(text, context, signal);
}

/**
 * Text sent to the checking worker in one message at most (UTF-16 units, about): each message is
 * copied in a task of its own, which a key typed meanwhile waits for (4 M units took 8–30 ms
 * while a 100k-event draft opened; 1 M, two of its pieces, a quarter of that).
 */
const CHECK_MESSAGE_UNITS = 1_000_000;

/** The checking worker (check.worker.ts), and the pieces of text it holds. */
let checker: { worker: Worker; pieces: readonly string[] } | null = null;
let nextCheckId = 1;
const checks = new Map<number, (result: CheckResult | null) => void>();
/** The check messages not yet posted: posted one a task, in order. */
let checkMessages: Promise<void> = Promise.resolve();

function getChecker(): NonNullable<typeof checker> | null {
  if (typeof Worker === 'undefined') return null;
  if (checker) return checker;
  const worker = new Worker(new URL('./check.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (
    event: MessageEvent<
      | { id: number; superseded: true }
      | { id: number; warnings: Problem[] }
      | { id: number; failure: Extract<ReadResult, { ok: false }> }
    >,
  ) => {
    const message = event.data;
    const resolve = checks.get(message.id);
    checks.delete(message.id);
    if (!resolve) return;
    if ('superseded' in message) resolve(null);
    else if ('failure' in message) resolve(message.failure);
    else resolve({ ok: true, warnings: message.warnings });
  };
  worker.onerror = () => {
    for (const [id, resolve] of checks) {
      checks.delete(id);
      // A check's summary is never shown (its problems are): plain English.
      resolve({ ok: false, summary: 'The dataset could not be checked.', problems: [] });
    }
    worker.terminate();
    checker = null;
  };
  checker = { worker, pieces: [] };
  return checker;
}

/**
 * Checks a dataset's text (whole, or as pieces: src/editor/draftText.ts) with the rules of
 * `npm run validate`, in a worker that keeps the pieces between checks: only the pieces unlike
 * the last ones sent cross over. Answers only what was found (nothing as large as the dataset
 * comes back), or null when `signal` aborts first or a newer check superseded this one.
 */
export async function checkDatasetOffThread(
  text: string | readonly string[],
  signal?: AbortSignal,
): Promise<CheckResult | null> {
  if (signal?.aborted) return null;
  const pieces = typeof text === 'string' ? [text] : text;
  const active = getChecker();
  if (!active) {
    if (!inPageReader) {
      return { ok: false, summary: 'This browser cannot check datasets.', problems: [] };
    }
    const result = await inPageReader(pieces.join(''), { name: 'draft' });
    return result.ok ? { ok: true, warnings: result.loaded.warnings } : result;
  }
  const id = nextCheckId++;
  // The pieces unlike those the worker holds, a few megabytes a message: each message is copied
  // in a task of its own (48 MB in one took ~170 ms of the page's thread).
  const batches = pieceBatches(active.pieces, pieces, CHECK_MESSAGE_UNITS);
  active.pieces = pieces;
  return new Promise((resolve) => {
    checks.set(id, resolve);
    // An aborted check is answered at once; the worker's answer, when it comes, is dropped (the
    // worker goes on with the newest, and keeps the pieces).
    signal?.addEventListener(
      'abort',
      () => {
        if (checks.delete(id)) resolve(null);
      },
      { once: true },
    );
    batches.forEach((updates, at) => {
      const message = { id, count: pieces.length, updates, last: at === batches.length - 1 };
      // One message a task, in the order asked, whichever check they belong to.
      checkMessages = checkMessages.then(
        () =>
          new Promise<void>((sent) =>
            setTimeout(() => {
              active.worker.postMessage(message);
              sent();
            }, 0),
          ),
      );
    });
  });
}

async function ask(
  text: string,
  context: ReadContext,
  signal?: AbortSignal,
): Promise<ReadResult | null> {
  if (signal?.aborted) return null;
  const active = getWorker();
  if (!active) {
    if (inPageReader) return inPageReader(text, context);
    return unread(
      'noModuleWorkers',
      'This browser cannot read datasets: it does not run module workers.',
    );
  }
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    signal?.addEventListener(
      'abort',
      () => {
        if (!pending.delete(id)) return;
        resolve(null);
        if (pending.size === 0) stopWorker();
      },
      { once: true },
    );
    active.postMessage({ id, text, context });
  });
}
