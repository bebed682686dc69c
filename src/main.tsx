import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './app.css';
import { ENGLISH, loadCatalogue } from './i18n/catalogue';
import { I18nProvider, showLanguage } from './i18n/I18nProvider';
import { wantedLocale } from './i18n/preference';
import { makeTranslator, type Translator } from './i18n/translator';
import { decodeView } from './model/urlCodec';
import { onLargeDatasetText, preloadFromLink } from './state/datasetLoader';
import { loadTimelinePane } from './timeline/loadTimelinePane';

const link = decodeView(window.location.search).view;
// The dataset the link names starts loading now, while React renders the page around it.
preloadFromLink(link.dataset);
// A large dataset takes a while to parse: fetch the timeline's code meanwhile rather than after.
// (A small one is shown first and the timeline follows, which keeps the first paint light.)
// A failure here is shown by the timeline's own slot when it asks again.
onLargeDatasetText(() => void loadTimelinePane().catch(() => undefined));

/**
 * The first paint's language: English is in the bundle; another language's catalogue is fetched
 * first (a few kilobytes, beside the dataset), so the page never flashes English or message keys.
 * If it cannot be fetched the page shows in English.
 */
async function firstTranslator(): Promise<Translator> {
  const locale = wantedLocale(link.lang);
  const messages = await loadCatalogue(locale).catch(() => null);
  return messages ? makeTranslator(locale, messages) : makeTranslator('en', ENGLISH);
}

const root = document.getElementById('root');
if (root) {
  void firstTranslator().then((translator) => {
    showLanguage(translator);
    createRoot(root).render(
      <StrictMode>
        <I18nProvider initial={translator}>
          <App />
        </I18nProvider>
      </StrictMode>,
    );
  });
}
