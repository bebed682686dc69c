// The one store, built from three slices by lifetime (zustand's slices pattern, state kept flat so
// views select single values): the document (src/state/documentSlice.ts), the view that the URL
// carries (viewSlice.ts) and the ui of this moment (uiSlice.ts). The types are in types.ts, and
// the URL is a projection of the view, written in one place (urlSync.ts).
import { create } from 'zustand';
import { createDocumentSlice, initialDocumentState } from './documentSlice';
import type { AppState, Store } from './types';
import { createUiSlice, initialUiState } from './uiSlice';
import { createViewSlice, initialViewState } from './viewSlice';

export const useStore = create<Store>()((...a) => ({
  ...createDocumentSlice(...a),
  ...createViewSlice(...a),
  ...createUiSlice(...a),
}));

const initialState: AppState = {
  ...initialDocumentState,
  ...initialViewState,
  ...initialUiState,
};

/** Back to the first state, for tests (the actions and change listeners stay). */
export function resetStore(): void {
  useStore.setState(initialState);
}
