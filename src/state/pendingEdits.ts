// Edits typed into a form field wait here a moment before they become commands, so a key costs
// only the field's own redraw, even in a 10k-event draft. The document slice owns the one queue:
// it applies what waits before every dispatch, undo, redo and history mark (tldraw's
// HistoryManager keeps its pending diff the same way), so no caller can forget to, and it
// commits on its own after a pause or, while typing goes on, at most every half second (between
// two keys where it can).
import type { Command } from '../dataset/commands';
import type { Dataset } from '../dataset/schema';

/** Typed text becomes an edit this long after the typing pauses… */
export const COMMIT_PAUSE_MS = 200;
/** …and never later than this after the first key not yet committed (steady typing). */
export const COMMIT_MAX_WAIT_MS = 500;
/**
 * From this long after the first key waiting, the edit is made right after the next key's frame
 * is drawn: in the gap before the key after it, so the edit's work (the views drawn anew) does not
 * hold a key up, and well within the longest wait.
 */
export const COMMIT_SOON_MS = 300;

export interface CommitTiming {
  /** Commit this long from now unless another key comes first. */
  waitMs: number;
  /** Commit once this key's frame is drawn. */
  afterThisFrame: boolean;
}

/**
 * When to commit, as of a key at `now` with keys waiting since `firstHeldAt`: after a pause, or
 * by the longest wait at the latest; and from COMMIT_SOON_MS on, right after this key's frame.
 */
export function commitTiming(now: number, firstHeldAt: number): CommitTiming {
  const waited = now - firstHeldAt;
  return {
    waitMs: Math.max(0, Math.min(COMMIT_PAUSE_MS, COMMIT_MAX_WAIT_MS - waited)),
    afterThisFrame: waited >= COMMIT_SOON_MS,
  };
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

  /** Holds a field's edit; answers when to commit everything. */
  hold(key: string, build: EditBuilder, now: number): CommitTiming {
    // A field typed into again keeps its place in the order: its first key came before the
    // edits of fields typed into after it.
    this.waiting.set(key, build);
    this.firstHeldAt ??= now;
    return commitTiming(now, this.firstHeldAt);
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
