// This tab among the others of the same browser: its name, the messages the tabs send each other
// about drafts (saved, deleted, restored), and whether another tab is still open (a Web Lock each
// tab holds for its lifetime: the browser lets it go when the tab closes, reloads or crashes).

/** This tab, as its saves and messages name it. */
export const TAB =
  typeof crypto !== 'undefined' && crypto.randomUUID ? crypto.randomUUID() : `${Math.random()}`;

const CHANNEL = 'sourceline-drafts';
const LOCK_PREFIX = 'sourceline-tab:';

export type DraftMessage =
  | { type: 'saved'; id: string; revision: number; by: string }
  | { type: 'deleted'; id: string; by: string }
  /** A deleted draft was put back (Undo), as `revision`. */
  | { type: 'restored'; id: string; revision: number; by: string };

export function draftChannel(): BroadcastChannel | null {
  return typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
}

/** Tells the other tabs (a message's own tab never hears it). */
export function announce(message: DraftMessage): void {
  const channel = draftChannel();
  channel?.postMessage(message);
  channel?.close();
}

let lifeLock: Promise<unknown> | null = null;

/** Holds this tab's lock until the tab goes, so other tabs can tell it is open. */
export function holdTabLock(): void {
  if (lifeLock || typeof navigator === 'undefined' || !navigator.locks) return;
  lifeLock = navigator.locks
    .request(`${LOCK_PREFIX}${TAB}`, () => new Promise<never>(() => {}))
    .catch(() => undefined);
}

/**
 * Whether a tab is open, as far as this browser can tell: this one always is; without Web Locks
 * the others count as gone (their journals are then replayed only where they match the draft's
 * stored revision exactly).
 */
export async function openTabs(): Promise<(tab: string) => boolean> {
  const held = new Set<string>([TAB]);
  try {
    const state = await navigator.locks?.query();
    for (const lock of state?.held ?? []) {
      if (lock.name?.startsWith(LOCK_PREFIX)) held.add(lock.name.slice(LOCK_PREFIX.length));
    }
  } catch {
    // No locks: only this tab is known to be open.
  }
  return (tab) => held.has(tab);
}
