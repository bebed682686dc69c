// The draft's JSON text as pieces, made once per version of the draft and shared by what needs it
// after a pause in typing: the save (kept as pieces) and the live check (sent to the worker).
// Made a few pieces per task (src/dataset/stringify.ts), so neither is a long task while a person
// types; a piece whose records did not change is the same string as before, so the draft store
// and the checking worker take only the pieces that changed (a 100k-event draft is ~48 MB of
// text: one title typed changes one piece of ~0.5 MB).
import { runInTasks } from '../app/runInTasks';
import type { Dataset } from '../dataset/schema';
import { jsonPieces, type PieceMemo } from '../dataset/stringify';

/** Time spent making pieces in one task, ms. */
const TASK_MS = 8;

/**
 * Whether a key or a click waits for the page (Chrome's `isInputPending`; elsewhere, never): a
 * task making pieces then ends after its current piece, so a person typing while a large draft's
 * text is made waits one piece (~1,000 events), not a whole task.
 */
function inputPending(): boolean {
  if (typeof navigator === 'undefined') return false;
  const scheduling = (navigator as { scheduling?: { isInputPending?: () => boolean } }).scheduling;
  return scheduling?.isInputPending?.() === true;
}

/**
 * The JSON text of `value` as its pieces, made a few per task (about 8 ms of work each, less when
 * input waits), so the page stays responsive. Answers null if `signal` aborts first.
 */
export function piecesInTasks(
  value: Record<string, unknown>,
  signal?: AbortSignal,
  memo?: WeakMap<object, string>,
  pieceMemo?: PieceMemo,
): Promise<string[] | null> {
  const pieces = jsonPieces(value, memo, pieceMemo);
  const done: string[] = [];
  return new Promise((resolve) => {
    runInTasks(() => {
      if (signal?.aborted) {
        resolve(null);
        return true;
      }
      const until = performance.now() + TASK_MS;
      do {
        const next = pieces.next();
        if (next.done) {
          resolve(done);
          return true;
        }
        done.push(next.value);
      } while (performance.now() < until && !inputPending());
      return false;
    });
  });
}

/** The JSON text of `value`, made a few pieces per task; null if `signal` aborts first. */
export async function stringifyInTasks(
  value: Record<string, unknown>,
  signal?: AbortSignal,
  memo?: WeakMap<object, string>,
): Promise<string | null> {
  return (await piecesInTasks(value, signal, memo))?.join('') ?? null;
}

/** The last version asked for and its pieces: a new version of the draft replaces it. */
let last: { dataset: Dataset; pieces: Promise<readonly string[]> } | null = null;
/**
 * The text of the draft's records (events, actors, sources) by identity: an edit shares what it
 * leaves alone, so the text after a title typed costs one event's, not 10,000 (weakly held: a
 * record no version holds any more goes).
 */
const recordTexts = new WeakMap<object, string>();
/** The pieces of the last version by place (see `PieceMemo`). */
const lastPieces: PieceMemo = new Map();

/**
 * The JSON text of `dataset` as pieces (joined: exactly `JSON.stringify(dataset)`). `now`: made
 * in this task (the page is being hidden, and a later task may never come).
 */
export function draftPieces(dataset: Dataset, { now = false } = {}): Promise<readonly string[]> {
  if (last?.dataset === dataset) return last.pieces;
  const record = dataset as unknown as Record<string, unknown>;
  const pieces = now
    ? Promise.resolve([...jsonPieces(record, recordTexts, lastPieces)])
    : piecesInTasks(record, undefined, recordTexts, lastPieces).then(
        (made) => made ?? [...jsonPieces(record, recordTexts, lastPieces)],
      );
  last = { dataset, pieces };
  return pieces;
}
