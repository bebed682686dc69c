// The one store: the loaded dataset, the view (filters, selection, window, grouping) and notices.
// The URL is a projection of the view, written in one place (urlSync.ts).
import { create } from 'zustand';
import type { LoadedDataset, Problem } from '../dataset/parse';
import { buildSearchIndex, filterEvents } from '../model/filter';
import { reconcileView } from '../model/reconcile';
import {
  type DayWindow,
  DEFAULT_VIEW,
  EMPTY_FILTERS,
  type Filters,
  type Grouping,
  type ViewState,
} from '../model/viewState';

export type DatasetOrigin =
  | { kind: 'bundled'; id: string }
  | { kind: 'url'; url: string }
  | { kind: 'file'; name: string };

export interface LoadFailure {
  /** What was being loaded, e.g. a file name or an address. */
  name: string;
  /** One plain-language sentence. */
  summary: string;
  problems: Problem[];
}

export interface Notice {
  id: number;
  text: string;
  tone: 'info' | 'warning';
}

export interface AppState {
  loaded: LoadedDataset | null;
  origin: DatasetOrigin | null;
  searchIndex: ReadonlyMap<string, string>;
  loading: string | null;
  loadFailure: LoadFailure | null;
  view: ViewState;
  notices: Notice[];
  /** The source shown in the article reader (a dataset may have several). */
  readerSourceId: string | null;
  /** Asks the reader to scroll a passage of the selection into view; `nonce` changes per ask. */
  reveal: { index: number; nonce: number; scrollPage: boolean };
}

export interface AppActions {
  startLoading: (what: string) => void;
  /** Shows a new dataset with the given view (from a link), checked against the dataset. */
  showDataset: (loaded: LoadedDataset, origin: DatasetOrigin, view: ViewState) => void;
  failLoading: (failure: LoadFailure) => void;
  dismissLoadFailure: () => void;
  /** Applies a whole view, as when the back button restores one. */
  applyView: (view: ViewState) => void;
  selectEvent: (id: string | null, options?: { reveal?: boolean }) => void;
  setFilters: (patch: Partial<Filters>) => void;
  toggleActor: (id: string) => void;
  toggleKind: (kind: string) => void;
  clearFilters: () => void;
  setWindow: (window: DayWindow | null) => void;
  setGroup: (group: Grouping) => void;
  setReaderSource: (id: string) => void;
  /** Shows passage `index` of the selected event in the reader. */
  revealPassage: (index: number) => void;
  notify: (text: string, tone?: Notice['tone']) => void;
  dismissNotice: (id: number) => void;
}

export type Store = AppState & AppActions;

let nextNoticeId = 1;
const MAX_NOTICES = 6;

const initialState: AppState = {
  loaded: null,
  origin: null,
  searchIndex: new Map(),
  loading: null,
  loadFailure: null,
  view: DEFAULT_VIEW,
  notices: [],
  readerSourceId: null,
  reveal: { index: 0, nonce: 0, scrollPage: false },
};

function withNotices(notices: Notice[], texts: string[], tone: Notice['tone']): Notice[] {
  const added = texts.map((text) => ({ id: nextNoticeId++, text, tone }));
  return [...notices, ...added].slice(-MAX_NOTICES);
}

function sourceOf(loaded: LoadedDataset | null, eventId: string | null): string | null {
  if (!loaded) return null;
  const event = eventId ? loaded.dataset.events.find((e) => e.id === eventId) : undefined;
  return event?.passages[0]?.source ?? loaded.dataset.sources[0]?.id ?? null;
}

/** The view after a filter change: a selected event the filters now hide is deselected, aloud. */
function refilter(state: AppState, filters: Filters): Partial<AppState> {
  const view = { ...state.view, filters };
  const selected = state.view.event;
  if (!state.loaded || !selected) return { view };
  const visible = filterEvents(state.loaded.events, filters, state.searchIndex);
  if (visible.some((resolved) => resolved.event.id === selected)) return { view };
  const title = state.loaded.dataset.events.find((e) => e.id === selected)?.title ?? selected;
  return {
    view: { ...view, event: null },
    notices: withNotices(
      state.notices,
      [`“${title}” is hidden by the filters, so it was deselected.`],
      'info',
    ),
  };
}

export const useStore = create<Store>()((set, get) => ({
  ...initialState,

  startLoading: (what) => set({ loading: what }),

  showDataset: (loaded, origin, view) => {
    const checked = reconcileView(view, loaded);
    const repairs = loaded.warnings.map((w) => `${w.path}: ${w.message}`);
    const warnings =
      repairs.length > 0
        ? [
            `${repairs.length} passage${repairs.length === 1 ? '' : 's'} of this dataset needed repair on load: ${repairs.slice(0, 3).join('; ')}${repairs.length > 3 ? '; …' : ''}`,
          ]
        : [];
    set((state) => ({
      loaded,
      origin,
      searchIndex: buildSearchIndex(loaded.events),
      loading: null,
      loadFailure: null,
      view: checked.view,
      readerSourceId: sourceOf(loaded, checked.view.event),
      reveal: { index: 0, nonce: state.reveal.nonce + 1, scrollPage: false },
      notices: withNotices(
        withNotices(state.notices, checked.notices, 'warning'),
        warnings,
        'warning',
      ),
    }));
  },

  failLoading: (failure) => set({ loading: null, loadFailure: failure }),
  dismissLoadFailure: () => set({ loadFailure: null }),

  applyView: (view) => {
    const { loaded } = get();
    if (!loaded) return set({ view });
    const checked = reconcileView(view, loaded);
    set((state) => ({
      view: checked.view,
      readerSourceId: sourceOf(loaded, checked.view.event) ?? state.readerSourceId,
      reveal: { index: 0, nonce: state.reveal.nonce + 1, scrollPage: false },
      notices: withNotices(state.notices, checked.notices, 'warning'),
    }));
  },

  selectEvent: (id, options) =>
    set((state) => ({
      view: { ...state.view, event: id },
      readerSourceId: id ? sourceOf(state.loaded, id) : state.readerSourceId,
      reveal:
        options?.reveal === false
          ? state.reveal
          : { index: 0, nonce: state.reveal.nonce + 1, scrollPage: false },
    })),

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

  setWindow: (window) => set((state) => ({ view: { ...state.view, window } })),

  setGroup: (group) => set((state) => ({ view: { ...state.view, group } })),

  setReaderSource: (id) => set({ readerSourceId: id }),

  revealPassage: (index) =>
    set((state) => {
      const selected = state.loaded?.dataset.events.find((e) => e.id === state.view.event);
      const source = selected?.passages[index]?.source ?? state.readerSourceId;
      return {
        readerSourceId: source,
        reveal: { index, nonce: state.reveal.nonce + 1, scrollPage: true },
      };
    }),

  notify: (text, tone = 'info') =>
    set((state) => ({ notices: withNotices(state.notices, [text], tone) })),

  dismissNotice: (id) => set((state) => ({ notices: state.notices.filter((n) => n.id !== id) })),
}));

/** Back to the first state, for tests. */
export function resetStore(): void {
  useStore.setState(initialState);
}
