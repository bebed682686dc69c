// Opening datasets: from a link (on start and on back/forward) or from the page (picker, file,
// address or drop). Everything is validated before the store changes, so on failure the dataset
// on screen stays and the problems are listed. Only the newest of overlapping loads may land, and
// a newer load aborts the older one's download and parse; the person may cancel the one running.
import type { LoadedDataset } from '../dataset/types';
import { isolate } from '../model/bidi';
import { type NoticeText, said } from '../model/said';
import { type DecodedView, draftParam } from '../model/urlCodec';
import { DEFAULT_VIEW, type ViewState } from '../model/viewState';
import {
  DEFAULT_DATASET_ID,
  datasetFromLink,
  type LoadOptions,
  type LoadOutcome,
} from './datasetLoader';
import { useStore } from './store';
import type { DatasetOrigin } from './types';

let fileCount = 0;

/** Progress reaches the store at most this often (a fast download reads many small chunks). */
const PROGRESS_INTERVAL_MS = 100;

interface Load {
  controller: AbortController;
}

/** The newest load; only it may land. */
let current: Load | null = null;

interface StartedLoad {
  /** Whether this is still the newest load (not replaced, not cancelled). */
  isCurrent: () => boolean;
  /** For the loader: aborts when replaced or cancelled, and reports progress to the store. */
  options: LoadOptions;
  /** Marks the load as over (a Cancel after this does nothing). */
  finish: () => void;
}

/** Starts a load: the one before it is aborted (its request closed), and the store told. */
function beginLoad(what: string): StartedLoad {
  current?.controller.abort();
  const load: Load = { controller: new AbortController() };
  current = load;
  const isCurrent = () => current === load;
  useStore.getState().startLoading(what);
  let latest: [number, number | null] | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onProgress = (bytesRead: number, totalBytes: number | null) => {
    latest = [bytesRead, totalBytes];
    if (timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      if (latest && isCurrent()) useStore.getState().reportProgress(...latest);
    }, PROGRESS_INTERVAL_MS);
  };
  return {
    isCurrent,
    options: { signal: load.controller.signal, onProgress },
    finish: () => {
      clearTimeout(timer);
      if (isCurrent()) current = null;
    },
  };
}

/**
 * Cancels the load in progress: its download and parse stop, and the dataset on screen stays (or,
 * on a first load, a panel says nothing was loaded). The URL sync puts the address back to what
 * is shown.
 */
export function cancelLoad(): void {
  const load = current;
  if (!load) return;
  current = null;
  load.controller.abort();
  useStore.getState().cancelLoading();
}

/** A read that throws (it should not) fails like any other, rather than loading forever. */
async function settled(what: string, read: Promise<LoadOutcome>): Promise<LoadOutcome> {
  try {
    return await read;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      failure: {
        name: what,
        summary: `The dataset could not be read (${detail}).`,
        // In the interface's language, without the English detail.
        said: said('readCrashed', {}, 'The dataset could not be read.'),
        problems: [],
      },
    };
  }
}

/** The `dataset` link parameter that reopens a dataset (none for the default or a file). */
function datasetParam(origin: DatasetOrigin): string | null {
  if (origin.kind === 'url') return origin.url;
  if (origin.kind === 'draft') return draftParam(origin.id);
  if (origin.kind === 'bundled' && origin.id !== DEFAULT_DATASET_ID) return origin.id;
  return null;
}

/** Says that a file was converted on load, and what the conversion left out. */
export function importNotices(loaded: LoadedDataset): NoticeText[] {
  if (!loaded.importedFrom) return [];
  const count = loaded.events.length;
  const notes = loaded.warnings.length;
  const first = loaded.warnings[0];
  const example = first?.message ?? '';
  // The example is said in the interface's words where its kind of problem has a code.
  const exampleSaid = said(first?.code ?? '', first?.params ?? {}, example);
  return [
    said(
      notes > 0 ? 'importedWithLosses' : 'imported',
      { count, format: loaded.importedFrom, notes, example: exampleSaid },
      `Imported ${count} event${count === 1 ? '' : 's'} from a ${loaded.importedFrom} file: the file itself is their source, and each event quotes its own slide.${
        notes > 0
          ? ` ${notes} thing${notes === 1 ? '' : 's'} could not be kept, e.g. ${example}.`
          : ''
      }`,
    ),
  ];
}

/**
 * Opens the dataset a link names with the view it describes. `onShow` runs just before the view
 * lands (the URL sync uses it to replace, not add, the history entry).
 */
export async function openFromLink(link: DecodedView, onShow?: () => void): Promise<void> {
  const { view, notices } = link;
  if (!useStore.getState().loaded && view.embed !== useStore.getState().view.embed) {
    // The compact view shows from the first paint, before its dataset arrives: no full header
    // that then disappears.
    useStore.setState((state) => ({ view: { ...state.view, embed: view.embed } }));
  }
  const what = view.dataset ?? DEFAULT_DATASET_ID;
  const load = beginLoad(what);
  const outcome = await settled(what, datasetFromLink(view.dataset, load.options));
  if (!load.isCurrent() || 'cancelled' in outcome) return;
  const store = useStore.getState();
  if (outcome.ok) {
    load.finish();
    onShow?.();
    store.showDataset(outcome.loaded, outcome.origin, view, [
      ...notices,
      ...importNotices(outcome.loaded),
    ]);
    return;
  }
  if (!store.loaded && view.dataset !== null) {
    // Nothing is on screen yet: show the default dataset beside the error.
    store.startLoading(`${DEFAULT_DATASET_ID}.json`);
    const fallback = await settled(DEFAULT_DATASET_ID, datasetFromLink(null, load.options));
    if (!load.isCurrent()) return;
    if (fallback.ok) {
      onShow?.();
      useStore
        .getState()
        .showDataset(fallback.loaded, fallback.origin, { ...view, dataset: null }, notices);
    }
  }
  load.finish();
  useStore.getState().failLoading(outcome.failure);
}

/** Opens a dataset the person chose on the page, as a new step in the history. */
export async function openDataset(
  what: string,
  read: (options: LoadOptions) => Promise<LoadOutcome>,
): Promise<void> {
  const load = beginLoad(what);
  const outcome = await settled(what, read(load.options));
  if (!load.isCurrent() || 'cancelled' in outcome) return;
  load.finish();
  if (!outcome.ok) {
    useStore.getState().failLoading(outcome.failure);
    return;
  }
  const origin: DatasetOrigin =
    outcome.origin.kind === 'file' ? { ...outcome.origin, opening: ++fileCount } : outcome.origin;
  // An embedded view stays embedded: the way of showing is kept, the rest of the view starts anew.
  // So does the language chosen for the interface.
  const { embed, lang } = useStore.getState().view;
  const view: ViewState = { ...DEFAULT_VIEW, dataset: datasetParam(origin), embed, lang };
  const notices = [
    ...(origin.kind === 'file'
      ? [
          said(
            'openedFile',
            { name: isolate(origin.name) },
            `Opened ${isolate(origin.name)} from your computer. A link to this view opens it only for someone who opens the same file.`,
          ),
        ]
      : []),
    ...importNotices(outcome.loaded),
  ];
  useStore.getState().showDataset(outcome.loaded, origin, view, notices);
}
