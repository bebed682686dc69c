// The dataset a download writes (the whole one or the filtered view) and its file name, as plain
// data. Pure: the Export dialog only shows these and hands them to the browser.
import { type Anchor, atItsOffsets, passageFromRange } from '../dataset/anchor';
import type { Dataset, Passage } from '../dataset/schema';
import { subsetDataset } from '../dataset/subset';
import type { LoadedDataset } from '../dataset/types';

/** What an export holds: every event, or the events the filters show. */
export type ExportScope = 'dataset' | 'filtered';

export type ExportableResult = { ok: true; dataset: Dataset } | { ok: false; message: string };

/** A passage found word for word at other offsets (`exact` or `moved`): safe to write there. */
const movedWordForWord = (anchor: Anchor | undefined, passage: Passage): anchor is Anchor =>
  anchor !== undefined &&
  (anchor.state === 'exact' || anchor.state === 'moved') &&
  !atItsOffsets(anchor, passage);

/**
 * The dataset as the app shows it: a passage found again word for word on load (its offsets out
 * of date in the file: `exact` or `moved`) is written at the offsets it was found at, with its
 * context, so the file passes `npm run validate`. An `edited`, `ambiguous` or `lost` one stays as
 * it was: its change needs a person's review (the editor's "Update article text"). The same
 * object when nothing was repaired.
 */
export function datasetAsShown(loaded: LoadedDataset): Dataset {
  const { dataset } = loaded;
  const repaired = loaded.events.filter((resolved) =>
    resolved.anchors.some((anchor, i) => {
      const passage = resolved.event.passages[i];
      return passage !== undefined && movedWordForWord(anchor, passage);
    }),
  );
  if (repaired.length === 0) return dataset;
  const texts = new Map(dataset.sources.map((source) => [source.id, source.text]));
  const events = dataset.events.slice();
  for (const { event, index, anchors } of repaired) {
    const passages = event.passages.map((passage, i) => {
      const anchor = anchors[i];
      const text = texts.get(passage.source);
      if (!movedWordForWord(anchor, passage) || text === undefined) return passage;
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
