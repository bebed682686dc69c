// The editor's live check of a draft, off the main thread, with the rules of `npm run validate`.
// It keeps the draft's text as pieces between checks, so the page sends only the pieces an edit
// changed (a 100k-event draft is ~48 MB of text; a title typed changes one piece of ~0.5 MB), and
// it checks only the newest version: a check asked for while another runs supersedes any asked
// for before it.
import { type ReadContext, readDatasetText } from '../formats/readers/readDataset';

/** What the page last sent, piece by piece. */
let pieces: string[] = [];
let newest = 0;

self.onmessage = (event: MessageEvent<{ id: number; pieces: Array<string | null> }>) => {
  const { id, pieces: sent } = event.data;
  // null: the piece at that place is the one sent before.
  pieces = sent.map((piece, index) => piece ?? pieces[index] ?? '');
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
