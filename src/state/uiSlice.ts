// The ui slice: what belongs to this moment on this screen — notices, the source in the reader,
// and one-shot requests to the views, each consumed once by the view it is for.
import type { StateCreator } from 'zustand';
import { eventOf, withNotices, withRequest } from './rules';
import type { EditorUiState, Store, UiSlice, UiState } from './types';

export const initialEditorUi: EditorUiState = {
  preview: false,
  proposal: null,
  save: null,
  problems: [],
  review: null,
  textUpdate: null,
};

export const initialUiState: UiState = {
  editor: initialEditorUi,
  notices: [],
  readerSourceId: null,
  requests: [],
};

export const createUiSlice: StateCreator<Store, [], [], UiSlice> = (set) => ({
  ...initialUiState,

  setEditorUi: (patch) => set((state) => ({ editor: { ...state.editor, ...patch } })),

  setReaderSource: (id) => set({ readerSourceId: id }),

  revealPassage: (index) =>
    set((state) => {
      const selected = eventOf(state.loaded, state.view.event);
      const source = selected?.passages[index]?.source ?? state.readerSourceId;
      return {
        readerSourceId: source,
        requests: withRequest(state.requests, { kind: 'reveal-passage', index, focus: true }),
      };
    }),

  notify: (text, tone = 'info', scope = 'view') =>
    set((state) => ({ notices: withNotices(state.notices, [text], tone, scope) })),

  dismissNotice: (id) => set((state) => ({ notices: state.notices.filter((n) => n.id !== id) })),

  focusTimeline: () =>
    set((state) => ({ requests: withRequest(state.requests, { kind: 'focus-timeline' }) })),
  consumeRequest: (id) =>
    set((state) =>
      state.requests.some((request) => request.id === id)
        ? { requests: state.requests.filter((request) => request.id !== id) }
        : state,
    ),
});
