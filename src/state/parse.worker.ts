// Parses and validates dataset text off the main thread, so a large file never freezes the page.
// The derivation (search texts, each actor's events…) is made here too, in `parseDataset`, and
// sent without the lookups by id that the page rebuilds faster than it could receive them. The
// reader's index of each source (its pieces and passage tree) is made here as well. A dataset is
// sent in chunks (src/dataset/transferChunks.ts), so that receiving it is never one long task.
import { forTransfer } from '../dataset/loaded';
import { splitDataset, transferables } from '../dataset/transferChunks';
import { type ReadContext, readDatasetText } from '../formats/readers/readDataset';
import { buildReaderIndexes } from '../model/readerIndex';

self.onmessage = async (
  event: MessageEvent<{ id: number; text: string; context: ReadContext }>,
) => {
  const { id, text, context } = event.data;
  const result = await readDatasetText(text, context);
  if (!result.ok) {
    self.postMessage({ id, failure: result });
    return;
  }
  // The reader's indexes go first, beside the dataset (the page keeps them in its cache).
  self.postMessage({ id, readerIndexes: buildReaderIndexes(result.loaded) });
  const loaded = forTransfer(result.loaded);
  for (const chunk of splitDataset(loaded)) {
    self.postMessage({ id, chunk }, { transfer: transferables(chunk) });
  }
};
