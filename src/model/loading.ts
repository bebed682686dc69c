// The words and rules of loading a dataset that a person sees: amounts downloaded, when progress
// is worth showing, why a download failed, and where the data came from.
import { isolate } from './bidi';
import { type Said, said } from './said';

const KB = 1024;
const MB = 1024 * 1024;

/** Downloads over this size show their progress. */
export const PROGRESS_MIN_BYTES = MB;
/** …and so does any download still running after this long (a slow or dripping one). */
export const PROGRESS_AFTER_MS = 1_000;

function amount(bytes: number, unit: number): string {
  const value = bytes / unit;
  if (unit === 1) return String(bytes);
  return value < 10 ? value.toFixed(1) : String(Math.round(value));
}

function unitFor(bytes: number): { unit: number; name: string } {
  if (bytes >= MB) return { unit: MB, name: 'MB' };
  if (bytes >= KB) return { unit: KB, name: 'KB' };
  return { unit: 1, name: bytes === 1 ? 'byte' : 'bytes' };
}

/** "37 bytes", "15 KB", "3.2 MB", "12 MB" (1 MB = 1024 × 1024 bytes, as the size limit). */
export function formatBytes(bytes: number): string {
  const { unit, name } = unitFor(bytes);
  return `${amount(bytes, unit)} ${name}`;
}

/** "3.2 of 12 MB" when the total is known (both in the total's unit), else "3.2 MB". */
export function formatProgress(bytesRead: number, totalBytes: number | null): string {
  if (totalBytes === null) return formatBytes(bytesRead);
  const { unit, name } = unitFor(totalBytes);
  return `${amount(bytesRead, unit)} of ${amount(totalBytes, unit)} ${name}`;
}

/**
 * A download's progress as numbers in one unit, for a view to put in words in its language:
 * `read` and `total` rounded as `formatProgress` rounds them.
 */
export function progressAmounts(
  bytesRead: number,
  totalBytes: number | null,
): { read: number; total: number | null; unit: 'MB' | 'KB' | 'bytes' } {
  const { unit } = unitFor(totalBytes ?? bytesRead);
  const rounded = (bytes: number) => Number(amount(bytes, unit));
  return {
    read: rounded(bytesRead),
    total: totalBytes === null ? null : rounded(totalBytes),
    unit: unit === MB ? 'MB' : unit === KB ? 'KB' : 'bytes',
  };
}

/** Whether a download is big or slow enough for its progress to be worth showing. */
export function showsProgress(
  bytesRead: number,
  totalBytes: number | null,
  elapsedMs: number,
): boolean {
  return (
    bytesRead > PROGRESS_MIN_BYTES ||
    (totalBytes ?? 0) > PROGRESS_MIN_BYTES ||
    elapsedMs >= PROGRESS_AFTER_MS
  );
}

/** A body that stopped arriving: the connection was lost, or its compression is corrupt. */
export function bodyFailureSaid(
  name: string,
  bytesRead: number,
  totalBytes: number | null,
  /** The response's Content-Encoding, when the browser lets us read it (same origin or exposed). */
  encoding: string | null,
): Said {
  const compressed = encoding !== null && !/^\s*identity\s*$/i.test(encoding);
  const file = isolate(name);
  if (compressed) {
    return said(
      'downloadCorrupt',
      { name: file, encoding: encoding.trim() },
      `The download of ${file} could not be decompressed: the server sent it compressed (${encoding.trim()}), but the compressed data is corrupt.`,
    );
  }
  if (bytesRead === 0) {
    // Cross-origin, a corrupt compressed body looks exactly like a lost connection.
    return said(
      'downloadCutAtStart',
      { name: file },
      `The download of ${file} was cut off before any data arrived: the connection was lost, or the server sent compressed data that is corrupt.`,
    );
  }
  const got = totalBytes === null ? formatBytes(bytesRead) : formatProgress(bytesRead, totalBytes);
  const { read, total, unit } = progressAmounts(bytesRead, totalBytes);
  return said(
    'downloadCut',
    { name: file, read, total: total ?? -1, unit },
    `The download of ${file} was cut off after ${got}: the connection was lost before the whole file arrived.`,
  );
}

export function bodyFailureSummary(...args: Parameters<typeof bodyFailureSaid>): string {
  return bodyFailureSaid(...args).text;
}

/** A download that sent nothing for `seconds`. */
export function stallSaid(name: string, seconds: number, bytesRead: number): Said {
  const got = bytesRead === 0 ? 'before any data arrived' : `after ${formatBytes(bytesRead)}`;
  const { read, unit } = progressAmounts(bytesRead, null);
  return said(
    'downloadStalled',
    { name: isolate(name), seconds, read, unit },
    `${isolate(name)} stopped sending data for ${seconds} seconds (${got}), so the download was stopped.`,
  );
}

export function stallSummary(name: string, seconds: number, bytesRead: number): string {
  return stallSaid(name, seconds, bytesRead).text;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** The host the data came from and the one asked for (they differ after a redirect). */
export function originHosts(
  requestedUrl: string,
  finalUrl: string,
): { asked: string; got: string } {
  return { asked: hostOf(requestedUrl), got: hostOf(finalUrl) };
}

/**
 * Where a dataset from an address came from: the host the data actually came from, and the one
 * asked for when a redirect led elsewhere ("Loaded from b.example (redirected from a.example)").
 */
export function originLine(requestedUrl: string, finalUrl: string): string {
  const asked = hostOf(requestedUrl);
  const got = hostOf(finalUrl);
  return got === asked ? `Loaded from ${got}` : `Loaded from ${got} (redirected from ${asked})`;
}
