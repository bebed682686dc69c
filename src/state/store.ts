// The one store, built from three slices by lifetime (zustand's slices pattern, state kept flat so
// views select single values): the document (src/state/documentSlice.ts), the view that the URL
// carries (viewSlice.ts) and the ui of this moment (uiSlice.ts). The types are in types.ts, and
// the URL is a projection of the view, written in one place (urlSync.ts).
import { useStore as useStoreOf } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { createDocumentSlice, initialDocumentState } from './documentSlice';
import type { AppState, Store } from './types';
import { createUiSlice, initialUiState } from './uiSlice';
import { createViewSlice, initialViewState } from './viewSlice';

const api = createStore<Store>()((...a) => ({
  ...createDocumentSlice(...a),
  ...createViewSlice(...a),
  ...createUiSlice(...a),
}));

// A prerendered page is drawn (src/prerender.tsx) and taken over (main.tsx) from the state the
// store holds then, not from its first state: zustand reads `getInitialState` for both. The page
// is taken over part by part (Suspense boundaries), and the link's own parameters may change the
// store before the last part is: each part is matched against the state the page was drawn from
// (`markDrawnFrom`), then follows the store.
let drawnFrom: Store | null = null;
const drawnFromNow = { ...api, getInitialState: () => drawnFrom ?? api.getState() };

/** Keeps the state a prerendered page was drawn from, for the parts not yet taken over. */
export function markDrawnFrom(): void {
  drawnFrom = api.getState();
  // Another dataset (or an edit) comes long after the take-over: the page's state is let go.
  const stop = api.subscribe((state) => {
    if (drawnFrom && state.loaded !== drawnFrom.loaded) {
      drawnFrom = null;
      stop();
    }
  });
}

/** The store's state, or a part of it, for a component (and the store itself, as zustand's). */
export const useStore = Object.assign(
  <T = Store>(selector: (state: Store) => T = (state) => state as unknown as T): T =>
    useStoreOf(drawnFromNow, selector),
  api,
);

const initialState: AppState = {
  ...initialDocumentState,
  ...initialViewState,
  ...initialUiState,
};

/** Back to the first state, for tests (the actions and change listeners stay). */
export function resetStore(): void {
  drawnFrom = null;
  useStore.setState(initialState);
}
