// The document slice: the dataset on screen, where it came from, its loading, and its edits.
// Every edit is a command (src/dataset/commands.ts) applied through `dispatch`, `undo` or `redo`:
// the dataset is derived again, the history records the step, and the change stream tells its
// listeners (autosave). The history follows tldraw's: a new edit clears redo; steps are
// closed by a mark (`markHistory`), by undo and redo, or by a pause; until then a run of edits to
// the same field of the same record squashes into one step, so typing a title is undone at once.
// Text typed into a field waits in the slice's own queue (pendingEdits.ts) and is applied before
// anything else touches the document or its history: one stream of edits, in the order made.
import type { StateCreator } from 'zustand';
import type { Command } from '../dataset/commands';
import type { Dataset } from '../dataset/schema';
import type { LoadedDataset } from '../dataset/types';
import { isolate } from '../model/bidi';
import { reconcileView } from '../model/reconcile';
import { type NoticeText, type Said, said } from '../model/said';
import { movedPassages } from './caches';
import type { Editing } from './editing';
import { PendingEdits } from './pendingEdits';
import {
  eventOf,
  revealSelection,
  sourceOf,
  withNotices,
  withoutHiddenSelection,
  withRequest,
} from './rules';
import type {
  AppState,
  DocumentChange,
  DocumentSlice,
  DocumentState,
  EditHistory,
  HistoryStep,
  Store,
} from './types';

/** Edits of one field less than this far apart are one undo step. */
export const SQUASH_MS = 1_000;
/** Undo reaches this many steps back. */
export const MAX_HISTORY = 1_000;

const EMPTY_HISTORY: EditHistory = { undo: [], redo: [] };

export const initialDocumentState: DocumentState = {
  loaded: null,
  origin: null,
  loading: null,
  loadFailure: null,
  history: EMPTY_HISTORY,
  editing: null,
  editsPending: false,
};

/** Words for a history that cannot be applied to the draft it came with. */
const HISTORY_MISMATCH = said(
  'historyMismatch',
  {},
  'The undo history no longer matches this draft (it was saved apart from it), so it was cleared. The draft itself is as it was; edits from now on can be undone as usual.',
);

/** A command that does not fit the dataset (a `CommandError`, told by name: the class is in
 * the editor's chunk, not the reader's). */
const isCommandError = (error: unknown): error is Error & { said?: Said } =>
  error instanceof Error && error.name === 'CommandError';

/** Where the repairs of a freshly loaded dataset are told, in words rather than JSON paths. */
export function repairNotices(loaded: LoadedDataset): NoticeText[] {
  const count = movedPassages.of(loaded);
  const passages = (n: number) => `${n} passage${n === 1 ? '' : 's'}`;
  const found = count.exact + count.moved;
  const parts = [
    found > 0 && `${passages(found)} found word for word at another place`,
    count.edited > 0 && `${passages(count.edited)} found with changed words (edited)`,
    count.ambiguous > 0 &&
      `${passages(count.ambiguous)} found in more than one place (ambiguous, not shown)`,
    count.lost > 0 && `${passages(count.lost)} not found in the article (lost)`,
  ].filter(Boolean);
  return parts.length > 0
    ? [
        said(
          'passageStates',
          { found, edited: count.edited, ambiguous: count.ambiguous, lost: count.lost },
          `Some passage positions in this dataset were out of date: ${parts.join('; ')}. Each event’s details say which.`,
        ),
      ]
    : [];
}

/**
 * The state after the dataset became `next` by an edit. The view stays as it is (an edit is not a
 * step of the URL's history), except that a selected event the edit removed is deselected, with
 * a notice; the reader leaves a source that is gone.
 */
function edited(state: AppState, next: LoadedDataset): Partial<AppState> {
  const change: Partial<AppState> = { loaded: next };
  const selected = state.view.event;
  if (selected !== null && !next.eventById.has(selected)) {
    const title = eventOf(state.loaded, selected)?.title ?? selected;
    change.view = { ...state.view, event: null };
    change.notices = withNotices(
      state.notices,
      [
        said(
          'eventDeleted',
          { title: isolate(title) },
          `“${title}” was deleted, so it was deselected.`,
        ),
      ],
      'info',
    );
  }
  const source = state.readerSourceId;
  if (source !== null && !next.dataset.sources.some((s) => s.id === source)) {
    change.readerSourceId = sourceOf(next, change.view?.event ?? selected);
  }
  return change;
}

const closed = (step: HistoryStep): HistoryStep => (step.open ? { ...step, open: false } : step);

/** The stack with its top step closed (only the top one is ever open). */
function closedTop(steps: readonly HistoryStep[]): HistoryStep[] {
  const top = steps.at(-1);
  return top?.open ? [...steps.slice(0, -1), closed(top)] : [...steps];
}

/** The undo stack with an edit made at `now` on top: joined to the open step it types on. */
function recorded(
  editing: Editing,
  undo: readonly HistoryStep[],
  command: Command,
  now: number,
): HistoryStep[] {
  const top = undo.at(-1);
  const joined =
    top?.open && now - top.at < SQUASH_MS ? editing.squash(top.command, command) : null;
  const step = (c: Command): HistoryStep => ({
    command: c,
    label: editing.commandLabel(c),
    said: editing.commandSaid(c),
    at: now,
    open: true,
  });
  const kept = joined ? undo.slice(0, -1) : closedTop(undo);
  return [...kept, step(joined ?? command)].slice(-MAX_HISTORY);
}

export const createDocumentSlice: StateCreator<Store, [], [], DocumentSlice> = (set, get) => {
  const listeners = new Set<(change: DocumentChange) => void>();
  const tell = (change: DocumentChange) => {
    for (const listener of [...listeners]) listener(change);
  };

  const editingKit = (): Editing => {
    const { editing } = get();
    if (!editing) throw new Error('The dataset is read-only: editing is not loaded.');
    return editing;
  };

  /** Applies a command to the dataset on screen: the derivation after it (nothing is set yet). */
  const derived = (editing: Editing, command: Command): LoadedDataset => {
    const { loaded } = get();
    if (!loaded) throw new Error('There is no dataset to edit.');
    return editing.deriveLoaded(editing.applyCommand(loaded.dataset, command), {
      previous: loaded,
    });
  };

  const currentDataset = (): Dataset => {
    const { loaded } = get();
    if (!loaded) throw new Error('There is no dataset to edit.');
    return loaded.dataset;
  };

  /** Applies an edit and records it (what `dispatch` does once the queue is empty). */
  const record = (command: Command) => {
    const editing = editingKit();
    const next = derived(editing, command);
    const now = Date.now();
    set((state) => ({
      ...edited(state, next),
      history: { undo: recorded(editing, state.history.undo, command, now), redo: [] },
    }));
    tell({ kind: 'do', command, loaded: next });
  };

  /** A step of the history that does not fit the draft: the history goes, the draft stays. */
  const dropHistory = () =>
    set((state) => ({
      history: EMPTY_HISTORY,
      notices: withNotices(state.notices, [HISTORY_MISMATCH], 'warning', 'dataset'),
    }));

  const pending = new PendingEdits();
  let commitTimer: ReturnType<typeof setTimeout> | null = null;
  let frameCommit = false;
  /** Counts commits: a frame's commit is dropped when another commit came first. */
  let commits = 0;

  /** Commits once the frame being drawn is painted (a task after it), in the gap before a key. */
  const flushAfterFrame = () => {
    if (frameCommit) return;
    frameCommit = true;
    const asked = commits;
    const afterPaint = () =>
      setTimeout(() => {
        frameCommit = false;
        if (commits === asked) flushEdits();
      }, 0);
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(afterPaint);
    else afterPaint();
  };

  /** Turns every waiting field edit into a command, oldest first, and applies it. */
  const flushEdits = () => {
    if (commitTimer !== null) clearTimeout(commitTimer);
    commitTimer = null;
    if (pending.size === 0) return;
    commits++;
    const started = performance.now();
    const builders = pending.take();
    set({ editsPending: false });
    // Nothing to apply them to (the store was reset): they go with what they belonged to.
    if (!get().loaded || !get().editing) return;
    try {
      for (const build of builders) {
        try {
          const command = build(currentDataset());
          if (command && !editingKit().isNoChange(command)) record(command);
        } catch (error) {
          // A field of a record deleted meanwhile: its text has nowhere to go.
          if (!isCommandError(error)) throw error;
          // Its words as a code with values where it has them, for the notice's language.
          const why = error.said ?? error.message;
          get().notify(
            said('changeNotApplied', { why }, `A change could not be applied: ${error.message}`),
            'warning',
            'action',
          );
        }
      }
    } finally {
      // React draws the views anew in a microtask of this task, queued by the first change: a
      // microtask queued after it tells how long the commit held the page.
      queueMicrotask(() => pending.noteCommit(performance.now() - started));
    }
  };

  return {
    ...initialDocumentState,

    startLoading: (what) =>
      set((state) => ({
        loading: { what, bytesRead: 0, totalBytes: null, startedAt: Date.now() },
        loadFailure: state.loadFailure?.cancelled ? null : state.loadFailure,
      })),

    reportProgress: (bytesRead, totalBytes) =>
      set((state) =>
        state.loading ? { loading: { ...state.loading, bytesRead, totalBytes } } : {},
      ),

    cancelLoading: () =>
      set((state) => {
        if (!state.loading) return {};
        const { what } = state.loading;
        if (state.loaded) {
          const text = said(
            'loadCancelled',
            { what: isolate(what) },
            `Loading ${what} was cancelled; the dataset on screen is unchanged.`,
          );
          return { loading: null, notices: withNotices(state.notices, [text], 'info') };
        }
        const summary = `${what} was not loaded.`;
        return {
          loading: null,
          loadFailure: {
            name: what,
            summary,
            said: said('notLoaded', { what: isolate(what) }, summary),
            problems: [],
            cancelled: true,
          },
        };
      }),

    showDataset: (loaded, origin, view, linkNotices = []) => {
      // Text still waiting in a field belongs to the dataset on screen: it is applied (and so
      // saved, for a draft) before that dataset goes.
      flushEdits();
      const checked = reconcileView(view, loaded);
      set((state) => {
        const visible = withoutHiddenSelection({ loaded }, checked.view);
        return {
          loaded,
          origin,
          loading: null,
          loadFailure: null,
          history: EMPTY_HISTORY,
          view: visible.view,
          readerSourceId: sourceOf(loaded, visible.view.event),
          // Asks about the previous dataset go with it.
          requests: withRequest([], revealSelection()),
          // Notices about the previous dataset go; any from before the first load stay.
          notices: withNotices(
            withNotices(
              state.loaded ? [] : state.notices,
              [...linkNotices, ...checked.notices, ...visible.notices],
              'warning',
            ),
            repairNotices(loaded),
            'warning',
            'dataset',
          ),
        };
      });
    },

    failLoading: (failure) => set({ loading: null, loadFailure: failure }),
    dismissLoadFailure: () => set({ loadFailure: null }),

    enableEditing: (editing) => set({ editing }),

    holdEdit: (key, build) => {
      const timing = pending.hold(key, build, Date.now(), get().loaded?.events.length ?? 0);
      if (!get().editsPending) set({ editsPending: true });
      if (commitTimer !== null) clearTimeout(commitTimer);
      commitTimer = setTimeout(flushEdits, timing.waitMs);
      if (timing.afterThisFrame) flushAfterFrame();
    },

    dropEdit: (key) => {
      pending.drop(key);
      if (pending.size === 0 && get().editsPending) set({ editsPending: false });
    },

    flushEdits,

    dispatch: (command) => {
      flushEdits();
      record(typeof command === 'function' ? command(currentDataset()) : command);
    },

    undo: () => {
      flushEdits();
      const step = get().history.undo.at(-1);
      if (!step) return;
      const editing = editingKit();
      const inverse = editing.invert(step.command);
      let next: LoadedDataset;
      try {
        next = derived(editing, inverse);
      } catch (error) {
        if (!isCommandError(error)) throw error;
        dropHistory();
        return;
      }
      set((state) => ({
        ...edited(state, next),
        history: {
          undo: state.history.undo.slice(0, -1),
          redo: [...state.history.redo, closed(step)],
        },
      }));
      tell({ kind: 'undo', command: inverse, loaded: next });
    },

    redo: () => {
      flushEdits();
      const step = get().history.redo.at(-1);
      if (!step) return;
      let next: LoadedDataset;
      try {
        next = derived(editingKit(), step.command);
      } catch (error) {
        if (!isCommandError(error)) throw error;
        dropHistory();
        return;
      }
      set((state) => ({
        ...edited(state, next),
        history: {
          undo: [...closedTop(state.history.undo), closed(step)].slice(-MAX_HISTORY),
          redo: state.history.redo.slice(0, -1),
        },
      }));
      tell({ kind: 'redo', command: step.command, loaded: next });
    },

    markHistory: () => {
      flushEdits();
      set((state) =>
        state.history.undo.at(-1)?.open
          ? { history: { ...state.history, undo: closedTop(state.history.undo) } }
          : state,
      );
    },

    restoreHistory: (history) => {
      const state = get();
      if (state.history.undo.length > 0 || state.history.redo.length > 0) return false;
      if (!state.loaded || !editingKit().historyFits(history, state.loaded.dataset)) {
        dropHistory();
        return false;
      }
      set({ history: { undo: closedTop(history.undo), redo: history.redo } });
      return true;
    },

    subscribeChanges: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
};
