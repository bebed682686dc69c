// The one store: the loaded dataset, the view (filters, selection, window, grouping) and notices.
// The URL is a projection of the view, written in one place (urlSync.ts).
import { create } from 'zustand';
import type { LoadedDataset, Problem } from '../dataset/parse';
import { isolate } from '../model/bidi';
import { buildSearchIndex, rememberEventsByActor, type SearchIndex } from '../model/filter';
import { clampWindow, reconcileView } from '../model/reconcile';
import {
  type DayWindow,
  DEFAULT_VIEW,
  EMPTY_FILTERS,
  type Filters,
  type Grouping,
  type ViewState,
} from '../model/viewState';
import { selectEventById, selectVisibleEvents } from './selectors';

export type DatasetOrigin =
  | { kind: 'bundled'; id: string }
  /** `url` is the address asked for (the link keeps it); `finalUrl` the one the data came from. */
  | { kind: 'url'; url: string; finalUrl: string }
  /** `opening` tells two openings of the same file apart in the history. */
  | { kind: 'file'; name: string; opening?: number };

export interface LoadFailure {
  /** What was being loaded, e.g. a file name or an address. */
  name: string;
  /** One plain-language sentence. */
  summary: string;
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

/**
 * What a notice is about, which says how long it lives: `view` (a repaired link, a deselected
 * event) until the view changes again; `dataset` (repaired passages) until another dataset is
 * shown; `action` (a copied link) a few seconds.
 */
export type NoticeScope = 'view' | 'dataset' | 'action';

export interface Notice {
  id: number;
  text: string;
  tone: 'info' | 'warning';
  scope: NoticeScope;
}

export interface AppState {
  loaded: LoadedDataset | null;
  origin: DatasetOrigin | null;
  searchIndex: SearchIndex;
  loading: LoadingState | null;
  loadFailure: LoadFailure | null;
  view: ViewState;
  notices: Notice[];
  /** The source shown in the article reader (a dataset may have several). */
  readerSourceId: string | null;
  /**
   * Asks the reader to scroll passage `index` of the selection into view; `nonce` changes per
   * ask. With `focus`, the passage also takes the keyboard focus (and the page scrolls to it).
   */
  reveal: { index: number; nonce: number; focus: boolean };
  /** Changes when the detail panel should take the focus (a walk, or a pick on a phone). */
  detailFocus: number;
  /** Asks the list to focus its first row (a day was chosen on the timeline); `nonce` per ask. */
  listFocus: number;
}

export interface AppActions {
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
    notices?: string[],
  ) => void;
  failLoading: (failure: LoadFailure) => void;
  dismissLoadFailure: () => void;
  /** Applies a whole view, as when the back button restores one. */
  applyView: (view: ViewState, linkNotices?: string[]) => void;
  selectEvent: (id: string | null, options?: SelectOptions) => void;
  setFilters: (patch: Partial<Filters>) => void;
  toggleActor: (id: string) => void;
  toggleKind: (kind: string) => void;
  clearFilters: () => void;
  setWindow: (window: DayWindow | null) => void;
  setGroup: (group: Grouping) => void;
  setReaderSource: (id: string) => void;
  /** Shows passage `index` of the selected event in the reader. */
  revealPassage: (index: number) => void;
  /**
   * Shows only the events of one day (a count on the timeline too dense to zoom into) and takes
   * the focus to the list, where they are.
   */
  showDay: (day: number) => void;
  notify: (text: string, tone?: Notice['tone'], scope?: NoticeScope) => void;
  dismissNotice: (id: number) => void;
}

export interface SelectOptions {
  /** Scroll the reader to the event's first passage (default true). */
  reveal?: boolean;
  /** Move the keyboard focus to that passage in the reader. */
  focusPassage?: boolean;
  /** Move the keyboard focus to the detail panel. */
  focusDetails?: boolean;
}

export type Store = AppState & AppActions;

let nextNoticeId = 1;
const MAX_NOTICES = 6;

const initialState: AppState = {
  loaded: null,
  origin: null,
  searchIndex: [],
  loading: null,
  loadFailure: null,
  view: DEFAULT_VIEW,
  notices: [],
  readerSourceId: null,
  reveal: { index: 0, nonce: 0, focus: false },
  listFocus: 0,
  detailFocus: 0,
};

/** Adds notices, dropping older ones with the same text and keeping the newest few. */
function withNotices(
  notices: Notice[],
  texts: string[],
  tone: Notice['tone'],
  scope: NoticeScope = 'view',
): Notice[] {
  const fresh = [...new Set(texts)];
  const kept = notices.filter((notice) => !fresh.includes(notice.text));
  const added = fresh.map((text) => ({ id: nextNoticeId++, text, tone, scope }));
  return [...kept, ...added].slice(-MAX_NOTICES);
}

/**
 * The notices that still describe the screen once the view has moved from `before` to `after`:
 * those about the old view go when anything but the time window changed (Back to a view without
 * the cause withdraws them).
 */
function stillTrue(notices: Notice[], before: ViewState, after: ViewState): Notice[] {
  const moved =
    before.event !== after.event ||
    before.group !== after.group ||
    before.dataset !== after.dataset ||
    !sameFilters(before.filters, after.filters);
  return moved ? notices.filter((notice) => notice.scope !== 'view') : notices;
}

function eventOf(loaded: LoadedDataset | null, id: string | null) {
  return loaded && id ? (selectEventById(loaded, id)?.event ?? null) : null;
}

function sourceOf(loaded: LoadedDataset | null, eventId: string | null): string | null {
  if (!loaded) return null;
  return eventOf(loaded, eventId)?.passages[0]?.source ?? loaded.dataset.sources[0]?.id ?? null;
}

const hiddenNotice = (title: string) =>
  `“${isolate(title)}” is hidden by the filters, so it was deselected.`;

/** A view whose selected event the filters hide loses the selection, with a notice. */
function withoutHiddenSelection(
  state: AppState,
  view: ViewState,
): { view: ViewState; notices: string[] } {
  if (!state.loaded || !view.event) return { view, notices: [] };
  const visible = selectVisibleEvents({ ...state, view });
  if (visible.some((resolved) => resolved.event.id === view.event)) return { view, notices: [] };
  const title = eventOf(state.loaded, view.event)?.title ?? view.event;
  return { view: { ...view, event: null }, notices: [hiddenNotice(title)] };
}

/** The view after a filter change. */
function refilter(state: AppState, filters: Filters): Partial<AppState> {
  const checked = withoutHiddenSelection(state, { ...state.view, filters });
  const notices = stillTrue(state.notices, state.view, checked.view);
  return { view: checked.view, notices: withNotices(notices, checked.notices, 'info') };
}

/** Where the repairs of a freshly loaded dataset are told, in words rather than JSON paths. */
function repairNotices(loaded: LoadedDataset): string[] {
  let found = 0;
  let lost = 0;
  for (const { anchors } of loaded.events) {
    for (const anchor of anchors) {
      if (anchor.status === 'reanchored') found++;
      if (anchor.status === 'unanchored') lost++;
    }
  }
  const parts = [
    found > 0 &&
      `${found} passage${found === 1 ? ' was' : 's were'} found again by ${found === 1 ? 'its' : 'their'} wording`,
    lost > 0 &&
      `${lost} passage${lost === 1 ? '' : 's'} could not be found in the article (${lost === 1 ? 'its event is' : 'their events are'} still shown)`,
  ].filter(Boolean);
  return parts.length > 0
    ? [`Some passage positions in this dataset were out of date: ${parts.join('; ')}.`]
    : [];
}

function sameFilters(a: Filters, b: Filters): boolean {
  const same = (x: readonly string[], y: readonly string[]) =>
    x.length === y.length && x.every((value, i) => value === y[i]);
  return (
    a.match === b.match &&
    a.query === b.query &&
    a.day === b.day &&
    same(a.actors, b.actors) &&
    same(a.kinds, b.kinds)
  );
}

export const useStore = create<Store>()((set, get) => ({
  ...initialState,

  startLoading: (what) =>
    set((state) => ({
      loading: { what, bytesRead: 0, totalBytes: null, startedAt: Date.now() },
      loadFailure: state.loadFailure?.cancelled ? null : state.loadFailure,
    })),

  reportProgress: (bytesRead, totalBytes) =>
    set((state) => (state.loading ? { loading: { ...state.loading, bytesRead, totalBytes } } : {})),

  cancelLoading: () =>
    set((state) => {
      if (!state.loading) return {};
      const { what } = state.loading;
      if (state.loaded) {
        const text = `Loading ${what} was cancelled; the dataset on screen is unchanged.`;
        return { loading: null, notices: withNotices(state.notices, [text], 'info') };
      }
      const summary = `${what} was not loaded.`;
      return { loading: null, loadFailure: { name: what, summary, problems: [], cancelled: true } };
    }),

  showDataset: (loaded, origin, view, linkNotices = []) => {
    const checked = reconcileView(view, loaded);
    set((state) => {
      const searchIndex = loaded.searchTexts ?? buildSearchIndex(loaded.events);
      if (loaded.eventsByActor) rememberEventsByActor(loaded.events, loaded.eventsByActor);
      const base = { ...state, loaded, searchIndex };
      const visible = withoutHiddenSelection(base, checked.view);
      return {
        loaded,
        origin,
        searchIndex: base.searchIndex,
        loading: null,
        loadFailure: null,
        view: visible.view,
        readerSourceId: sourceOf(loaded, visible.view.event),
        reveal: { index: 0, nonce: state.reveal.nonce + 1, focus: false },
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

  applyView: (view, linkNotices = []) => {
    const { loaded } = get();
    if (!loaded) return set({ view });
    const checked = reconcileView(view, loaded);
    set((state) => {
      // The same filters keep their identity: the visible events (and the list's page, and the
      // timeline's items) are not worked out again for a step that only moved the selection.
      const filters = sameFilters(checked.view.filters, state.view.filters)
        ? state.view.filters
        : checked.view.filters;
      const visible = withoutHiddenSelection(state, { ...checked.view, filters });
      return {
        view: visible.view,
        readerSourceId: sourceOf(loaded, visible.view.event) ?? state.readerSourceId,
        reveal: { index: 0, nonce: state.reveal.nonce + 1, focus: false },
        notices: withNotices(
          stillTrue(state.notices, state.view, visible.view),
          [...linkNotices, ...checked.notices, ...visible.notices],
          'warning',
        ),
      };
    });
  },

  selectEvent: (id, options = {}) =>
    set((state) => {
      let view: ViewState = { ...state.view, event: id };
      let notices = stillTrue(state.notices, state.view, view);
      // Chosen where the filters don't reach (a passage in the article): show it, say why.
      if (id && withoutHiddenSelection(state, view).view.event === null) {
        view = { ...view, filters: EMPTY_FILTERS };
        const title = eventOf(state.loaded, id)?.title ?? id;
        notices = withNotices(
          notices,
          [`The filters were cleared to show “${isolate(title)}”.`],
          'info',
        );
      }
      const { reveal = true, focusPassage = false, focusDetails = false } = options;
      return {
        view,
        notices,
        readerSourceId: id ? sourceOf(state.loaded, id) : state.readerSourceId,
        reveal: reveal
          ? { index: 0, nonce: state.reveal.nonce + 1, focus: focusPassage }
          : state.reveal,
        detailFocus: focusDetails ? state.detailFocus + 1 : state.detailFocus,
      };
    }),

  setFilters: (patch) => set((state) => refilter(state, { ...state.view.filters, ...patch })),

  toggleActor: (id) =>
    set((state) => {
      const { actors } = state.view.filters;
      const next = actors.includes(id) ? actors.filter((a) => a !== id) : [...actors, id];
      return refilter(state, { ...state.view.filters, actors: next });
    }),

  toggleKind: (kind) =>
    set((state) => {
      const { kinds } = state.view.filters;
      const next = kinds.includes(kind) ? kinds.filter((k) => k !== kind) : [...kinds, kind];
      return refilter(state, { ...state.view.filters, kinds: next });
    }),

  clearFilters: () => set((state) => refilter(state, EMPTY_FILTERS)),

  setWindow: (window) =>
    set((state) => ({ view: { ...state.view, window: window && clampWindow(window) } })),

  setGroup: (group) =>
    set((state) => {
      const view = { ...state.view, group };
      return { view, notices: stillTrue(state.notices, state.view, view) };
    }),

  setReaderSource: (id) => set({ readerSourceId: id }),

  showDay: (day) =>
    set((state) => ({
      ...refilter(state, { ...state.view.filters, day }),
      listFocus: state.listFocus + 1,
    })),
  revealPassage: (index) =>
    set((state) => {
      const selected = eventOf(state.loaded, state.view.event);
      const source = selected?.passages[index]?.source ?? state.readerSourceId;
      return {
        readerSourceId: source,
        reveal: { index, nonce: state.reveal.nonce + 1, focus: true },
      };
    }),

  notify: (text, tone = 'info', scope = 'view') =>
    set((state) => ({ notices: withNotices(state.notices, [text], tone, scope) })),

  dismissNotice: (id) => set((state) => ({ notices: state.notices.filter((n) => n.id !== id) })),
}));

/** Back to the first state, for tests. */
export function resetStore(): void {
  useStore.setState(initialState);
}
