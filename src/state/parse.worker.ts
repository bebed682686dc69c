// Parses and validates dataset text off the main thread, so a large file never freezes the page.
// Also folds each event's text for search here, which would otherwise cost the page a long task.
import { readDatasetText } from '../dataset/readDataset';
import { buildSearchIndex } from '../model/filter';

self.onmessage = (event: MessageEvent<{ id: number; text: string }>) => {
  const { id, text } = event.data;
  const result = readDatasetText(text);
  if (result.ok) result.loaded.searchTexts = buildSearchIndex(result.loaded.events);
  self.postMessage({ id, result });
};
