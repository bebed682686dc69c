// What the app keeps in each browser history entry besides the URL: which dataset the entry's
// view belongs to, as structured data (a file can't be named in a URL, and two openings of one
// file are two datasets). Compared field by field; an entry written by anything else (another
// version of the app, another script on the page) reads as none.
import type { DatasetOrigin } from './types';

export type DatasetKey =
  | { kind: 'bundled'; id: string }
  | { kind: 'url'; url: string }
  | { kind: 'file'; name: string; opening: number }
  | { kind: 'draft'; id: string };

export interface HistoryEntry {
  /** The dataset the entry's view belongs to; null when nothing was on screen. */
  dataset: DatasetKey | null;
}

/** Names the dataset a view belongs to (the address asked for, not where it redirected). */
export function datasetKey(origin: DatasetOrigin | null): DatasetKey | null {
  if (!origin) return null;
  if (origin.kind === 'bundled') return { kind: 'bundled', id: origin.id };
  if (origin.kind === 'url') return { kind: 'url', url: origin.url };
  if (origin.kind === 'draft') return { kind: 'draft', id: origin.id };
  return { kind: 'file', name: origin.name, opening: origin.opening ?? 0 };
}

export function sameDatasetKey(a: DatasetKey | null, b: DatasetKey | null): boolean {
  if (a === null || b === null) return a === b;
  switch (a.kind) {
    case 'bundled':
      return b.kind === 'bundled' && a.id === b.id;
    case 'url':
      return b.kind === 'url' && a.url === b.url;
    case 'file':
      return b.kind === 'file' && a.name === b.name && a.opening === b.opening;
    case 'draft':
      return b.kind === 'draft' && a.id === b.id;
  }
}

const isString = (value: unknown): value is string => typeof value === 'string';

/** The key in a history entry's state, if it is one this app wrote. */
function readDatasetKey(value: unknown): DatasetKey | null {
  if (typeof value !== 'object' || value === null) return null;
  const key = value as Record<string, unknown>;
  if (key.kind === 'bundled' && isString(key.id)) return { kind: 'bundled', id: key.id };
  if (key.kind === 'url' && isString(key.url)) return { kind: 'url', url: key.url };
  if (key.kind === 'draft' && isString(key.id)) return { kind: 'draft', id: key.id };
  if (key.kind === 'file' && isString(key.name) && Number.isInteger(key.opening)) {
    return { kind: 'file', name: key.name, opening: key.opening as number };
  }
  return null;
}

/** The entry this app wrote into `history.state`, or null for any other state. */
export function readHistoryEntry(state: unknown): HistoryEntry | null {
  if (typeof state !== 'object' || state === null || !('dataset' in state)) return null;
  const { dataset } = state as { dataset: unknown };
  if (dataset === null) return { dataset: null };
  const key = readDatasetKey(dataset);
  return key ? { dataset: key } : null;
}
