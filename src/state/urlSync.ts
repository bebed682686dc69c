// The one place where the URL and the store meet. On start the link is decoded and its dataset
// loaded; afterwards every change of the view is written back: pushed for selection, filter and
// dataset changes (so back/forward walk through them), replaced for the time window, for a run of
// edits to the search text, and when a link is first read (so a link that needed repair does not
// leave its raw form behind in the history). A load that ends without landing puts the address
// back to what is on screen. An edit of the dataset is no step of the history: when it changes
// the view (deleting the selected event), the entry is replaced.

import { isolate } from '../model/bidi';
import { said } from '../model/said';
import type { Filters, ViewState } from '../model/viewState';
import { datasetKey, type HistoryEntry, readHistoryEntry, sameDatasetKey } from './historyEntry';
import { openFromLink } from './openDataset';
import { addressOf, linkedView, SITE } from './site';
import { useStore } from './store';
import type { Store } from './types';

let replaceNext = false;

/** Makes the next URL write replace the current history entry instead of adding one. */
function replaceNextUrlWrite(): void {
  replaceNext = true;
}

function sameFiltersButQuery(a: Filters, b: Filters): boolean {
  return (
    a.actors === b.actors &&
    a.match === b.match &&
    a.kinds === b.kinds &&
    a.day === b.day &&
    a.query !== b.query
  );
}

type Change = 'window' | 'query' | 'lang' | 'edit' | 'other';

function classify(a: ViewState, b: ViewState): Change {
  const same = a.event === b.event && a.group === b.group && a.dataset === b.dataset;
  if (same && a.filters === b.filters && a.window === b.window && a.lang !== b.lang) return 'lang';
  if (same && a.filters === b.filters && a.window !== b.window) return 'window';
  if (same && sameFiltersButQuery(a.filters, b.filters)) return 'query';
  return 'other';
}

function currentEntry(): HistoryEntry | null {
  return readHistoryEntry(window.history.state);
}

/**
 * Replaces the current entry with the view on screen, so a link whose dataset did not load (say,
 * a history step whose load was cancelled) does not stay in the address bar. With nothing on
 * screen the address is the bare app, which names no dataset: reloading it does not start again
 * a download that was cancelled or failed.
 */
function showShownInUrl(state: Store): void {
  const url = state.loaded ? addressOf(state.view, state.origin) : SITE.base;
  const entry: HistoryEntry = { dataset: state.loaded ? datasetKey(state.origin) : null };
  const here = `${window.location.pathname}${window.location.search}`;
  const current = currentEntry();
  if (url === here && current && sameDatasetKey(current.dataset, entry.dataset)) return;
  window.history.replaceState(entry, '', url);
}

/** Starts the sync; returns a function that stops it. */
export function startUrlSync(): () => void {
  let lastChange: Change | null = null;

  const unsubscribe = useStore.subscribe((state: Store, previous: Store) => {
    if (previous.loading && !state.loading && state.loaded === previous.loaded) {
      // A load ended without landing (failed or cancelled): the address names what is shown.
      showShownInUrl(state);
      return;
    }
    if (!state.loaded || (state.view === previous.view && state.origin === previous.origin)) {
      return;
    }
    const entry: HistoryEntry = { dataset: datasetKey(state.origin) };
    const url = addressOf(state.view, state.origin);
    const change: Change =
      state.origin !== previous.origin
        ? 'other'
        : state.loaded !== previous.loaded
          ? 'edit'
          : classify(state.view, previous.view);
    const replace =
      // Framed, a pushed entry would join the host page's history: its Back button would walk
      // the embedded view instead of leaving the page.
      state.view.embed ||
      replaceNext ||
      !previous.loaded ||
      change === 'window' ||
      // A language is no step to go back through: the address is rewritten in place.
      change === 'lang' ||
      change === 'edit' ||
      (change === 'query' && lastChange === 'query');
    replaceNext = false;
    lastChange = change;
    const current = currentEntry();
    const unchanged =
      url === `${window.location.pathname}${window.location.search}` &&
      current !== null &&
      sameDatasetKey(current.dataset, entry.dataset);
    if (unchanged) return;
    if (replace) window.history.replaceState(entry, '', url);
    else window.history.pushState(entry, '', url);
  });

  const onPopState = () => {
    lastChange = null;
    const store = useStore.getState();
    const entryKey = currentEntry()?.dataset ?? null;
    const currentKey = datasetKey(store.origin);
    const decoded = linkedView();
    // An entry this app did not write (no state) that names the dataset on screen: the same
    // dataset, so only the view changes; reading it again would cost a full load.
    const sameNamed =
      entryKey === null &&
      store.loaded !== null &&
      store.origin?.kind !== 'file' &&
      decoded.view.dataset === store.view.dataset;
    if ((entryKey !== null && sameDatasetKey(entryKey, currentKey)) || sameNamed) {
      replaceNextUrlWrite();
      store.applyView(decoded.view, decoded.notices);
      return;
    }
    if (entryKey?.kind === 'file') {
      store.notify(
        said(
          'historyFileGone',
          { name: isolate(entryKey.name) },
          `This step of the history shows the file ${entryKey.name}, which is no longer open. Open it again with “Open dataset…”.`,
        ),
        'warning',
      );
      return;
    }
    void openFromLink(decoded, replaceNextUrlWrite);
  };
  window.addEventListener('popstate', onPopState);

  if (useStore.getState().loaded) {
    // The page was prerendered: its dataset landed before the app took over the page (main.tsx).
    // The link's own view applies now (the same view, unless it asked for more than the page).
    const { view, notices } = linkedView();
    const store = useStore.getState();
    if (notices.length > 0 || addressOf(view, null) !== addressOf(store.view, null)) {
      replaceNextUrlWrite();
      store.applyView(view, notices);
    }
    showShownInUrl(useStore.getState());
  } else {
    void openFromLink(linkedView(), replaceNextUrlWrite);
  }
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
  };
}
