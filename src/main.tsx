import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App';
import './app.css';
import { DEFAULT_VIEW } from './model/viewState';
import {
  DEFAULT_DATASET_ID,
  datasetFromLink,
  onLargeDatasetText,
  preloadFromLink,
} from './state/datasetLoader';
import { linkedView } from './state/site';
import { useStore } from './state/store';
import { loadTimelinePane } from './timeline/loadTimelinePane';

const link = linkedView();
// The dataset the link names starts loading now, while React renders the page around it.
preloadFromLink(link.view.dataset);
// A large dataset takes a while to parse: fetch the timeline's code meanwhile rather than after.
// (A small one is shown first and the timeline follows, which keeps the first paint light.)
// A failure here is shown by the timeline's own slot when it asks again.
onLargeDatasetText(() => void loadTimelinePane().catch(() => undefined));

const app = (
  <StrictMode>
    <App />
  </StrictMode>
);

/**
 * A page the build prerendered (scripts/prerender/) is taken over as it is, once its dataset is
 * in: the store then holds what the page was drawn from, so React's first render matches the HTML
 * and nothing is redrawn (the focus stays where the reader put it). A link that asks for another
 * dataset or the compact view, or a dataset that fails to load, gets the app drawn anew.
 */
async function takeOver(root: HTMLElement): Promise<boolean> {
  const dataset = root.dataset.dataset;
  if (!dataset || link.view.embed || (link.view.dataset ?? DEFAULT_DATASET_ID) !== dataset) {
    return false;
  }
  const outcome = await datasetFromLink(link.view.dataset);
  if (!outcome.ok) return false;
  const view = {
    ...DEFAULT_VIEW,
    dataset: dataset === DEFAULT_DATASET_ID ? null : dataset,
    event: root.dataset.event ?? null,
  };
  useStore.getState().showDataset(outcome.loaded, outcome.origin, view, []);
  // The page's inline styles wait in a data attribute (the CSP forbids style attributes in
  // HTML); the CSSOM may set them.
  for (const element of root.querySelectorAll<HTMLElement>('[data-ssr-style]')) {
    element.style.cssText = element.dataset.ssrStyle ?? '';
    element.removeAttribute('data-ssr-style');
  }
  hydrateRoot(root, app);
  return true;
}

const root = document.getElementById('root');
if (root) {
  void takeOver(root).then(
    (done) => done || createRoot(root).render(app),
    () => createRoot(root).render(app),
  );
}
