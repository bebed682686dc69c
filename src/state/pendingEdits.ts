// Edits typed into a form field wait here a moment before they become commands, so a key costs
// only the field's own redraw, even in a 10k-event draft. The document slice owns the one queue:
// it applies what waits before every dispatch, undo, redo and history mark (tldraw's
// HistoryManager keeps its pending diff the same way), so no caller can forget to, and it
// commits on its own after a pause or, while typing goes on, at most every half second (between
// two keys where it can). A draft whose commit is slow (100k events: the derivation, the views
// and the save take a tenth of a second or more) commits after a longer pause, or every few
// seconds of steady typing: each commit would otherwise stop the keys that come after it.
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

/** A commit that held the page this long (the edit, and the views drawn anew) is slow. */
export const SLOW_COMMIT_MS = 50;
/** A draft of this many events is taken to commit slowly from its first key on. */
export const LARGE_DRAFT_EVENTS = 20_000;
/** After a slow commit: the pause in typing that commits… */
export const SLOW_COMMIT_PAUSE_MS = 600;
/** …and the longest wait while typing goes on. */
export const SLOW_COMMIT_MAX_WAIT_MS = 3_000;

export interface CommitTiming {
  /** Commit this long from now unless another key comes first. */
  waitMs: number;
  /** Commit once this key's frame is drawn. */
  afterThisFrame: boolean;
}

/**
 * When to commit, as of a key at `now` with keys waiting since `firstHeldAt`: after a pause, or
 * by the longest wait at the latest; and from COMMIT_SOON_MS on, right after this key's frame.
 * `slow`: the last commit was slow, so the pause and the longest wait are longer.
 */
export function commitTiming(now: number, firstHeldAt: number, slow = false): CommitTiming {
  const waited = now - firstHeldAt;
  const pause = slow ? SLOW_COMMIT_PAUSE_MS : COMMIT_PAUSE_MS;
  const longest = slow ? SLOW_COMMIT_MAX_WAIT_MS : COMMIT_MAX_WAIT_MS;
  return {
    waitMs: Math.max(0, Math.min(pause, longest - waited)),
    afterThisFrame: waited >= longest - (COMMIT_MAX_WAIT_MS - COMMIT_SOON_MS),
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
  /** The last commit was slow (`noteCommit`). */
  private slow = false;

  get size(): number {
    return this.waiting.size;
  }

  has(key: string): boolean {
    return this.waiting.has(key);
  }

  /**
   * Holds a field's edit; answers when to commit everything. `events`: how many the draft has
   * (a large one commits slowly before any commit was measured).
   */
  hold(key: string, build: EditBuilder, now: number, events = 0): CommitTiming {
    // A field typed into again keeps its place in the order: its first key came before the
    // edits of fields typed into after it.
    this.waiting.set(key, build);
    this.firstHeldAt ??= now;
    return commitTiming(now, this.firstHeldAt, this.slow || events >= LARGE_DRAFT_EVENTS);
  }

  /** How long the last commit held the page: the next keys wait longer after a slow one. */
  noteCommit(ms: number): void {
    this.slow = ms >= SLOW_COMMIT_MS;
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
