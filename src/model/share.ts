// Sharing a view outside the app, as plain data: the dataset a download writes (the whole one or
// the filtered view), its file name, and the embed snippet and link for a framed view. Pure: the
// Export and Embed dialogs only show these and hand them to the browser.
import { passageFromRange } from '../dataset/anchor';
import type { Dataset } from '../dataset/schema';
import type { LoadedDataset } from '../dataset/types';
import { subsetDataset } from '../formats/subset';
import { encodeView } from './urlCodec';
import type { ViewState } from './viewState';

/** What an export holds: every event, or the events the filters show. */
export type ExportScope = 'dataset' | 'filtered';

export type ExportableResult = { ok: true; dataset: Dataset } | { ok: false; message: string };

/**
 * The dataset as the app shows it: a passage found again by its wording on load (its offsets out
 * of date in the file) is written at the offsets it was found at, with its context, so the file
 * passes `npm run validate`. The same object when nothing was repaired.
 */
export function datasetAsShown(loaded: LoadedDataset): Dataset {
  const { dataset } = loaded;
  const repaired = loaded.events.filter((resolved) =>
    resolved.anchors.some((anchor) => anchor.status === 'reanchored'),
  );
  if (repaired.length === 0) return dataset;
  const texts = new Map(dataset.sources.map((source) => [source.id, source.text]));
  const events = dataset.events.slice();
  for (const { event, index, anchors } of repaired) {
    const passages = event.passages.map((passage, i) => {
      const anchor = anchors[i];
      const text = texts.get(passage.source);
      if (anchor?.status !== 'reanchored' || text === undefined) return passage;
      const found = passageFromRange(text, passage.source, anchor.start, anchor.end);
      return found.ok ? found.passage : passage;
    });
    events[index] = { ...event, passages };
  }
  return { ...dataset, events };
}

/**
 * The dataset a download writes: the whole one, or (filtered) only the given events with the
 * actors and sources they refer to, still a valid dataset.
 */
export function datasetToExport(
  loaded: LoadedDataset,
  scope: ExportScope,
  visibleEventIds: Iterable<string>,
): ExportableResult {
  const shown = datasetAsShown(loaded);
  if (scope === 'dataset') return { ok: true, dataset: shown };
  return subsetDataset(shown, visibleEventIds);
}

/** "doha-talks-2021.csv", "doha-talks-2021-filtered.timelinejs.json" (dataset ids are slugs). */
export function exportFileName(datasetId: string, scope: ExportScope, extension: string): string {
  return `${datasetId}${scope === 'filtered' ? '-filtered' : ''}${extension}`;
}

/** Height a frame is given before the embedded view reports its own (px): the wide layout's. */
export const EMBED_DEFAULT_HEIGHT = 700;

/** The message an embedded view posts to its host page whenever its content height changes. */
export const HEIGHT_MESSAGE_TYPE = 'sourceline:height';
export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE_TYPE;
  height: number;
}

export function heightMessage(height: number): HeightMessage {
  return { type: HEIGHT_MESSAGE_TYPE, height: Math.ceil(Math.max(0, height)) };
}

/** The address of a view: the embedded one (for an iframe) or the full one (to open it). */
export function viewAddress(appUrl: string, view: ViewState, embed: boolean): string {
  return `${appUrl}${encodeView({ ...view, embed })}`;
}

/** Text made safe inside a double-quoted HTML attribute (a dataset title is anyone's words). */
export function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** The `<iframe>` a host page pastes to show a view. */
export function embedSnippet(
  src: string,
  datasetTitle: string,
  height = EMBED_DEFAULT_HEIGHT,
): string {
  const title = `${datasetTitle} — a Sourceline timeline`;
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${Math.round(height)}" loading="lazy" style="border: 0"></iframe>`;
}

/**
 * The script a host page may add so each frame of this app takes the height its view reports:
 * only messages from the app's origin and from that very frame count, and only a sane number.
 */
export function resizeScript(appOrigin: string): string {
  return [
    '<script>',
    "  addEventListener('message', (event) => {",
    `    if (event.origin !== ${JSON.stringify(appOrigin)} || event.data?.type !== '${HEIGHT_MESSAGE_TYPE}') return;`,
    '    const height = Number(event.data.height);',
    '    if (!Number.isFinite(height) || height <= 0 || height > 20000) return;',
    '    for (const frame of document.querySelectorAll("iframe")) {',
    "      if (frame.contentWindow === event.source) frame.style.height = height + 'px';",
    '    }',
    '  });',
    '</script>',
  ].join('\n');
}
