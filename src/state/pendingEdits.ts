// Edits typed into a form field wait here a moment before they become commands, so a key costs
// only the field's own redraw, even in a 10k-event draft. The document slice owns the one queue:
// it applies what waits before every dispatch, undo, redo and history mark (tldraw's
// HistoryManager keeps its pending diff the same way), so no caller can forget to, and it
// commits on its own after a pause or, while typing goes on, at most every half second.
import type { Command } from '../dataset/commands';
import type { Dataset } from '../dataset/schema';

/** Typed text becomes an edit this long after the typing pauses… */
export const COMMIT_PAUSE_MS = 200;
/** …and never later than this after the first key not yet committed (steady typing). */
export const COMMIT_MAX_WAIT_MS = 500;

/**
 * How long to wait, from `now`, before committing: a pause after the latest key, but no later
 * than the longest wait after the first key still waiting.
 */
export function commitDelay(
  now: number,
  firstHeldAt: number,
  pauseMs = COMMIT_PAUSE_MS,
  maxWaitMs = COMMIT_MAX_WAIT_MS,
): number {
  return Math.max(0, Math.min(pauseMs, firstHeldAt + maxWaitMs - now));
}

/**
 * A field's waiting edit: builds its command against the dataset as it is when applied (null
 * when there is nothing to change, or its text is one the format refuses).
 */
export type EditBuilder = (dataset: Dataset) => Command | null;

/** The waiting edits, one per field (a newer key replaces the field's older text), in order. */
export class PendingEdits {
  private readonly waiting = new Map<string, EditBuilder>();
  /** When the oldest waiting edit was held (null: nothing waits). */
  private firstHeldAt: number | null = null;

  get size(): number {
    return this.waiting.size;
  }

  has(key: string): boolean {
    return this.waiting.has(key);
  }

  /** Holds a field's edit; answers how long to wait before committing everything. */
  hold(key: string, build: EditBuilder, now: number): number {
    // A field typed into again keeps its place in the order: its first key came before the
    // edits of fields typed into after it.
    this.waiting.set(key, build);
    this.firstHeldAt ??= now;
    return commitDelay(now, this.firstHeldAt);
  }

  drop(key: string): void {
    this.waiting.delete(key);
    if (this.waiting.size === 0) this.firstHeldAt = null;
  }

  /** Everything waiting, oldest first; the queue is empty after. */
  take(): EditBuilder[] {
    const builders = [...this.waiting.values()];
    this.waiting.clear();
    this.firstHeldAt = null;
    return builders;
  }
}
