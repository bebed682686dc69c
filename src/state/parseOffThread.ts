// Hands dataset text to the parsing worker. Every browser the app supports has module workers;
// where there are none (unit tests in Node) a reader must be given with `setInPageReader`, so the
// schema is not shipped to the page a second time.
import type { ReadContext, ReadResult } from '../dataset/readDataset';

type Reader = (text: string, context: ReadContext) => Promise<ReadResult>;

let inPageReader: Reader | null = null;

/** Reads datasets in the page instead, where workers are unavailable (unit tests). */
export function setInPageReader(reader: Reader): void {
  inPageReader = reader;
}

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, (result: ReadResult) => void>();

function getWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  if (!worker) {
    worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<{ id: number; result: ReadResult }>) => {
      pending.get(event.data.id)?.(event.data.result);
      pending.delete(event.data.id);
    };
    worker.onerror = () => {
      // A crashed worker (say, out of memory on a huge file): answer everyone waiting; the next
      // read starts a fresh worker.
      for (const [id, resolve] of pending) {
        pending.delete(id);
        resolve({ ok: false, summary: 'The dataset could not be read.', problems: [] });
      }
      worker?.terminate();
      worker = null;
    };
  }
  return worker;
}

/** Starts the worker early, so its script downloads while the dataset is being fetched. */
export function warmUpParser(): void {
  getWorker();
}

export async function readDatasetOffThread(
  text: string,
  context: ReadContext = {},
): Promise<ReadResult> {
  const active = getWorker();
  if (!active) {
    if (inPageReader) return inPageReader(text, context);
    return {
      ok: false,
      summary: 'This browser cannot read datasets: it does not run module workers.',
      problems: [],
    };
  }
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    active.postMessage({ id, text, context });
  });
}
