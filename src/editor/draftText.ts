// The draft's JSON text, made once per version of the draft and shared by what needs it after a
// pause in typing: the save (kept as text) and the live check (sent to the worker as text). Made
// a few pieces per task (src/dataset/stringify.ts), so neither is a long task while a person types.
import { runInTasks } from '../app/runInTasks';
import type { Dataset } from '../dataset/schema';
import { jsonPieces } from '../dataset/stringify';

/** Time spent making pieces in one task, ms. */
const TASK_MS = 8;

/**
 * The JSON text of `value`, made a few pieces per task (about 8 ms of work each), so the page
 * stays responsive. Answers null if `signal` aborts first.
 */
export function stringifyInTasks(
  value: Record<string, unknown>,
  signal?: AbortSignal,
  memo?: WeakMap<object, string>,
): Promise<string | null> {
  const pieces = jsonPieces(value, memo);
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
          resolve(done.join(''));
          return true;
        }
        done.push(next.value);
      } while (performance.now() < until);
      return false;
    });
  });
}

/** The last version asked for and its text: a new version of the draft replaces it. */
let last: { dataset: Dataset; text: Promise<string> } | null = null;
/**
 * The text of the draft's records (events, actors, sources) by identity: an edit shares what it
 * leaves alone, so the text after a title typed costs one event's, not 10,000 (weakly held: a
 * record no version holds any more goes).
 */
const recordTexts = new WeakMap<object, string>();

/**
 * The JSON text of `dataset` (exactly `JSON.stringify(dataset)`). `now`: made in this task (the
 * page is being hidden, and a later task may never come).
 */
export function draftText(dataset: Dataset, { now = false } = {}): Promise<string> {
  if (last?.dataset === dataset) return last.text;
  const text = now
    ? Promise.resolve(JSON.stringify(dataset))
    : stringifyInTasks(dataset as unknown as Record<string, unknown>, undefined, recordTexts).then(
        (made) => made ?? JSON.stringify(dataset),
      );
  last = { dataset, text };
  return text;
}
