// The open draft's journal: every change not yet saved to IndexedDB, kept synchronously in
// localStorage, so a reload or a closed tab keeps what an asynchronous save may not have finished
// (a page being hidden gets no time for one). Each tab writes its own entry; the next opening of
// the draft replays the entry of a tab that is gone, when it starts from the revision stored, and
// clears it. Saving trims what it has written.
import type { Command } from '../dataset/commands';

const PREFIX = 'sourceline-journal:';
/** A journal over this many characters is not kept (a whole article pasted as one change). */
export const MAX_JOURNAL_CHARS = 2_000_000;

export interface JournalChange {
  kind: 'do' | 'undo' | 'redo';
  command: Command;
}

export interface JournalEntry {
  v: 1;
  draft: string;
  tab: string;
  /** The stored revision the changes were made on. */
  base: number;
  /** How many of the tab's changes were saved and trimmed before `changes[0]`. */
  first: number;
  /** `Date.now()` of the latest change. */
  at: number;
  changes: JournalChange[];
}

/** The part of `Storage` the journal uses (tests hand it a map). */
export type JournalStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key'> & {
  readonly length: number;
};

const keyOf = (draft: string, tab: string) => `${PREFIX}${encodeURIComponent(draft)}:${tab}`;

/** localStorage, or null where the browser refuses it (storage turned off, sandboxed frame). */
export function browserStorage(): JournalStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function isEntry(value: unknown, draft: string): value is JournalEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Partial<JournalEntry>;
  return (
    entry.v === 1 &&
    entry.draft === draft &&
    typeof entry.tab === 'string' &&
    Number.isInteger(entry.base) &&
    Number.isInteger(entry.first) &&
    typeof entry.at === 'number' &&
    Array.isArray(entry.changes) &&
    entry.changes.every(
      (change) =>
        typeof change === 'object' &&
        change !== null &&
        ['do', 'undo', 'redo'].includes(change.kind) &&
        typeof change.command === 'object' &&
        change.command !== null,
    )
  );
}

/** Every tab's journal of `draft` (unreadable entries are skipped). */
export function readJournals(storage: JournalStorage | null, draft: string): JournalEntry[] {
  if (!storage) return [];
  const prefix = `${PREFIX}${encodeURIComponent(draft)}:`;
  const found: JournalEntry[] = [];
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (!key?.startsWith(prefix)) continue;
      try {
        const entry: unknown = JSON.parse(storage.getItem(key) ?? 'null');
        if (isEntry(entry, draft)) found.push(entry);
      } catch {
        // Not JSON: written by something else; left alone.
      }
    }
  } catch {
    return found;
  }
  return found;
}

export function removeJournal(storage: JournalStorage | null, draft: string, tab: string): void {
  try {
    storage?.removeItem(keyOf(draft, tab));
  } catch {
    // Nothing to keep: storage refused.
  }
}

/** The stored draft as a journal is matched against: its revision, and which save made it. */
export interface StoredMark {
  revision: number;
  savedBy: string;
  /** How many of `savedBy`'s journaled changes that save holds. */
  through?: number;
}

/**
 * The changes of `entry` that the stored draft does not hold: all of them when they were made on
 * its very revision; the ones after its save when the stored draft is the entry's own tab's next
 * save, which landed as the tab went (before it could trim its journal); none otherwise (another
 * tab saved since, or they were saved).
 */
export function unsavedChanges(entry: JournalEntry, stored: StoredMark): JournalChange[] {
  if (entry.base === stored.revision) return entry.changes;
  const ownNextSave =
    stored.revision === entry.base + 1 &&
    stored.savedBy === entry.tab &&
    stored.through !== undefined &&
    stored.through >= entry.first;
  return ownNextSave ? entry.changes.slice((stored.through as number) - entry.first) : [];
}

/**
 * The journal to replay when a draft opens as `stored`, with the changes to replay: the newest
 * one left by a tab that is gone (`isLive` says which are not) that holds unsaved changes.
 */
export function journalToReplay(
  journals: readonly JournalEntry[],
  stored: StoredMark,
  isLive: (tab: string) => boolean,
): { entry: JournalEntry; changes: JournalChange[] } | null {
  const candidates = journals
    .filter((j) => !isLive(j.tab))
    .map((entry) => ({ entry, changes: unsavedChanges(entry, stored) }))
    .filter(({ changes }) => changes.length > 0)
    .sort((a, b) => b.entry.at - a.entry.at);
  return candidates[0] ?? null;
}

/** Journals of gone tabs with nothing left to replay on `stored` (safe to remove). */
export function staleJournals(
  journals: readonly JournalEntry[],
  stored: StoredMark,
  isLive: (tab: string) => boolean,
): JournalEntry[] {
  return journals.filter((j) => !isLive(j.tab) && unsavedChanges(j, stored).length === 0);
}

/** One tab's journal of one draft: the changes since the last save, written as they come. */
export class EditJournal {
  private changes: JournalChange[] = [];
  /** How many changes were recorded before `changes[0]` (saved and trimmed). */
  private trimmed = 0;
  private base = 0;

  constructor(
    private readonly storage: JournalStorage | null,
    private readonly draft: string,
    private readonly tab: string,
  ) {}

  /** How many changes were ever recorded: a save passes it back to `saved`. */
  get recorded(): number {
    return this.trimmed + this.changes.length;
  }

  /** The revision the draft was read at, once known (before any change is journaled). */
  startAt(revision: number): void {
    this.base = revision;
    this.write();
  }

  record(change: JournalChange): void {
    this.changes.push(change);
    this.write();
  }

  /** The changes up to the `recorded` count given are stored as `revision`: the rest stay. */
  saved(recorded: number, revision: number): void {
    const count = Math.max(0, recorded - this.trimmed);
    this.changes = this.changes.slice(count);
    this.trimmed += count;
    this.base = revision;
    this.write();
  }

  clear(): void {
    this.trimmed += this.changes.length;
    this.changes = [];
    removeJournal(this.storage, this.draft, this.tab);
  }

  private write(): void {
    if (!this.storage) return;
    // Always the whole run of changes since the base, or none: half a journal would replay
    // onto the wrong draft.
    if (this.changes.length === 0) {
      removeJournal(this.storage, this.draft, this.tab);
      return;
    }
    const entry: JournalEntry = {
      v: 1,
      draft: this.draft,
      tab: this.tab,
      base: this.base,
      first: this.trimmed,
      at: Date.now(),
      changes: this.changes,
    };
    try {
      const text = JSON.stringify(entry);
      // Too large (a whole article pasted as one change) or refused: none is kept until the
      // save to IndexedDB, on its way, trims it.
      if (text.length > MAX_JOURNAL_CHARS) throw new RangeError('journal too large');
      this.storage.setItem(keyOf(this.draft, this.tab), text);
    } catch {
      removeJournal(this.storage, this.draft, this.tab);
    }
  }
}
