// Parses and validates dataset text off the main thread, so a large file never freezes the page.
import { readDatasetText } from '../dataset/readDataset';

self.onmessage = (event: MessageEvent<{ id: number; text: string }>) => {
  const { id, text } = event.data;
  self.postMessage({ id, result: readDatasetText(text) });
};
