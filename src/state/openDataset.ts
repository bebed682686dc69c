// Opening datasets: from a link (on start and on back/forward) or from the page (picker, file,
// address or drop). Everything is validated before the store changes, so on failure the dataset
// on screen stays and the problems are listed. Only the newest of overlapping loads may land.

import type { LoadedDataset } from '../dataset/parse';
import { decodeView } from '../model/urlCodec';
import { DEFAULT_VIEW, type ViewState } from '../model/viewState';
import { DEFAULT_DATASET_ID, datasetFromLink, type LoadOutcome } from './datasetLoader';
import { type DatasetOrigin, useStore } from './store';

let loadCount = 0;
let fileCount = 0;

/** Starts a load; the returned check says whether it is still the newest one. */
function beginLoad(): () => boolean {
  const mine = ++loadCount;
  return () => mine === loadCount;
}

/** Names the dataset a view belongs to, for history entries (files get a number per opening). */
export function datasetKey(origin: DatasetOrigin | null): string | null {
  if (!origin) return null;
  if (origin.kind === 'bundled') return `bundled:${origin.id}`;
  if (origin.kind === 'url') return `url:${origin.url}`;
  return `file:${origin.name}#${origin.opening ?? 0}`;
}

/** The `dataset` link parameter that reopens a dataset (none for the default or a file). */
function datasetParam(origin: DatasetOrigin): string | null {
  if (origin.kind === 'url') return origin.url;
  if (origin.kind === 'bundled' && origin.id !== DEFAULT_DATASET_ID) return origin.id;
  return null;
}

/** Says that a file was converted on load, and what the conversion left out. */
export function importNotices(loaded: LoadedDataset): string[] {
  if (!loaded.importedFrom) return [];
  const count = loaded.events.length;
  const notes = loaded.warnings.length;
  return [
    `Imported ${count} event${count === 1 ? '' : 's'} from a ${loaded.importedFrom} file: the file itself is their source, and each event quotes its own slide.${
      notes > 0
        ? ` ${notes} thing${notes === 1 ? '' : 's'} could not be kept, e.g. ${loaded.warnings[0]?.message}.`
        : ''
    }`,
  ];
}

/**
 * Opens the dataset a link names with the view it describes. `onShow` runs just before the view
 * lands (the URL sync uses it to replace, not add, the history entry).
 */
export async function openFromLink(search: string, onShow?: () => void): Promise<void> {
  const { view, notices } = decodeView(search);
  const isCurrent = beginLoad();
  useStore.getState().startLoading(view.dataset ?? DEFAULT_DATASET_ID);
  const outcome = await datasetFromLink(view.dataset);
  if (!isCurrent()) return;
  const store = useStore.getState();
  if (outcome.ok) {
    onShow?.();
    store.showDataset(outcome.loaded, outcome.origin, view, [
      ...notices,
      ...importNotices(outcome.loaded),
    ]);
    return;
  }
  if (!store.loaded && view.dataset !== null) {
    // Nothing is on screen yet: show the default dataset beside the error.
    const fallback = await datasetFromLink(null);
    if (!isCurrent()) return;
    if (fallback.ok) {
      onShow?.();
      useStore
        .getState()
        .showDataset(fallback.loaded, fallback.origin, { ...view, dataset: null }, notices);
    }
  }
  useStore.getState().failLoading(outcome.failure);
}

/** Opens a dataset the person chose on the page, as a new step in the history. */
export async function openDataset(what: string, load: () => Promise<LoadOutcome>): Promise<void> {
  const isCurrent = beginLoad();
  useStore.getState().startLoading(what);
  const outcome = await load();
  if (!isCurrent()) return;
  if (!outcome.ok) {
    useStore.getState().failLoading(outcome.failure);
    return;
  }
  const origin: DatasetOrigin =
    outcome.origin.kind === 'file' ? { ...outcome.origin, opening: ++fileCount } : outcome.origin;
  const view: ViewState = { ...DEFAULT_VIEW, dataset: datasetParam(origin) };
  const notices = [
    ...(origin.kind === 'file'
      ? [
          `Opened ${origin.name} from your computer. A link to this view opens it only for someone who opens the same file.`,
        ]
      : []),
    ...importNotices(outcome.loaded),
  ];
  useStore.getState().showDataset(outcome.loaded, origin, view, notices);
}
