// Parses and validates dataset text off the main thread, so a large file never freezes the page.
// Also folds each event's text for search, lists each actor's events and cuts each source into
// the reader's pieces here, which would otherwise cost the page long tasks.
import { type ReadContext, readDatasetText } from '../dataset/readDataset';
import { buildSearchIndex, eventsByActor } from '../model/filter';
import { buildReaderIndexes } from '../model/readerIndex';

self.onmessage = async (
  event: MessageEvent<{ id: number; text: string; context: ReadContext }>,
) => {
  const { id, text, context } = event.data;
  const result = await readDatasetText(text, context);
  if (result.ok) {
    // Sent in the same message as the events, so its lists hold the very same event objects.
    result.loaded.searchTexts = buildSearchIndex(result.loaded.events);
    result.loaded.eventsByActor = eventsByActor(result.loaded.events);
    result.loaded.readerIndexes = buildReaderIndexes(result.loaded);
  }
  self.postMessage({ id, result });
};
