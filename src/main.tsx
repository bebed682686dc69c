// First (a side effect, so never sorted below the rest): the link's dataset and the timeline's
// code start loading before React and the views are evaluated.
import './earlyStart';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App';
import './app.css';
import { ENGLISH, loadCatalogue } from './i18n/catalogue';
import { I18nProvider, showLanguage } from './i18n/I18nProvider';
import { wantedLocale } from './i18n/preference';
import { makeTranslator, type Translator } from './i18n/translator';
import { DEFAULT_VIEW } from './model/viewState';
import { HIDDEN_FOR_LINK } from './state/bootWorker';
import { DEFAULT_DATASET_ID, datasetFromLink } from './state/datasetLoader';
import { linkedView } from './state/site';
import { markDrawnFrom, useStore } from './state/store';
import {
  PICTURE_CLASS,
  type TimelinePicture,
  TimelinePictureContext,
} from './timeline/timelinePicture';

const link = linkedView();

/**
 * The first paint's language: English is in the bundle; another language's catalogue is fetched
 * first (a few kilobytes, beside the dataset), so the page never flashes English or message keys.
 * If it cannot be fetched the page shows in English.
 */
async function firstTranslator(): Promise<Translator> {
  const locale = wantedLocale(link.view.lang);
  const messages = await loadCatalogue(locale).catch(() => null);
  return messages ? makeTranslator(locale, messages) : makeTranslator('en', ENGLISH);
}

const app = (translator: Translator, picture: TimelinePicture | null = null) => (
  <StrictMode>
    <I18nProvider initial={translator}>
      <TimelinePictureContext.Provider value={picture}>
        <App />
      </TimelinePictureContext.Provider>
    </I18nProvider>
  </StrictMode>
);

/**
 * A page the build prerendered (scripts/prerender/, in English) is taken over as it is, once its
 * dataset is in: the store then holds what the page was drawn from, so React's first render
 * matches the HTML and nothing is redrawn (the focus stays where the reader put it). A link that
 * asks for another dataset or the compact view, a reader in another language, or a dataset that
 * fails to load, gets the app drawn anew.
 */
async function takeOver(root: HTMLElement, translator: Translator): Promise<boolean> {
  const dataset = root.dataset.dataset;
  if (
    !dataset ||
    root.hasAttribute(HIDDEN_FOR_LINK) ||
    translator.locale !== 'en' ||
    link.view.embed ||
    (link.view.dataset ?? DEFAULT_DATASET_ID) !== dataset
  ) {
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
  markDrawnFrom();
  // The picture of the timeline the page was drawn with, kept as it is (timelinePicture.ts).
  const svg = root.querySelector(`.${PICTURE_CLASS}`)?.innerHTML;
  const drawn = useStore.getState().loaded;
  hydrateRoot(root, app(translator, svg && drawn ? { svg, loaded: drawn } : null));
  return true;
}

const root = document.getElementById('root');
if (root) {
  void firstTranslator().then((translator) => {
    showLanguage(translator);
    const drawAnew = () => createRoot(root).render(app(translator));
    void takeOver(root, translator).then((done) => done || drawAnew(), drawAnew);
  });
}
