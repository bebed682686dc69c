// The view slice: exactly what the URL carries (selection, filters, window, grouping), and the
// actions that change it. A change of the selection also tells the ui slice (the reader's source,
// a request to reveal the passage); nothing here touches the document.

import type { StateCreator } from 'zustand';
import { isolate } from '../model/bidi';
import { clampWindow, reconcileView } from '../model/reconcile';
import { said } from '../model/said';
import { DEFAULT_VIEW, EMPTY_FILTERS, type ViewState } from '../model/viewState';
import {
  eventOf,
  refilter,
  revealSelection,
  sameFilters,
  sourceOf,
  stillTrue,
  withNotices,
  withoutHiddenSelection,
  withRequest,
} from './rules';
import type { Store, ViewSlice, ViewSliceState } from './types';

export const initialViewState: ViewSliceState = { view: DEFAULT_VIEW };

export const createViewSlice: StateCreator<Store, [], [], ViewSlice> = (set, get) => ({
  ...initialViewState,

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
        requests: withRequest(state.requests, revealSelection()),
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
          [
            said(
              'viewFiltersCleared',
              { title: isolate(title) },
              `The filters were cleared to show “${isolate(title)}”.`,
            ),
          ],
          'info',
        );
      }
      const { reveal = true, focusPassage = false, focusDetails = false } = options;
      let requests = state.requests;
      if (reveal) requests = withRequest(requests, revealSelection(focusPassage));
      if (focusDetails) requests = withRequest(requests, { kind: 'focus-details' });
      return {
        view,
        notices,
        readerSourceId: id ? sourceOf(state.loaded, id) : state.readerSourceId,
        requests,
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

  // The language changes how things are said, not what is shown: the view's notices stay.
  setLang: (lang) => set((state) => ({ view: { ...state.view, lang } })),

  showDay: (day) =>
    set((state) => ({
      ...refilter(state, { ...state.view.filters, day }),
      requests: withRequest(state.requests, { kind: 'focus-list' }),
    })),
});
