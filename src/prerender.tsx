// The build's prerendering entry (run in Node by the build, see scripts/prerender/): the page of
// a bundled dataset's view drawn by the same components as the app, with the store filled as the
// app fills it before it takes over the page (main.tsx), so the two draw the same thing.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { prerender } from 'react-dom/static';
import { App } from './App';
import type { LoadedDataset } from './dataset/types';
import { readDatasetText } from './formats/readers/readDataset';
import { ENGLISH } from './i18n/catalogue';
import { I18nProvider } from './i18n/I18nProvider';
import { makeTranslator } from './i18n/translator';
import { buildViewImage } from './model/viewImage';
import { DEFAULT_VIEW } from './model/viewState';
import { DEFAULT_DATASET_ID } from './state/datasetLoader';
import { resetStore, useStore } from './state/store';
import { type TimelinePicture, TimelinePictureContext } from './timeline/timelinePicture';

export { linkPreview } from './model/linkPreview';
export { pagePath } from './model/sitePaths';
export { DEFAULT_DATASET_ID };

/** Reads a bundled dataset's file as the app does (the same checks and repairs). */
export async function readBundledDataset(id: string, text: string): Promise<LoadedDataset> {
  const result = await readDatasetText(text, { name: `${id}.json` });
  if (!result.ok) throw new Error(`data/${id}.json: ${result.summary}`);
  return result.loaded;
}

/** The view a page shows: its dataset's default view, with its event chosen. */
export function pageView(datasetId: string, event: string | null) {
  return { ...DEFAULT_VIEW, dataset: datasetId === DEFAULT_DATASET_ID ? null : datasetId, event };
}

/** A phone's timeline area holds its content box: about this wide (px) at 360–430 px. */
const PHONE_TIMELINE_PX = 360;

/**
 * The picture of a dataset's default view a phone shows in the timeline's place until the reader
 * reaches for it (timeline/timelinePicture.ts): the image of the view (Export's), inline.
 */
function timelinePicture(loaded: LoadedDataset): TimelinePicture {
  const { svg } = buildViewImage(loaded, DEFAULT_VIEW, {
    widthPx: PHONE_TIMELINE_PX,
    inline: true,
  });
  return { svg, loaded };
}

/**
 * The app's markup (what goes inside #root) for a bundled dataset's view and event, with the views
 * the app loads lazily (the details' comparison of sources, quotes of primary sources) in it as a
 * reader sees them; hydration keeps their HTML until their code has come. `prerender` waits for
 * their code but writes late parts with inline scripts, which the pages' CSP refuses: so it only
 * loads them, and `renderToString` writes the page in one piece.
 */
export async function renderPage(
  datasetId: string,
  loaded: LoadedDataset,
  event: string | null,
): Promise<string> {
  resetStore();
  useStore
    .getState()
    .showDataset(loaded, { kind: 'bundled', id: datasetId }, pageView(datasetId, event), []);
  // The store's own document: the picture is of it (TimelineSlot compares).
  const drawn = useStore.getState().loaded;
  const picture = event === null && drawn ? timelinePicture(drawn) : null;
  // In English: the app takes the page over as it is only for a reader in English (main.tsx).
  const app = (
    <StrictMode>
      <I18nProvider initial={makeTranslator('en', ENGLISH)}>
        <TimelinePictureContext.Provider value={picture}>
          <App />
        </TimelinePictureContext.Provider>
      </I18nProvider>
    </StrictMode>
  );
  await (await prerender(app)).prelude.cancel();
  const html = renderToString(app);
  // A Suspense boundary written as its fallback ("<!--$!-->"): a lazy view did not load.
  if (html.includes('<!--$!-->'))
    throw new Error(`${datasetId}/${event}: a lazy view did not load`);
  return html;
}
