// Drafts kept in the browser (IndexedDB, through `idb`): every save is a revision, read back to be
// sure it was written, and refused when another tab saved a newer revision meanwhile, so two tabs
// on one draft never overwrite each other silently. Storage failures come back in plain words.
import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB } from 'idb';
import type { Dataset } from '../dataset/schema';

export interface DraftRecord {
  id: string;
  /** The timeline's title, for "My timelines". */
  title: string;
  /** Counts saves: 1 for the first. */
  revision: number;
  /** ms since the epoch. */
  savedAt: number;
  /** Which tab saved it (tells a tab its own saves from another's). */
  savedBy: string;
  dataset: Dataset;
  /**
   * The edits that can be undone and redone, as plain data (commands), so undo survives a reload.
   * Opaque here: the editor reads it back.
   */
  history?: unknown;
  /**
   * How many of its tab's journaled changes this save holds (see src/editor/journal.ts): a tab
   * gone before it learnt that its save landed has only the later ones replayed.
   */
  through?: number;
}

/** A draft without its dataset: what an editing tab needs to go on saving it. */
export type DraftHead = Omit<DraftRecord, 'dataset'>;

/** What "My timelines" lists: a draft without its data. */
export type DraftSummary = Omit<DraftRecord, 'dataset' | 'history'> & { events: number };

/**
 * A draft as kept: its dataset as JSON text in pieces (store `pieces`, `pieces` of them; joined,
 * the text). A string is copied in and out of the database at memory speed, where a 10k-event
 * object graph took ~55 ms to store and ~30 ms to read back on the page's thread; and a save
 * writes only the pieces that changed since this tab's last save (a 100k-event draft is ~48 MB of
 * text, ~0.7 s to write whole: one title typed changes one piece of ~0.5 MB). Drafts saved
 * before kept their whole `text`, and before that `dataset` itself: both are still read.
 */
interface StoredDraft extends Omit<DraftRecord, 'dataset'> {
  pieces?: number;
  /**
   * Which write put the pieces there: a store that wrote or read these very pieces writes only
   * those that change; pieces put back otherwise (a deleted draft restored at the revision it
   * had, as one piece) are written whole by the next save.
   */
  piecesId?: string;
  text?: string;
  dataset?: Dataset;
  events?: number;
}

interface StoredPiece {
  draft: string;
  index: number;
  text: string;
}

interface DraftsSchema extends DBSchema {
  drafts: { key: string; value: StoredDraft };
  pieces: { key: [string, number]; value: StoredPiece };
}

/** A draft's dataset text as pieces: the caller's, or the whole text as one. */
export type DraftText = string | readonly string[];

const piecesOf = (text: DraftText): readonly string[] => (typeof text === 'string' ? [text] : text);

function headOf(record: DraftRecord, pieces: number, piecesId: string): StoredDraft {
  const { dataset, ...rest } = record;
  return { ...rest, pieces, piecesId, events: dataset.events.length };
}

/** Text compared in one task at most while finding the pieces a save changes (UTF-16 units). */
const COMPARED_PER_TASK = 4_000_000;

/**
 * The places where `pieces` differ from `held`. A piece an edit left alone is most often the same
 * string as before (compared at once), but after a draft opens its pieces are made anew from the
 * dataset read: equal texts, compared in full (~48 MB for a 100k-event draft), a few megabytes a
 * task so that a person typing meanwhile waits for none of it.
 */
export async function differingPieces(
  held: readonly string[],
  pieces: readonly string[],
): Promise<number[]> {
  const differing: number[] = [];
  let compared = 0;
  for (const [index, piece] of pieces.entries()) {
    const old = held[index];
    if (old === undefined || old.length !== piece.length) {
      differing.push(index);
      continue;
    }
    if (compared > COMPARED_PER_TASK) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      compared = 0;
    }
    compared += piece.length;
    if (old !== piece) differing.push(index);
  }
  return differing;
}

/** A fresh id for a write of a draft's pieces. */
const newPiecesId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

const DATABASE = 'sourceline';
const VERSION = 2;
/** Every piece of one draft, as a key range of the `pieces` store. */
const piecesRange = (id: string) => IDBKeyRange.bound([id, 0], [id, Number.MAX_SAFE_INTEGER]);

/** Another tab saved this draft after the revision this tab started from. */
export class DraftConflictError extends Error {
  constructor(
    readonly stored: Omit<DraftRecord, 'dataset'>,
    readonly expected: number,
  ) {
    super(`The draft “${stored.title}” was saved by another tab (revision ${stored.revision}).`);
    this.name = 'DraftConflictError';
  }
}

/** The draft was deleted (in another tab) since this tab read it: saving would bring it back. */
export class DraftDeletedError extends Error {
  constructor(readonly id: string) {
    super(`The draft “${id}” was deleted in another tab.`);
    this.name = 'DraftDeletedError';
  }
}

/**
 * Why the browser would not keep a draft: nothing can be kept in it at all (`no…`), or a save
 * failed. The view says it in its language (i18n/draftFailureWords.ts); the English is below.
 */
export type DraftFailure =
  | 'noIndexedDb'
  | 'noRoom'
  | 'noStorage'
  | 'full'
  | 'refused'
  | 'failed'
  | 'readBack';

const FAILURE_WORDS: Readonly<Record<DraftFailure, string>> = {
  noIndexedDb:
    'This browser gives this site no storage (IndexedDB is missing or turned off), so nothing you do here is kept once the tab closes.',
  noRoom:
    'Your browser’s storage for this site is full, so nothing you do here is kept once the tab closes.',
  noStorage:
    'Your browser would not let this site store data (a private window, or storage turned off for this site), so nothing you do here is kept once the tab closes.',
  full: 'Your browser’s storage for this site is full, so the draft could not be saved. Export it now to keep your work, then free some space (or delete drafts you no longer need).',
  refused:
    'Your browser would not let this site store data (a private window, or storage turned off), so the draft could not be saved. Export it now to keep your work.',
  failed: 'The draft could not be saved in your browser. Export it now to keep your work.',
  readBack:
    'The draft was written but could not be read back the same, so it may not be safe. Export it now to keep your work.',
};

/** The browser refused to keep the data: `code` says why (the message, in plain English). */
export class DraftStorageError extends Error {
  constructor(
    message: string,
    cause?: unknown,
    readonly code: DraftFailure = 'failed',
  ) {
    super(message, { cause });
    this.name = 'DraftStorageError';
  }
}

/** The browser offers no usable storage at all (the database cannot be opened). */
export class DraftStorageUnavailableError extends DraftStorageError {
  constructor(message: string, cause?: unknown, code: DraftFailure = 'noStorage') {
    super(message, cause, code);
    this.name = 'DraftStorageUnavailableError';
  }
}

/** The failure `code`, with its English words. */
export function draftStorageError(code: DraftFailure, cause?: unknown): DraftStorageError {
  return new DraftStorageError(FAILURE_WORDS[code], cause, code);
}

function isQuota(error: unknown): boolean {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  return name === 'QuotaExceededError' || /quota/i.test(String(error));
}

/** Why nothing can be kept in this browser (no promise of a button). */
export function unavailableCode(error: unknown): DraftFailure {
  if (typeof indexedDB === 'undefined') return 'noIndexedDb';
  return isQuota(error) ? 'noRoom' : 'noStorage';
}

/** Why a save failed. */
export function storageFailureCode(error: unknown): DraftFailure {
  if (isQuota(error)) return 'full';
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  const refused = name === 'InvalidStateError' || name === 'SecurityError';
  return refused || name === 'UnknownError' ? 'refused' : 'failed';
}

/** Why nothing can be kept in this browser, in plain English words. */
export function unavailableWords(error: unknown): string {
  return FAILURE_WORDS[unavailableCode(error)];
}

/** A storage failure as a person should read it, in English. */
export function storageFailureWords(error: unknown): string {
  return FAILURE_WORDS[storageFailureCode(error)];
}

export interface DraftStore {
  list(): Promise<DraftSummary[]>;
  load(id: string): Promise<DraftRecord | null>;
  /**
   * A stored draft without its dataset (null when there is none), its pieces read as `load`
   * reads them, so that the next save writes only what changed; but the dataset's text is not
   * parsed (~0.4 s on the page's thread for a 100k-event draft, which the tab has on screen).
   */
  head(id: string): Promise<DraftHead | null>;
  /**
   * Saves `dataset` as the revision after `baseRevision` (0 for a new draft) and reads it back.
   * Throws DraftConflictError if the stored draft is newer than `baseRevision`, and
   * DraftStorageError if the browser refused or the read-back differs. `text`: the dataset's
   * JSON text, when the caller has it already, best as pieces (src/editor/draftText.ts): then only
   * the pieces unlike this store's last save of the draft are written and read back.
   */
  save(
    id: string,
    dataset: Dataset,
    baseRevision: number,
    savedBy: string,
    history?: unknown,
    text?: DraftText,
    through?: number,
  ): Promise<DraftRecord>;
  /**
   * Puts back a deleted record as it was (undoing a delete). If a draft of that id was stored
   * since, nothing is overwritten: the record comes back as a copy, under `copyId`.
   */
  restore(record: DraftRecord, copyId: string): Promise<{ id: string; asCopy: boolean }>;
  remove(id: string): Promise<void>;
}

/** Opens the drafts database (`factory` for tests: a fake IndexedDB). */
export async function openDraftStore(factory?: IDBFactory): Promise<DraftStore> {
  let db: IDBPDatabase<DraftsSchema>;
  try {
    const open = () =>
      openDB<DraftsSchema>(DATABASE, VERSION, {
        upgrade(database) {
          if (!database.objectStoreNames.contains('drafts')) {
            database.createObjectStore('drafts', { keyPath: 'id' });
          }
          if (!database.objectStoreNames.contains('pieces')) {
            database.createObjectStore('pieces', { keyPath: ['draft', 'index'] });
          }
        },
      });
    db = factory ? await withFactory(factory, open) : await open();
  } catch (error) {
    const code = unavailableCode(error);
    throw new DraftStorageUnavailableError(FAILURE_WORDS[code], error, code);
  }
  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      if (
        error instanceof DraftConflictError ||
        error instanceof DraftDeletedError ||
        error instanceof DraftStorageError
      ) {
        throw error;
      }
      throw draftStorageError(storageFailureCode(error), error);
    }
  };
  /** The pieces this store last wrote or read of each draft, and at which revision. */
  const written = new Map<
    string,
    { revision: number; piecesId: string | undefined; pieces: readonly string[] }
  >();

  /**
   * The text of a draft kept as pieces (remembered as this store's last read of it), null when
   * pieces are missing; undefined for a draft kept otherwise by earlier versions.
   */
  const piecesOfStored = async (stored: StoredDraft): Promise<string[] | null | undefined> => {
    if (stored.pieces === undefined) return undefined;
    // Written (or read) by this store last: those very strings, not read again.
    const before = written.get(stored.id);
    if (
      stored.piecesId !== undefined &&
      before?.piecesId === stored.piecesId &&
      before.revision === stored.revision &&
      before.pieces.length === stored.pieces
    ) {
      return [...before.pieces];
    }
    const kept = await db.getAll('pieces', piecesRange(stored.id));
    if (kept.length !== stored.pieces) return null;
    const texts = kept.map((piece) => piece.text);
    written.set(stored.id, {
      revision: stored.revision,
      piecesId: stored.piecesId,
      pieces: texts,
    });
    return texts;
  };

  /** The dataset of a stored draft, from its pieces (or as kept by earlier versions). */
  const datasetOf = async (stored: StoredDraft): Promise<DraftRecord | null> => {
    const { pieces: _pieces, text, dataset, events: _events, ...rest } = stored;
    const texts = await piecesOfStored(stored);
    if (texts === null) return null;
    if (texts) return { ...rest, dataset: JSON.parse(texts.join('')) as Dataset };
    if (text !== undefined) return { ...rest, dataset: JSON.parse(text) as Dataset };
    return dataset ? { ...rest, dataset } : null;
  };

  /** Writes `record` whole, as `pieces`, in place of whatever the draft's id holds. */
  const putWhole = async (
    tx: IDBPTransaction<DraftsSchema, ['drafts', 'pieces'], 'readwrite'>,
    record: DraftRecord,
    pieces: readonly string[],
  ): Promise<void> => {
    await tx.objectStore('pieces').delete(piecesRange(record.id));
    for (const [index, text] of pieces.entries()) {
      await tx.objectStore('pieces').put({ draft: record.id, index, text });
    }
    const piecesId = newPiecesId();
    await tx.objectStore('drafts').put(headOf(record, pieces.length, piecesId));
    await tx.done;
    written.set(record.id, { revision: record.revision, piecesId, pieces });
  };

  return {
    list: () =>
      guard(async () => {
        const records = await db.getAll('drafts');
        return records
          .map(
            ({ dataset, text: _text, pieces: _pieces, history: _history, events, ...summary }) => ({
              ...summary,
              events: events ?? dataset?.events.length ?? 0,
            }),
          )
          .sort((a, b) => b.savedAt - a.savedAt);
      }),
    load: (id) =>
      guard(async () => {
        const stored = await db.get('drafts', id);
        return stored ? datasetOf(stored) : null;
      }),
    head: (id) =>
      guard(async () => {
        const stored = await db.get('drafts', id);
        if (!stored) return null;
        const { pieces: _pieces, text, dataset, events: _events, ...rest } = stored;
        const texts = await piecesOfStored(stored);
        if (texts === null || (texts === undefined && text === undefined && !dataset)) return null;
        return rest;
      }),
    save: (id, dataset, baseRevision, savedBy, history, text = JSON.stringify(dataset), through) =>
      guard(async () => {
        const pieces = piecesOf(text);
        // Which pieces differ from those this store wrote or read last, found before the
        // transaction (which must not wait on timers): a few per task.
        const before = written.get(id);
        const differing = before ? await differingPieces(before.pieces, pieces) : null;
        const tx = db.transaction(['drafts', 'pieces'], 'readwrite');
        const drafts = tx.objectStore('drafts');
        const stored = await drafts.get(id);
        if (!stored && baseRevision !== 0) {
          // Deleted since this tab read it: a save must not bring it back unasked.
          tx.abort();
          await tx.done.catch(() => undefined);
          throw new DraftDeletedError(id);
        }
        if (stored && stored.revision !== baseRevision) {
          tx.abort();
          await tx.done.catch(() => undefined);
          throw new DraftConflictError(stored, baseRevision);
        }
        // Only what differs from the pieces this store wrote or read last is written, when those
        // are the pieces stored (all of them when this store does not know what is stored, it was
        // kept whole before, or another tab put pieces back at this revision).
        const known =
          differing !== null &&
          stored?.pieces !== undefined &&
          stored.piecesId !== undefined &&
          before?.revision === stored.revision &&
          before.piecesId === stored.piecesId
            ? before
            : null;
        const changed = known ? (differing ?? []) : pieces.map((_, index) => index);
        const record: DraftRecord = {
          id,
          title: dataset.title,
          revision: baseRevision + 1,
          savedAt: Date.now(),
          savedBy,
          dataset,
          ...(history !== undefined ? { history } : {}),
          ...(through !== undefined ? { through } : {}),
        };
        const store = tx.objectStore('pieces');
        if (!known) await store.delete(piecesRange(id));
        else if (known.pieces.length > pieces.length) {
          await store.delete(IDBKeyRange.bound([id, pieces.length], [id, Number.MAX_SAFE_INTEGER]));
        }
        for (const index of changed) {
          await store.put({ draft: id, index, text: pieces[index] as string });
        }
        const piecesId = newPiecesId();
        await drafts.put(headOf(record, pieces.length, piecesId));
        await tx.done;
        written.delete(id);
        // Read back: a save only counts once the browser gives the same text back.
        const back = await db.get('drafts', id);
        const same =
          back?.revision === record.revision &&
          back.pieces === pieces.length &&
          back.piecesId === piecesId &&
          (
            await Promise.all(
              changed.map(
                async (index) => (await db.get('pieces', [id, index]))?.text === pieces[index],
              ),
            )
          ).every(Boolean);
        if (!same) {
          throw draftStorageError('readBack');
        }
        written.set(id, { revision: record.revision, piecesId, pieces });
        return record;
      }),
    restore: (record, copyId) =>
      guard(async () => {
        const tx = db.transaction(['drafts', 'pieces'], 'readwrite');
        const asCopy = (await tx.objectStore('drafts').get(record.id)) !== undefined;
        const title = `${record.title} (restored copy)`;
        const kept = asCopy
          ? { ...record, id: copyId, title, revision: 1, dataset: { ...record.dataset, title } }
          : record;
        await putWhole(tx, kept, [JSON.stringify(kept.dataset)]);
        return { id: kept.id, asCopy };
      }),
    remove: (id) =>
      guard(async () => {
        const tx = db.transaction(['drafts', 'pieces'], 'readwrite');
        await tx.objectStore('pieces').delete(piecesRange(id));
        await tx.objectStore('drafts').delete(id);
        await tx.done;
        written.delete(id);
      }),
  };
}

/** idb opens `indexedDB`; tests hand it another factory for the duration of the open. */
async function withFactory<T>(factory: IDBFactory, open: () => Promise<T>): Promise<T> {
  const global = globalThis as { indexedDB?: IDBFactory };
  const before = global.indexedDB;
  global.indexedDB = factory;
  try {
    return await open();
  } finally {
    global.indexedDB = before;
  }
}

/**
 * Asks the browser to keep this site's storage (not evicted under pressure, nor after days
 * without a visit). True when granted; false when refused or not supported.
 */
export async function askPersistentStorage(): Promise<boolean> {
  try {
    if (!navigator.storage?.persist) return false;
    if (await navigator.storage.persisted?.()) return true;
    return await navigator.storage.persist();
  } catch {
    return false;
  }
}
