// Reading datasets from the bundle, a URL or a local file. Everything goes through parseDataset
// before the store changes, so a bad file leaves the current dataset on screen.
import type { LoadedDataset } from '../dataset/parse';
import { readDatasetOffThread, warmUpParser } from './parseOffThread';
import type { DatasetOrigin, LoadFailure } from './store';

/** Larger files are refused before they are read: a browser tab should not hold more. */
export const MAX_DATASET_BYTES = 50 * 1024 * 1024;
export const DEFAULT_DATASET_ID = 'doha-talks-2021';

const bundledUrls = import.meta.glob(['/data/*.json', '!/data/schema.json'], {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** Bundled datasets by id (a bundled file is named after its dataset's id). */
export const BUNDLED_DATASETS: ReadonlyMap<string, string> = new Map(
  Object.entries(bundledUrls).map(([path, url]) => [
    path.replace(/^\/data\//, '').replace(/\.json$/, ''),
    url,
  ]),
);

export type LoadOutcome =
  | { ok: true; loaded: LoadedDataset; origin: DatasetOrigin }
  | { ok: false; failure: LoadFailure };

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function failure(name: string, summary: string, problems: LoadFailure['problems'] = []) {
  return { ok: false as const, failure: { name, summary, problems } };
}

/** A dataset text this long takes a while to parse: long enough to fetch other code meanwhile. */
export const LARGE_DATASET_CHARS = 1_000_000;
const largeTextListeners = new Set<() => void>();

/** Calls `listener` whenever the text of a large dataset is about to be parsed. */
export function onLargeDatasetText(listener: () => void): () => void {
  largeTextListeners.add(listener);
  return () => largeTextListeners.delete(listener);
}

/** Parses and validates the text of a dataset file (off the main thread where possible). */
export async function datasetFromText(
  text: string,
  name: string,
  origin: DatasetOrigin,
): Promise<LoadOutcome> {
  if (text.length >= LARGE_DATASET_CHARS) for (const listener of largeTextListeners) listener();
  const result = await readDatasetOffThread(text, {
    name,
    ...(origin.kind === 'url' ? { url: origin.url } : {}),
  });
  if (!result.ok) return failure(name, result.summary, result.problems);
  return { ok: true, loaded: result.loaded, origin };
}

/** Reads a response body, giving up as soon as it passes the size limit. */
async function readLimited(response: Response): Promise<string | null> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > MAX_DATASET_BYTES) return null;
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_DATASET_BYTES) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

export async function datasetFromUrl(
  url: string,
  origin: DatasetOrigin,
  name = url,
): Promise<LoadOutcome> {
  warmUpParser();
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer' });
  } catch {
    return failure(
      name,
      'The dataset could not be fetched: the address is unreachable, or its server does not allow other sites to read it (CORS).',
    );
  }
  if (!response.ok) {
    return failure(name, `The server answered ${response.status} ${response.statusText}`.trim());
  }
  if (/text\/html/i.test(response.headers.get('content-type') ?? '')) {
    return failure(name, 'The address returned a web page, not a dataset (JSON).');
  }
  const text = await readLimited(response);
  if (text === null) {
    return failure(name, `The dataset is larger than the ${megabytes(MAX_DATASET_BYTES)} limit.`);
  }
  return datasetFromText(text, name, origin);
}

export async function datasetFromFile(file: File): Promise<LoadOutcome> {
  if (file.size > MAX_DATASET_BYTES) {
    return failure(
      file.name,
      `The file is ${megabytes(file.size)}, over the ${megabytes(MAX_DATASET_BYTES)} limit.`,
    );
  }
  return datasetFromText(await file.text(), file.name, { kind: 'file', name: file.name });
}

let early: { dataset: string | null; outcome: Promise<LoadOutcome> } | null = null;

/**
 * Starts loading the dataset a link names as soon as the app's script runs, before anything is
 * rendered, so the fetch and the parsing worker start while React draws the page; the app's own
 * load of the same dataset then takes over this one (once) instead of starting again.
 */
export function preloadFromLink(dataset: string | null): void {
  early = { dataset, outcome: loadFromLink(dataset) };
}

/** Loads what a link's `dataset` names: a bundled id (null: the default) or an address. */
export function datasetFromLink(dataset: string | null): Promise<LoadOutcome> {
  const preloaded = early?.dataset === dataset ? early.outcome : null;
  early = null;
  return preloaded ?? loadFromLink(dataset);
}

function loadFromLink(dataset: string | null): Promise<LoadOutcome> {
  const id = dataset ?? DEFAULT_DATASET_ID;
  const bundled = BUNDLED_DATASETS.get(id);
  if (bundled) return datasetFromUrl(bundled, { kind: 'bundled', id }, `${id}.json`);
  if (/^https?:\/\//i.test(id)) return datasetFromUrl(id, { kind: 'url', url: id });
  return Promise.resolve(failure(id, `There is no bundled dataset “${id.slice(0, 60)}”.`));
}
