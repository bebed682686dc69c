// The editor's live check of a draft, off the main thread, with the rules of `npm run validate`.
// It keeps the draft's text as pieces between checks, so the page sends only the pieces an edit
// changed (a 100k-event draft is ~48 MB of text; a title typed changes one piece of ~0.5 MB), and
// it checks only the newest version: a check asked for while another runs supersedes any asked
// for before it.
import { applyPieces } from '../dataset/textPieces';
import { type ReadContext, readDatasetText } from '../formats/readers/readDataset';

/** What the page last sent, piece by piece. */
const pieces: string[] = [];
let newest = 0;

self.onmessage = (
  event: MessageEvent<{
    id: number;
    count: number;
    updates: Array<[number, string]>;
    last: boolean;
  }>,
) => {
  const { id, count, updates, last } = event.data;
  // The pieces not sent are the ones sent before; a check's pieces may come in several messages.
  applyPieces(pieces, count, updates);
  if (!last) return;
  newest = id;
  const text = pieces.join('');
  setTimeout(async () => {
    if (id !== newest) {
      self.postMessage({ id, superseded: true });
      return;
    }
    const context: ReadContext = { name: 'draft' };
    const result = await readDatasetText(text, context);
    self.postMessage(
      result.ok ? { id, warnings: result.loaded.warnings } : { id, failure: result },
    );
  }, 0);
};
