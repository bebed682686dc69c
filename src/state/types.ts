// The shape of the one store, split by lifetime (zustand's slices pattern, state kept flat):
// - document: the dataset on screen, where it came from, its loading, and its edit history: what
//   an editor saves;
// - view: exactly what the URL carries (selection, filters, window, grouping);
// - ui: what belongs to this moment on this screen: notices, the source in the reader, and
//   one-shot requests to the views (scroll a passage into view, move the focus).
// Types only, so that selectors, slices and views share them without importing the store.
import type { Command } from '../dataset/commands';
import type { Problem } from '../dataset/problem';
import type { Dataset } from '../dataset/schema';
import type { Decision, UpdateItem } from '../dataset/textUpdate';
import type { LoadedDataset } from '../dataset/types';
import type { Locale } from '../model/locales';
import type { NoticeText, Said } from '../model/said';
import type { DayWindow, Filters, Grouping, ViewState } from '../model/viewState';
import type { Editing } from './editing';

export type DatasetOrigin =
  | { kind: 'bundled'; id: string }
  /** `url` is the address asked for (the link keeps it); `finalUrl` the one the data came from. */
  | { kind: 'url'; url: string; finalUrl: string }
  /** `opening` tells two openings of the same file apart in the history. */
  | { kind: 'file'; name: string; opening?: number }
  /** A draft kept in this browser (IndexedDB), edited here. */
  | { kind: 'draft'; id: string };

export interface LoadFailure {
  /** What was being loaded, e.g. a file name or an address. */
  name: string;
  /** One plain-language sentence. */
  summary: string;
  /** The summary's code and values, for the view to say it in the interface's language. */
  said?: Said;
  problems: Problem[];
  /** The person cancelled the load (before any dataset was on screen). */
  cancelled?: boolean;
}

/** A load in progress: what it is, and how much of it has arrived. */
export interface LoadingState {
  /** What is being loaded, e.g. a file name or an address. */
  what: string;
  bytesRead: number;
  /** The size the server declared, when it did (and it can be trusted). */
  totalBytes: number | null;
  /** `Date.now()` when it started. */
  startedAt: number;
}

/** One step of undo or redo: a command (several edits of one field squashed into one). */
export interface HistoryStep {
  command: Command;
  /** e.g. "change the event’s title", for "Undo change the event’s title" (English). */
  label: string;
  /** The same by a code and values, for the view to say in its language (none in a history
   * saved by an earlier version). */
  said?: Said;
  /** `Date.now()` of its latest edit: typing within a second of it joins this step. */
  at: number;
  /** Whether a following edit of the same field may still join it (a mark closes it). */
  open: boolean;
}

export interface EditHistory {
  undo: readonly HistoryStep[];
  redo: readonly HistoryStep[];
}

/** A change applied to the document, as the change stream tells it (for autosave). */
export interface DocumentChange {
  kind: 'do' | 'undo' | 'redo';
  /** The command applied to the dataset (for an undo, the inverse of the step undone). */
  command: Command;
  /** The dataset after it. */
  loaded: LoadedDataset;
}

export interface DocumentState {
  loaded: LoadedDataset | null;
  origin: DatasetOrigin | null;
  loading: LoadingState | null;
  loadFailure: LoadFailure | null;
  /** Edits of the dataset on screen; a new dataset starts a new history. */
  history: EditHistory;
  /** What editing needs, handed over by the editor when it loads; null: read-only. */
  editing: Editing | null;
  /** Text typed into a field is waiting to become an edit (so it is not saved yet). */
  editsPending: boolean;
}

/** An edit made against the dataset as it is when it is applied (after any waiting text). */
export type CommandBuilder = (dataset: Dataset) => Command;

export interface DocumentActions {
  /** A load starts (a cancelled first load's panel goes; a failure stays until one lands). */
  startLoading: (what: string) => void;
  reportProgress: (bytesRead: number, totalBytes: number | null) => void;
  /** The person cancelled the load: the dataset on screen stays, or the panel says so. */
  cancelLoading: () => void;
  /**
   * Shows a new dataset with the given view (from a link), checked against the dataset; the
   * notices replace those about the previous view.
   */
  showDataset: (
    loaded: LoadedDataset,
    origin: DatasetOrigin,
    view: ViewState,
    notices?: NoticeText[],
  ) => void;
  failLoading: (failure: LoadFailure) => void;
  dismissLoadFailure: () => void;
  /** Makes the dataset editable (the editor calls it with `editing` from src/state/editing.ts). */
  enableEditing: (editing: Editing) => void;
  /**
   * Holds the text typed into a field (`key`: the field) as an edit to make a moment later: after
   * a pause in typing, or at most half a second after the first key waiting (pendingEdits.ts).
   * A newer hold of the same field replaces its older one. `build` makes the command against the
   * dataset as it is then; null: nothing to change (or text the format refuses).
   */
  holdEdit: (key: string, build: (dataset: Dataset) => Command | null) => void;
  /** Forgets a field's waiting edit (its text was taken back). */
  dropEdit: (key: string) => void;
  /** Applies every waiting field edit now, oldest first (the page is being hidden, say). */
  flushEdits: () => void;
  /**
   * Applies an edit, after any waiting field edits: the dataset is derived again, the edit goes
   * on the undo stack (joining the step before when it types on in the same field) and the redo
   * stack is cleared. Given a builder, builds the command against the dataset as it is once the
   * waiting edits are in. Throws a `CommandError` for a command that does not fit the dataset
   * (nothing changes then), and an error while editing is not enabled.
   */
  dispatch: (command: Command | CommandBuilder) => void;
  /** Undoes the last step (after any waiting field edits); a step that no longer fits the draft
   * clears the history, with a notice, and leaves the draft as it is: it never throws. */
  undo: () => void;
  redo: () => void;
  /** Ends the current undo step: the next edit starts a new one (say, when a field loses focus). */
  markHistory: () => void;
  /**
   * Puts back the undo history saved with a draft (after a reload), closed; only while this
   * session has made no step of its own (a history of the draft's past must not replace it).
   * A history whose steps do not all fit the draft is dropped, with a notice. True when restored.
   */
  restoreHistory: (history: EditHistory) => boolean;
  /** Calls `listener` after every change to the document; returns a function that stops it. */
  subscribeChanges: (listener: (change: DocumentChange) => void) => () => void;
}

export interface ViewSliceState {
  view: ViewState;
}

export interface SelectOptions {
  /** Scroll the reader to the event's first passage (default true). */
  reveal?: boolean;
  /** Move the keyboard focus to that passage in the reader. */
  focusPassage?: boolean;
  /** Move the keyboard focus to the detail panel. */
  focusDetails?: boolean;
}

export interface ViewActions {
  /** Applies a whole view, as when the back button restores one. */
  applyView: (view: ViewState, linkNotices?: NoticeText[]) => void;
  selectEvent: (id: string | null, options?: SelectOptions) => void;
  setFilters: (patch: Partial<Filters>) => void;
  toggleActor: (id: string) => void;
  toggleKind: (kind: string) => void;
  clearFilters: () => void;
  setWindow: (window: DayWindow | null) => void;
  setGroup: (group: Grouping) => void;
  /** The interface's language chosen in the menu (a link carries it from then on). */
  setLang: (lang: Locale) => void;
  /**
   * Shows only the events of one day (a count on the timeline too dense to zoom into) and takes
   * the focus to the list, where they are.
   */
  showDay: (day: number) => void;
}

/**
 * What a notice is about, which says how long it lives: `view` (a repaired link, a deselected
 * event) until the view changes again; `dataset` (repaired passages) until another dataset is
 * shown; `action` (a copied link) a few seconds.
 */
export type NoticeScope = 'view' | 'dataset' | 'action';

export interface Notice {
  id: number;
  /** In English; `said`, when there, lets the view say it in the interface's language. */
  text: string;
  said?: Said;
  tone: 'info' | 'warning';
  scope: NoticeScope;
}

/**
 * A one-shot request to a view, consumed once by the view it is for (`consumeRequest`). Kept in
 * the state rather than sent as events: a request made just before its view is drawn (the reader
 * showing another source, the list after a filter change) waits for it, and tests can read it. At
 * most one of each kind is pending: a newer one replaces it.
 */
export type UiRequest =
  /** Scroll passage `index` of the selection into view in the reader; with `focus`, focus it. */
  | { id: number; kind: 'reveal-passage'; index: number; focus: boolean }
  /** Move the focus to the detail panel's heading (a walk, or a pick on a phone). */
  | { id: number; kind: 'focus-details' }
  /** Move the focus to the list's first row of the day filter (a day chosen on the timeline). */
  | { id: number; kind: 'focus-list' }
  /** Move the focus to the timeline, on the selected event's item (once the timeline is built). */
  | { id: number; kind: 'focus-timeline' };

export type UiRequestKind = UiRequest['kind'];

/** Where the open draft's saving stands (shown in the editor's bar). */
export type DraftSaveStatus =
  | { kind: 'saved'; revision: number; at: number }
  | { kind: 'saving'; revision: number }
  | { kind: 'failed'; revision: number; message: string }
  /** Another tab saved this draft since this one last did: this tab stops saving until told. */
  | { kind: 'conflict'; revision: number; theirs: number }
  /** Another tab deleted this draft: nothing is saved (or brought back) until the person says. */
  | { kind: 'deleted'; revision: number }
  /** The browser keeps nothing for this site: the draft lives in this tab only. */
  | { kind: 'unavailable'; message: string };

/** A new event proposed from selected words, being filled in before it is saved. */
export interface EventDraftProposal {
  sourceId: string;
  start: number;
  end: number;
  /** A suggested event opened for editing: the form starts from its values. */
  suggested?: SuggestedEvent;
}

/** An event the editor suggests from an article's words (see src/authoring/suggest.ts). */
export interface SuggestedEvent {
  sourceId: string;
  start: number;
  end: number;
  exact: string;
  title: string;
  kind: string;
  /** EDTF. */
  value: string;
  expression: string;
  note: string;
  alternatives: string[];
  actors: Array<{ id: string; role: string }>;
}

/** Suggested events being reviewed, one at a time. */
export interface SuggestionReview {
  /** Still working them out (off the main thread). */
  working: boolean;
  /** Those not yet accepted or skipped, in the articles' order. */
  items: readonly SuggestedEvent[];
  /** The one shown. */
  at: number;
}

/**
 * A new version of a source's text under review ("Update article text"): each passage re-anchored
 * in it, and what becomes of each. Nothing changes in the dataset until it is applied, as one step.
 */
export interface TextUpdateReview {
  sourceId: string;
  /** The new version. */
  text: string;
  items: readonly UpdateItem[];
  /** By `itemKey`: the decisions taken so far (word-for-word passages start accepted). */
  decisions: ReadonlyMap<string, Decision>;
  /** The passage whose new place is being chosen in the reader (its `itemKey`), or null. */
  moving: string | null;
  /** A place of the new text shown in the reader (a candidate, a passage's new words). */
  shown: { start: number; end: number } | null;
}

/** The editor's state for this tab: not saved, not in the link. */
export interface EditorUiState {
  /** Showing the draft as a reader sees it (no editing controls). */
  preview: boolean;
  /** Words selected to become a new event, or null. */
  proposal: EventDraftProposal | null;
  save: DraftSaveStatus | null;
  /** What the validator says of the draft as it stands (checked off the main thread). */
  problems: Problem[];
  /** Suggested events under review, or null. */
  review: SuggestionReview | null;
  /** A new version of an article under review, or null. */
  textUpdate: TextUpdateReview | null;
}

export interface UiState {
  editor: EditorUiState;
  notices: Notice[];
  /** The source shown in the article reader (a dataset may have several). */
  readerSourceId: string | null;
  /** Pending requests, oldest first. */
  requests: readonly UiRequest[];
}

export interface UiActions {
  setEditorUi: (patch: Partial<EditorUiState>) => void;
  setReaderSource: (id: string) => void;
  /** Shows passage `index` of the selected event in the reader, and focuses it. */
  revealPassage: (index: number) => void;
  /** Moves the focus to the timeline (built first if it is not yet: a phone's "Go to the timeline"). */
  focusTimeline: () => void;
  notify: (text: NoticeText, tone?: Notice['tone'], scope?: NoticeScope) => void;
  dismissNotice: (id: number) => void;
  /** The view a request was for has acted on it. */
  consumeRequest: (id: number) => void;
}

export type DocumentSlice = DocumentState & DocumentActions;
export type ViewSlice = ViewSliceState & ViewActions;
export type UiSlice = UiState & UiActions;

/** The store's data, without its actions. */
export type AppState = DocumentState & ViewSliceState & UiState;
export type Store = DocumentSlice & ViewSlice & UiSlice;
