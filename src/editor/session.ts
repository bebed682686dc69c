// The open draft's saving: every change the document's stream reports is saved to IndexedDB within
// a second (a quarter second after typing pauses, at most a second after the first unsaved
// change), read back, and announced to the other tabs; a save refused because another tab saved
// first stops this tab's saving until the person chooses (their version, or a copy of this one).

import { uniqueId } from '../authoring/draft';
import type { Dataset } from '../dataset/schema';
import {
  askPersistentStorage,
  DraftConflictError,
  DraftStorageError,
  type DraftStore,
  openDraftStore,
  storageFailureWords,
} from '../drafts/draftStore';
import { isolate } from '../model/bidi';
import { draftParam } from '../model/urlCodec';
import { datasetFromLink } from '../state/datasetLoader';
import { openDataset } from '../state/openDataset';
import { useStore } from '../state/store';
import type { EditHistory, HistoryStep } from '../state/types';
import { draftText } from './draftText';
import { FOREIGN_FRAME_WORDS, inForeignFrame } from './frame';

/** Saving waits this long after the last change… */
const SAVE_PAUSE_MS = 250;
/** …but never longer than this after the first unsaved one. */
const SAVE_MAX_WAIT_MS = 900;

const CHANNEL = 'sourceline-drafts';

/** This tab, as its saves name it (tells its own saves from another tab's). */
const TAB =
  typeof crypto !== 'undefined' && crypto.randomUUID ? crypto.randomUUID() : `${Math.random()}`;

let storePromise: Promise<DraftStore> | null = null;
export function draftStore(): Promise<DraftStore> {
  storePromise ??= openDraftStore();
  storePromise.catch(() => {
    storePromise = null;
  });
  return storePromise;
}

interface SavedMessage {
  type: 'saved';
  id: string;
  revision: number;
  by: string;
}

function channel(): BroadcastChannel | null {
  return typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
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

/** A fresh draft id: the title's slug and four random letters (two drafts may share a title). */
export function newDraftId(title: string): string {
  const suffix = Math.random().toString(36).slice(2, 6).padEnd(4, '0');
  return `${uniqueId(title, 'timeline', new Set()).slice(0, 50)}-${suffix}`;
}

/** Drafts this page opened itself (made or chosen here): no "it is back" notice for those. */
const openedHere = new Set<string>();

/** Saves `dataset` as a new draft and opens it (a new step in the history). */
export async function createDraft(dataset: Dataset): Promise<string> {
  // The one way a draft comes to be: refused where a framing page could click through it.
  if (inForeignFrame()) throw new Error(FOREIGN_FRAME_WORDS);
  const id = newDraftId(dataset.title);
  openedHere.add(id);
  const store = await draftStore();
  await store.save(id, dataset, 0, TAB);
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

/** Starts saving the open draft `id` (its stored revision is read first). */
export function startDraftSession(id: string): DraftSession {
  const state = useStore.getState;
  let revision = 0;
  let dirty = false;
  let firstUnsaved = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let saving: Promise<void> | null = null;
  let stopped = false;
  /** The dataset as the latest change left it: what the next save writes. */
  let latest: Dataset | null = null;
  const messages = channel();

  const setStatus = (save: ReturnType<typeof state>['editor']['save']) =>
    state().setEditorUi({ save });

  // The revision this tab starts from; every save waits for it (a save from revision 0 would
  // be refused as another tab's).
  const ready = draftStore()
    .then((store) => store.load(id))
    .then((record) => {
      if (!record) return;
      revision = record.revision;
      // Opened by a link (a reload, a crash, a bookmark): say that it is back, and from when.
      if (!openedHere.has(id) && !stopped) {
        openedHere.add(id);
        const at = new Date(record.savedAt).toLocaleString('en-GB', {
          dateStyle: 'medium',
          timeStyle: 'medium',
        });
        state().notify(
          `Your draft “${isolate(record.title)}” is back, as last saved in this browser (${at}).`,
          'info',
          'dataset',
        );
      }
      // Undo survives a reload: the history saved with the draft comes back with it.
      if (isHistory(record.history) && !dirty) state().restoreHistory(record.history);
      if (!dirty && !stopped) setStatus({ kind: 'saved', revision, at: record.savedAt });
    })
    .catch((error: unknown) => {
      if (!stopped) setStatus({ kind: 'failed', revision, message: storageFailureWords(error) });
    });

  const save = async ({ now = false } = {}): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = null;
    await ready;
    if (!dirty || !latest) return;
    if (conflicted) return;
    const dataset = latest;
    dirty = false;
    if (!stopped) setStatus({ kind: 'saving', revision });
    try {
      const text = await draftText(dataset, { now });
      const store = await draftStore();
      const record = await store.save(id, dataset, revision, TAB, state().history, text);
      revision = record.revision;
      if (!stopped) setStatus({ kind: 'saved', revision, at: record.savedAt });
      messages?.postMessage({ type: 'saved', id, revision, by: TAB } satisfies SavedMessage);
    } catch (error) {
      dirty = true;
      if (stopped) return;
      if (error instanceof DraftConflictError) {
        conflicted = true;
        setStatus({ kind: 'conflict', revision, theirs: error.stored.revision });
        state().notify(
          `This draft was changed in another tab. Choose in the editor’s bar: load that version, or keep yours as a copy.`,
          'warning',
          'dataset',
        );
      } else {
        const message =
          error instanceof DraftStorageError ? error.message : storageFailureWords(error);
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
    // Said at once: a change not yet saved is not "saved".
    if (!conflicted && state().editor.save?.kind !== 'saving')
      setStatus({ kind: 'saving', revision });
    if (timer) clearTimeout(timer);
    const wait = Math.max(0, Math.min(SAVE_PAUSE_MS, firstUnsaved + SAVE_MAX_WAIT_MS - now));
    timer = setTimeout(() => void saveNow(), wait);
  };

  let conflicted = false;
  const unsubscribe = state().subscribeChanges((change) => {
    latest = change.loaded.dataset;
    schedule();
  });
  const onHidden = () => {
    if (document.visibilityState === 'hidden') void saveNow({ now: true });
  };
  const onPageHide = () => void saveNow({ now: true });
  document.addEventListener('visibilitychange', onHidden);
  window.addEventListener('pagehide', onPageHide);
  if (messages) {
    messages.onmessage = (event: MessageEvent<SavedMessage>) => {
      const message = event.data;
      if (message?.type !== 'saved' || message.id !== id || message.by === TAB) return;
      if (message.revision <= revision) return;
      conflicted = true;
      setStatus({ kind: 'conflict', revision, theirs: message.revision });
      state().notify(
        `${isolate(state().loaded?.dataset.title ?? 'This draft')} was saved in another tab. Choose in the editor’s bar: load that version, or keep yours as a copy.`,
        'warning',
        'dataset',
      );
    };
  }

  return {
    flush: () => saveNow(),
    stop() {
      // What was typed in the last moment is still saved (the dataset it belongs to is kept).
      if (dirty && !conflicted) void saveNow({ now: true });
      stopped = true;
      if (timer) clearTimeout(timer);
      unsubscribe();
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', onPageHide);
      messages?.close();
    },
  };
}
