// Hands dataset text to the parsing worker; where there are no workers (unit tests, old
// browsers) the same code runs in the page, loaded on demand.
import type { ReadResult } from '../dataset/readDataset';

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
      // A broken worker: answer everyone waiting, and parse in the page from now on.
      for (const [id, resolve] of pending) {
        pending.delete(id);
        resolve({ ok: false, summary: 'The dataset could not be read.', problems: [] });
      }
      worker?.terminate();
      worker = null;
      workerFailed = true;
    };
  }
  return worker;
}
let workerFailed = false;

/** Starts the worker early, so its script downloads while the dataset is being fetched. */
export function warmUpParser(): void {
  if (!workerFailed) getWorker();
}

export async function readDatasetOffThread(text: string): Promise<ReadResult> {
  const active = workerFailed ? null : getWorker();
  if (!active) {
    const { readDatasetText } = await import('../dataset/readDataset');
    return readDatasetText(text);
  }
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    active.postMessage({ id, text });
  });
}
