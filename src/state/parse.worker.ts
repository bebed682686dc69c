// Parses and validates dataset text off the main thread, so a large file never freezes the page.
// The derivation (search texts, each actor's events…) is made here too, in `parseDataset`, and
// sent without the lookups by id that the page rebuilds faster than it could receive them. The
// reader's index of each source (its pieces and passage tree) is made here as well.
import { forTransfer } from '../dataset/loaded';
import { type ReadContext, readDatasetText } from '../dataset/readDataset';
import { buildReaderIndexes } from '../model/readerIndex';

self.onmessage = async (
  event: MessageEvent<{ id: number; text: string; context: ReadContext }>,
) => {
  const { id, text, context } = event.data;
  const result = await readDatasetText(text, context);
  // Sent in one message, so the per-actor lists hold the very same event objects as `events`.
  self.postMessage({
    id,
    result: result.ok
      ? {
          ok: true,
          loaded: forTransfer({
            ...result.loaded,
            readerIndexes: buildReaderIndexes(result.loaded),
          }),
        }
      : result,
  });
};
