// Parses and validates dataset text off the main thread, so a large file never freezes the page.
// Also folds each event's text for search and lists each actor's events here, which would
// otherwise cost the page long tasks.
import { type ReadContext, readDatasetText } from '../dataset/readDataset';
import { buildSearchIndex, eventsByActor } from '../model/filter';

self.onmessage = async (
  event: MessageEvent<{ id: number; text: string; context: ReadContext }>,
) => {
  const { id, text, context } = event.data;
  const result = await readDatasetText(text, context);
  if (result.ok) {
    // Sent in the same message as the events, so its lists hold the very same event objects.
    result.loaded.searchTexts = buildSearchIndex(result.loaded.events);
    result.loaded.eventsByActor = eventsByActor(result.loaded.events);
  }
  self.postMessage({ id, result });
};
