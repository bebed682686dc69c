// Where this app is served and how its address bar reads: the path form (src/model/sitePaths.ts)
// under Vite's `base`, whose root shows the default dataset.
import { decodeLocation, encodeLocation, type Site } from '../model/sitePaths';
import type { DecodedView } from '../model/urlCodec';
import type { ViewState } from '../model/viewState';
import { DEFAULT_DATASET_ID } from './datasetLoader';
import type { DatasetOrigin } from './types';

export const SITE: Site = { base: import.meta.env.BASE_URL, defaultDataset: DEFAULT_DATASET_ID };

/** The view the address bar names now. */
export function linkedView(): DecodedView {
  return decodeLocation(window.location.pathname, window.location.search, SITE);
}

/**
 * The address (path and query) of a view of a dataset from `origin` on this site: the path form
 * for a bundled dataset (null: none loaded yet, so the link's own), the query form for the rest.
 */
export function addressOf(view: ViewState, origin: DatasetOrigin | null): string {
  return encodeLocation(view, SITE, origin === null || origin.kind === 'bundled');
}
