// Reading datasets from the bundle, a URL or a local file. Everything goes through parseDataset
// before the store changes, so a bad file leaves the current dataset on screen.

import type { LoadedDataset } from '../dataset/types';
import { bodyFailureSaid, stallSaid } from '../model/loading';
import { type NoticeText, said, textOf } from '../model/said';
import { draftOf } from '../model/urlCodec';
import { readDatasetOffThread, warmUpParser } from './parseOffThread';
import type { DatasetOrigin, LoadFailure } from './types';

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
  | { ok: false; failure: LoadFailure }
  /** The caller aborted the load (a newer one replaced it, or the person cancelled it). */
  | { ok: false; cancelled: true };

export interface LoadOptions {
  /** Aborts the download and the parse. */
  signal?: AbortSignal;
  /** Bytes read so far, and the declared total when there is one. */
  onProgress?: (bytesRead: number, totalBytes: number | null) => void;
}

/** A download that sends nothing for this long is stopped. */
export const STALL_TIMEOUT_MS = 30_000;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function failure(name: string, summary: NoticeText, problems: LoadFailure['problems'] = []) {
  const made: LoadFailure = { name, summary: textOf(summary), problems };
  if (typeof summary !== 'string') made.said = summary;
  return { ok: false as const, failure: made };
}

const CANCELLED = { ok: false, cancelled: true } as const;

const comingListeners = new Set<() => void>();

/**
 * Calls `listener` whenever a dataset is on its way: an address answered with a body to read, or
 * a text is about to be parsed. The code that shows it can then load while it is read and parsed.
 */
export function onDatasetComing(listener: () => void): () => void {
  comingListeners.add(listener);
  return () => comingListeners.delete(listener);
}

function datasetComing(): void {
  for (const listener of comingListeners) listener();
}

/** Parses and validates the text of a dataset file (off the main thread where possible). */
export async function datasetFromText(
  text: string,
  name: string,
  origin: DatasetOrigin,
  signal?: AbortSignal,
): Promise<LoadOutcome> {
  if (signal?.aborted) return CANCELLED;
  datasetComing();
  const result = await readDatasetOffThread(
    text,
    { name, ...(origin.kind === 'url' ? { url: origin.finalUrl } : {}) },
    signal,
  );
  if (result === null || signal?.aborted) return CANCELLED;
  if (!result.ok) return failure(name, result.said ?? result.summary, result.problems);
  return { ok: true, loaded: result.loaded, origin };
}

type BodyResult =
  | { ok: true; text: string }
  | { ok: false; reason: 'too-large' }
  | { ok: false; reason: 'aborted' }
  | { ok: false; reason: 'broken'; bytesRead: number; totalBytes: number | null };

/**
 * Reads a response body, giving up as soon as it passes the size limit, reporting progress and
 * calling `onBytes` whenever bytes arrive. Never throws: a body cut off, corrupt or aborted
 * mid-way is an answer like any other.
 */
async function readBody(
  response: Response,
  signal: AbortSignal,
  onBytes: () => void,
  onProgress: LoadOptions['onProgress'],
): Promise<BodyResult> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > MAX_DATASET_BYTES) {
    await response.body?.cancel().catch(() => undefined);
    return { ok: false, reason: 'too-large' };
  }
  // A compressed body's declared length is of the compressed bytes, not of those read here.
  const encoding = response.headers.get('content-encoding');
  let totalBytes = Number.isFinite(declared) && declared > 0 && !encoding ? declared : null;
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    if (!response.body) {
      const text = await response.text();
      return { ok: true, text };
    }
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      onBytes();
      size += value.byteLength;
      if (size > MAX_DATASET_BYTES) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, reason: 'too-large' };
      }
      // Past the declared length: it was of compressed bytes after all (encoding hidden).
      if (totalBytes !== null && size > totalBytes) totalBytes = null;
      onProgress?.(size, totalBytes);
      chunks.push(value);
    }
  } catch {
    if (signal.aborted) return { ok: false, reason: 'aborted' };
    return { ok: false, reason: 'broken', bytesRead: size, totalBytes };
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, text: new TextDecoder().decode(bytes) };
}

/**
 * Fetches and reads a dataset from an address: a bundled file (`bundled` names its id) or one the
 * person gave. Stops a download that sends nothing for `STALL_TIMEOUT_MS`.
 */
export async function datasetFromUrl(
  url: string,
  { bundled, signal, onProgress }: LoadOptions & { bundled?: string } = {},
): Promise<LoadOutcome> {
  warmUpParser();
  const name = bundled === undefined ? url : `${bundled}.json`;
  const controller = new AbortController();
  let stalled = false;
  const onAbort = () => controller.abort();
  if (signal?.aborted) return CANCELLED;
  signal?.addEventListener('abort', onAbort, { once: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let bytesRead = 0;
  const armStallTimer = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      stalled = true;
      controller.abort();
    }, STALL_TIMEOUT_MS);
  };
  const stallFailure = () => failure(name, stallSaid(name, STALL_TIMEOUT_MS / 1000, bytesRead));
  armStallTimer();
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        // A bundled file comes from the app's own origin, as index.html preloads the default one
        // (`same-origin` is the preload's mode: a different one would download it again); an
        // address a person gives never gets this site's cookies.
        credentials: bundled === undefined ? 'omit' : 'same-origin',
        referrerPolicy: 'no-referrer',
        signal: controller.signal,
      });
    } catch {
      if (stalled) return stallFailure();
      if (controller.signal.aborted) return CANCELLED;
      return failure(
        name,
        said(
          'fetchFailed',
          {},
          'The dataset could not be fetched: the address is unreachable, or its server does not allow other sites to read it (CORS).',
        ),
      );
    }
    armStallTimer();
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      const answer = `${response.status} ${response.statusText}`.trim();
      return failure(name, said('httpStatus', { answer }, `The server answered ${answer}`));
    }
    if (/text\/html/i.test(response.headers.get('content-type') ?? '')) {
      await response.body?.cancel().catch(() => undefined);
      return failure(
        name,
        said('webPage', {}, 'The address returned a web page, not a dataset (JSON).'),
      );
    }
    datasetComing();
    const body = await readBody(response, controller.signal, armStallTimer, (read, total) => {
      bytesRead = read;
      onProgress?.(read, total);
    });
    if (!body.ok) {
      if (body.reason === 'too-large') {
        return failure(
          name,
          said(
            'tooLarge',
            { limit: MAX_DATASET_BYTES / 1024 / 1024 },
            `The dataset is larger than the ${megabytes(MAX_DATASET_BYTES)} limit.`,
          ),
        );
      }
      if (stalled) return stallFailure();
      if (body.reason === 'aborted') return CANCELLED;
      const encoding = response.headers.get('content-encoding');
      return failure(name, bodyFailureSaid(name, body.bytesRead, body.totalBytes, encoding));
    }
    clearTimeout(timer);
    const origin: DatasetOrigin =
      bundled === undefined
        ? { kind: 'url', url, finalUrl: response.url || url }
        : { kind: 'bundled', id: bundled };
    return await datasetFromText(body.text, name, origin, signal);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

export async function datasetFromFile(
  file: File,
  { signal }: LoadOptions = {},
): Promise<LoadOutcome> {
  if (file.size > MAX_DATASET_BYTES) {
    return failure(
      file.name,
      said(
        'fileTooLarge',
        {
          size: Math.round((file.size / 1024 / 1024) * 10) / 10,
          limit: MAX_DATASET_BYTES / 1024 / 1024,
        },
        `The file is ${megabytes(file.size)}, over the ${megabytes(MAX_DATASET_BYTES)} limit.`,
      ),
    );
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    // Say, the file was moved or changed on disk after it was picked.
    return failure(
      file.name,
      said('fileUnreadable', {}, 'The file could not be read from your computer.'),
    );
  }
  return datasetFromText(text, file.name, { kind: 'file', name: file.name }, signal);
}

interface EarlyLoad {
  dataset: string | null;
  controller: AbortController;
  outcome: Promise<LoadOutcome>;
  /** The latest progress, and whoever took the load over and wants to hear of it. */
  progress: [number, number | null] | null;
  onProgress: LoadOptions['onProgress'] | null;
}

let early: EarlyLoad | null = null;

/**
 * Starts loading the dataset a link names as soon as the app's script runs, before anything is
 * rendered, so the fetch and the parsing worker start while React draws the page; the app's own
 * load of the same dataset then takes over this one (once) instead of starting again.
 */
export function preloadFromLink(dataset: string | null): void {
  early?.controller.abort();
  const controller = new AbortController();
  const load: EarlyLoad = {
    dataset,
    controller,
    progress: null,
    onProgress: null,
    outcome: Promise.resolve(CANCELLED),
  };
  load.outcome = loadFromLink(dataset, {
    signal: controller.signal,
    onProgress: (read, total) => {
      load.progress = [read, total];
      load.onProgress?.(read, total);
    },
  });
  early = load;
}

/**
 * Loads what a link's `dataset` names: a bundled id (null: the default) or an address. Takes over
 * the early load of the same link (its signal and progress become the caller's), and aborts an
 * early load of another.
 */
export function datasetFromLink(
  dataset: string | null,
  options: LoadOptions = {},
): Promise<LoadOutcome> {
  const taken = early;
  early = null;
  if (taken?.dataset !== dataset) {
    taken?.controller.abort();
    return loadFromLink(dataset, options);
  }
  const { signal, onProgress } = options;
  if (signal?.aborted) taken.controller.abort();
  signal?.addEventListener('abort', () => taken.controller.abort(), { once: true });
  taken.onProgress = onProgress ?? null;
  if (taken.progress) onProgress?.(...taken.progress);
  return taken.outcome;
}

/** A draft kept in this browser, read from IndexedDB (that code loads only for drafts). */
async function datasetFromDraft(id: string, options: LoadOptions): Promise<LoadOutcome> {
  const name = `your draft “${id}”`;
  try {
    const { openDraftStore } = await import('../drafts/draftStore');
    const record = await (await openDraftStore()).load(id);
    if (!record) {
      return failure(
        name,
        said(
          'noDraft',
          {},
          'There is no such draft in this browser: drafts are kept only in the browser they were made in (export one to share it).',
        ),
      );
    }
    return datasetFromText(
      JSON.stringify(record.dataset),
      name,
      { kind: 'draft', id },
      options.signal,
    );
  } catch (error) {
    return failure(name, error instanceof Error ? error.message : String(error));
  }
}

function loadFromLink(dataset: string | null, options: LoadOptions): Promise<LoadOutcome> {
  const draft = draftOf(dataset);
  if (draft) return datasetFromDraft(draft, options);
  const id = dataset ?? DEFAULT_DATASET_ID;
  const bundled = BUNDLED_DATASETS.get(id);
  if (bundled) return datasetFromUrl(bundled, { ...options, bundled: id });
  if (/^https?:\/\//i.test(id)) return datasetFromUrl(id, options);
  const short = id.slice(0, 60);
  return Promise.resolve(
    failure(id, said('noBundled', { id: short }, `There is no bundled dataset “${short}”.`)),
  );
}
