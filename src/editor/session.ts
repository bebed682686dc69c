// The open draft's saving. Every change the document's stream reports is written at once to a
// journal in localStorage (journal.ts: a reload or a closed tab keeps it) and saved to IndexedDB
// within a second of typing (a field's text is an edit within half a second, then saved 150 ms
// after changes pause, at most half a second after the first unsaved one), with the undo history of the same moment, read back, and announced to the other tabs. A
// save refused because another tab saved first, or deleted the draft, stops this tab's saving
// until the person chooses. With no usable storage the draft lives in this tab, and says so.

import { uniqueId } from '../authoring/uniqueId';
import { type Command, sameValue, upgradeCommand } from '../dataset/commands';
import type { Dataset } from '../dataset/schema';
import {
  askPersistentStorage,
  DraftConflictError,
  DraftDeletedError,
  type DraftFailure,
  DraftStorageError,
  type DraftStore,
  draftStorageError,
  openDraftStore,
  storageFailureCode,
} from '../drafts/draftStore';
import { activeTranslator } from '../i18n/active';
import { isolate } from '../model/bidi';
import { draftParam } from '../model/urlCodec';
import { datasetFromLink, datasetFromText } from '../state/datasetLoader';
import { openDataset } from '../state/openDataset';
import { useStore } from '../state/store';
import type { DraftSaveStatus, EditHistory, HistoryStep } from '../state/types';
import { draftFailureCodeWords, draftFailureWords } from './draftFailureWords';
import { draftPieces } from './draftText';
import { foreignFrameWords, inForeignFrame } from './framingGuard';
import {
  browserStorage,
  EditJournal,
  type JournalChange,
  journalToReplay,
  readJournals,
  removeJournal,
  type StoredMark,
  staleJournals,
} from './journal';
import { type DraftMessage, draftChannel, holdTabLock, openTabs, TAB } from './tabs';

/** Saving waits this long after the last change… */
const SAVE_PAUSE_MS = 150;
/** …but never longer than this after the first unsaved one. */
const SAVE_MAX_WAIT_MS = 500;

let storePromise: Promise<DraftStore> | null = null;
export function draftStore(): Promise<DraftStore> {
  storePromise ??= openDraftStore();
  storePromise.catch(() => {
    storePromise = null;
  });
  return storePromise;
}

/** Whether a stored value is an edit history this app wrote (its steps hold commands). */
function isHistory(value: unknown): value is EditHistory {
  if (typeof value !== 'object' || value === null) return false;
  const { undo, redo } = value as { undo?: unknown; redo?: unknown };
  const steps = (list: unknown) =>
    Array.isArray(list) &&
    list.every(
      (step) =>
        typeof step === 'object' &&
        step !== null &&
        typeof (step as HistoryStep).label === 'string' &&
        typeof (step as HistoryStep).command === 'object',
    );
  return steps(undo) && steps(redo);
}

/** A saved history as this version writes it (commands of earlier versions upgraded). */
function upgraded(history: EditHistory): EditHistory {
  const upgrade = (step: HistoryStep) => ({ ...step, command: upgradeCommand(step.command) });
  return { undo: history.undo.map(upgrade), redo: history.redo.map(upgrade) };
}

/** A fresh draft id: the title's slug and four random letters (two drafts may share a title). */
export function newDraftId(title: string): string {
  const suffix = Math.random().toString(36).slice(2, 6).padEnd(4, '0');
  return `${uniqueId(title, 'timeline', new Set()).slice(0, 50)}-${suffix}`;
}

/** Drafts this page opened itself (made or chosen here): no "it is back" notice for those. */
const openedHere = new Set<string>();
/** Drafts kept only in this tab, with why the browser would not store them. */
const inMemoryOnly = new Map<string, DraftFailure>();

/**
 * Saves `dataset` (with its undo `history`, if any) as a new draft and opens it (a new step in the
 * history). Where the browser will not store it, the draft opens all the same, kept in this tab.
 */
export async function createDraft(dataset: Dataset, history?: EditHistory): Promise<string> {
  // The one way a draft comes to be: refused where a framing page could click through it.
  if (inForeignFrame()) throw new Error(foreignFrameWords());
  const id = newDraftId(dataset.title);
  openedHere.add(id);
  try {
    // As pieces, made a few per task: the session's first save then writes only the pieces an
    // edit changed (one of ~100 in a 100k-event draft), not the whole text again.
    const text = await draftPieces(dataset);
    const store = await draftStore();
    await store.save(id, dataset, 0, TAB, history, text);
  } catch (error) {
    if (!(error instanceof DraftStorageError)) throw error;
    inMemoryOnly.set(id, error.code);
    const name = `your draft “${id}”`;
    await openDataset(name, (options) =>
      datasetFromText(JSON.stringify(dataset), name, { kind: 'draft', id }, options.signal),
    );
    return id;
  }
  // Asked once there is something to keep; a refusal is fine (the draft is saved all the same).
  void askPersistentStorage();
  await openDraft(id);
  return id;
}

/** Opens a draft kept in this browser. */
export function openDraft(id: string): Promise<void> {
  openedHere.add(id);
  return openDataset(`your draft “${id}”`, (options) => datasetFromLink(draftParam(id), options));
}

export interface DraftSession {
  /** Saves now what is not saved yet. */
  flush(): Promise<void>;
  stop(): void;
}

/** What the tab saves: the dataset and the history of one moment, and how far the journal got. */
interface Snapshot {
  dataset: Dataset;
  history: EditHistory;
  recorded: number;
}

/** Starts saving the open draft `id` (its stored revision is read first). */
export function startDraftSession(id: string): DraftSession {
  const state = useStore.getState;
  holdTabLock();
  const storage = browserStorage();
  const journal = new EditJournal(storage, id, TAB);
  let revision = 0;
  let dirty = false;
  let firstUnsaved = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let saving: Promise<void> | null = null;
  let stopped = false;
  /** Saving is held: another tab saved (conflict) or deleted the draft, or no storage. */
  let held: 'conflict' | 'deleted' | 'unavailable' | null = null;
  let latest: Snapshot | null = null;
  const messages = draftChannel();

  const setStatus = (save: DraftSaveStatus) => {
    if (!stopped) state().setEditorUi({ save });
  };
  const hold = (why: 'conflict' | 'deleted', theirs = revision) => {
    held = why;
    if (why === 'conflict') {
      setStatus({ kind: 'conflict', revision, theirs });
      state().notify(activeTranslator().t('editor.conflictNotice'), 'warning', 'dataset');
    } else {
      setStatus({ kind: 'deleted', revision });
      state().notify(activeTranslator().t('editor.deletedNotice'), 'warning', 'dataset');
    }
  };

  // The revision this tab starts from; every save waits for it (a save from revision 0 would be
  // refused as another tab's).
  const ready = (async () => {
    const memoryWhy = inMemoryOnly.get(id);
    let store: DraftStore;
    try {
      if (memoryWhy !== undefined) throw draftStorageError(memoryWhy);
      store = await draftStore();
    } catch (error) {
      held = 'unavailable';
      const message = draftFailureWords(error, activeTranslator().t);
      setStatus({ kind: 'unavailable', message });
      return;
    }
    try {
      // Its head, not its dataset: the draft on screen is that dataset already.
      const record = await store.head(id);
      if (stopped) return;
      if (!record) {
        hold('deleted');
        return;
      }
      revision = record.revision;
      journal.startAt(revision);
      // Opened by a link (a reload, a crash, a bookmark): say that it is back, and from when.
      if (!openedHere.has(id)) {
        openedHere.add(id);
        const { t, tag } = activeTranslator();
        const at = new Date(record.savedAt).toLocaleString(tag, {
          dateStyle: 'medium',
          timeStyle: 'medium',
        });
        state().notify(
          t('editor.draftBack', { title: isolate(record.title), at }),
          'info',
          'dataset',
        );
      }
      // Undo survives a reload: the history saved with the draft comes back with it.
      if (isHistory(record.history) && !dirty) state().restoreHistory(upgraded(record.history));
      await replayJournals(record);
      if (!dirty && !stopped) setStatus({ kind: 'saved', revision, at: record.savedAt });
    } catch (error) {
      setStatus({
        kind: 'failed',
        revision,
        message: draftFailureWords(error, activeTranslator().t),
      });
    }
  })();

  /** Puts back the changes a closed (or reloaded) tab journaled but never saved. */
  async function replayJournals(stored: StoredMark): Promise<void> {
    const isOpen = await openTabs();
    const journals = readJournals(storage, id);
    for (const stale of staleJournals(journals, stored, isOpen)) {
      removeJournal(storage, id, stale.tab);
    }
    const found = journalToReplay(journals, stored, isOpen);
    if (!found || stopped) return;
    const applied = replay(found.changes);
    removeJournal(storage, id, found.entry.tab);
    const count = found.changes.length;
    state().notify(
      applied === count
        ? activeTranslator().t('editor.changesBack', { count })
        : activeTranslator().t('editor.someChangesBack', { applied, count }),
      applied === count ? 'info' : 'warning',
      'dataset',
    );
  }

  /** Applies journaled changes through the store (so they are saved, and undo as before). */
  function replay(changes: readonly JournalChange[]): number {
    const store = state();
    let applied = 0;
    try {
      for (const change of changes) {
        const { kind } = change;
        const command = upgradeCommand(change.command);
        const { undo, redo } = state().history;
        const editing = state().editing;
        const matches = (a: Command | undefined, b: Command) => a !== undefined && sameValue(a, b);
        if (kind === 'undo' && editing && matches(undo.at(-1)?.command, editing.invert(command))) {
          store.undo();
        } else if (kind === 'redo' && matches(redo.at(-1)?.command, command)) {
          store.redo();
        } else {
          store.dispatch(command);
        }
        applied++;
      }
    } catch {
      // A change that no longer fits: the ones before it stay.
    }
    store.markHistory();
    return applied;
  }

  const save = async ({ now = false } = {}): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = null;
    await ready;
    if (!dirty || !latest || held) return;
    const snapshot = latest;
    dirty = false;
    setStatus({ kind: 'saving', revision });
    try {
      const text = await draftPieces(snapshot.dataset, { now });
      const store = await draftStore();
      const record = await store.save(
        id,
        snapshot.dataset,
        revision,
        TAB,
        snapshot.history,
        text,
        snapshot.recorded,
      );
      revision = record.revision;
      journal.saved(snapshot.recorded, revision);
      // "Saved" only when nothing newer waits; a newer change keeps "Saving…" until its own save.
      if (!dirty) setStatus({ kind: 'saved', revision, at: record.savedAt });
      messages?.postMessage({ type: 'saved', id, revision, by: TAB } satisfies DraftMessage);
    } catch (error) {
      dirty = true;
      if (error instanceof DraftConflictError) hold('conflict', error.stored.revision);
      else if (error instanceof DraftDeletedError) hold('deleted');
      else {
        const message =
          error instanceof DraftStorageError
            ? draftFailureWords(error, activeTranslator().t)
            : draftFailureCodeWords(storageFailureCode(error), activeTranslator().t);
        setStatus({ kind: 'failed', revision, message });
      }
    }
  };

  /** `now`: the page is being hidden; its text is made in this task (a later may never come). */
  const saveNow = ({ now = false } = {}): Promise<void> => {
    const run = () => save({ now });
    saving = (saving ?? Promise.resolve()).then(run, run);
    return saving;
  };

  const schedule = () => {
    const now = Date.now();
    if (!dirty) firstUnsaved = now;
    dirty = true;
    if (held) return;
    // Said at once: a change not yet saved is not "saved".
    if (state().editor.save?.kind !== 'saving') setStatus({ kind: 'saving', revision });
    if (timer) clearTimeout(timer);
    const wait = Math.max(0, Math.min(SAVE_PAUSE_MS, firstUnsaved + SAVE_MAX_WAIT_MS - now));
    timer = setTimeout(() => void saveNow(), wait);
  };

  const unsubscribe = state().subscribeChanges((change) => {
    // A draft kept in this tab only has no journal either (nothing could replay it).
    if (held !== 'unavailable') journal.record({ kind: change.kind, command: change.command });
    latest = {
      dataset: change.loaded.dataset,
      history: state().history,
      recorded: journal.recorded,
    };
    schedule();
  });

  // The page is going (reload, closed tab, another app in front): the text still waiting in a
  // field becomes an edit first, which the journal keeps at once; then a save is tried.
  const keepNow = () => {
    state().flushEdits();
    void saveNow({ now: true });
  };
  const onHidden = () => {
    if (document.visibilityState === 'hidden') keepNow();
  };
  document.addEventListener('visibilitychange', onHidden);
  window.addEventListener('pagehide', keepNow);
  window.addEventListener('beforeunload', keepNow);

  if (messages) {
    messages.onmessage = (event: MessageEvent<DraftMessage>) => {
      const message = event.data;
      if (message?.id !== id || message.by === TAB || stopped) return;
      if (message.type === 'saved' && message.revision > revision && held !== 'deleted') {
        hold('conflict', message.revision);
      } else if (message.type === 'deleted' && held !== 'unavailable') {
        hold('deleted');
      } else if (message.type === 'restored' && held === 'deleted') {
        // Put back as this tab last knew it: saving goes on from there, nothing lost.
        if (message.revision === revision) {
          held = null;
          state().notify(activeTranslator().t('editor.draftRestored'), 'info');
          if (dirty) schedule();
          else setStatus({ kind: 'saved', revision, at: Date.now() });
        } else {
          hold('conflict', message.revision);
        }
      }
    };
  }

  const detach = () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    unsubscribe();
    document.removeEventListener('visibilitychange', onHidden);
    window.removeEventListener('pagehide', keepNow);
    window.removeEventListener('beforeunload', keepNow);
    messages?.close();
  };

  return {
    flush: () => saveNow(),
    stop() {
      // What was typed in the last moment is still saved (the dataset it belongs to is kept).
      // Held, the person chose to leave it (the other version, a copy, or closing it).
      if (dirty && !held) void saveNow({ now: true });
      else if (held) journal.clear();
      detach();
    },
  };
}
