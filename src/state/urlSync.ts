// The one place where the URL and the store meet. On start the link is decoded and its dataset
// loaded; afterwards every change of the view is written back: pushed for selection, filter and
// dataset changes (so back/forward walk through them), replaced for the time window.
import { decodeView, encodeView } from '../model/urlCodec';
import type { ViewState } from '../model/viewState';
import { DEFAULT_DATASET_ID, datasetFromLink, type LoadOutcome } from './datasetLoader';
import { type Store, useStore } from './store';

function onlyWindowChanged(a: ViewState, b: ViewState): boolean {
  return (
    a.window !== b.window &&
    a.event === b.event &&
    a.filters === b.filters &&
    a.group === b.group &&
    a.dataset === b.dataset
  );
}

function show(outcome: LoadOutcome, view: ViewState, notices: string[]): void {
  const store = useStore.getState();
  if (outcome.ok) {
    store.showDataset(outcome.loaded, outcome.origin, view);
  } else {
    store.failLoading(outcome.failure);
  }
  for (const text of notices) store.notify(text, 'warning');
}

/** Opens the dataset a link names, keeping the current one on screen if that fails. */
export async function openFromLink(search: string): Promise<void> {
  const { view, notices } = decodeView(search);
  useStore.getState().startLoading(view.dataset ?? DEFAULT_DATASET_ID);
  const outcome = await datasetFromLink(view.dataset);
  if (!outcome.ok && !useStore.getState().loaded && view.dataset !== null) {
    // Nothing is on screen yet: show the default dataset beside the error.
    const fallback = await datasetFromLink(null);
    if (fallback.ok) {
      useStore.getState().showDataset(fallback.loaded, fallback.origin, { ...view, dataset: null });
    }
  }
  show(outcome, view, notices);
}

/** Starts the sync; returns a function that stops it. */
export function startUrlSync(): () => void {
  let applyingHistory = false;
  const unsubscribe = useStore.subscribe((state: Store, previous: Store) => {
    if (applyingHistory || state.view === previous.view || !state.loaded) return;
    const search = encodeView(state.view);
    if (search === window.location.search) return;
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    if (onlyWindowChanged(state.view, previous.view)) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
  });

  const onPopState = () => {
    const { view, notices } = decodeView(window.location.search);
    const current = useStore.getState().view;
    applyingHistory = true;
    try {
      if ((view.dataset ?? null) !== (current.dataset ?? null)) {
        void openFromLink(window.location.search);
      } else {
        useStore.getState().applyView(view);
        for (const text of notices) useStore.getState().notify(text, 'warning');
      }
    } finally {
      applyingHistory = false;
    }
  };
  window.addEventListener('popstate', onPopState);

  void openFromLink(window.location.search);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
  };
}
