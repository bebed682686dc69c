// From the raw text of a file to a dataset or a plain-language reason it can't be one. Runs in the
// parsing worker (or in the page where workers are unavailable, and in the CLI); the result is
// plain data. A file that is not a Sourceline dataset but a TimelineJS timeline (JSON, or its
// sheet template as CSV) is converted on the way: those importers are loaded only then, so a
// Sourceline file costs no more to read.

import { parseDataset } from '../../dataset/parse';
import type { Problem } from '../../dataset/problem';
import { type Said, said } from '../../dataset/said';
import type { LoadedDataset } from '../../dataset/types';
import { looksLikeTimelineJson } from './detect';
import type { ImportContext, ImportResult } from './fromTimeline';

export type ReadResult =
  | { ok: true; loaded: LoadedDataset }
  | { ok: false; summary: string; problems: Problem[]; said?: Said };

/** What is known of the file besides its text (used when it has to be converted). */
export interface ReadContext {
  /** Its file name or address. */
  name?: string;
  /** Its address, when it came from one. */
  url?: string;
  /** The day it is read, `YYYY-MM-DD` (default: today on this computer's calendar). */
  today?: string;
}

/** Today on the calendar of the person reading: the day an import is made. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(now.getFullYear()).padStart(4, '0')}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function importContext(context: ReadContext): ImportContext {
  return {
    name: context.name ?? 'timeline',
    ...(context.url ? { url: context.url } : {}),
    today: context.today ?? localToday(),
  };
}

function imported(result: ImportResult, format: string): ReadResult {
  if (!result.ok) return result;
  return { ok: true, loaded: { ...result.loaded, importedFrom: format } };
}

/**
 * Where JSON.parse stopped, from its message: Firefox says the line and column, Chromium the
 * position (or that the text ended early); Safari says neither (null).
 */
export function breakOf(
  body: string,
  message: string,
): { line: number; column: number; near: string } | null {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  const position = /position (\d+)/.exec(message);
  let offset: number;
  if (position) offset = Math.min(Number(position[1]), body.length);
  else if (/unexpected end/i.test(message)) offset = body.length;
  else if (lineColumn) {
    const lines = body.split('\n').slice(0, Number(lineColumn[1]) - 1);
    offset = lines.reduce((sum, line) => sum + line.length + 1, 0) + Number(lineColumn[2]) - 1;
  } else return null;
  const before = body.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  const near = body
    .slice(Math.max(0, offset - 10), offset + 10)
    .replace(/\s+/g, ' ')
    .trim();
  // The file's characters isolated from the words around them (model/bidi.ts `isolate`).
  return { line, column, near: `\u2068${near || '…'}\u2069` };
}

export async function readDatasetText(
  text: string,
  context: ReadContext = {},
): Promise<ReadResult> {
  // A byte order mark (spreadsheets write one) is not part of the content.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') {
    return {
      ok: false,
      summary: 'The file is empty.',
      problems: [],
      said: said('fileEmpty', {}, 'The file is empty.'),
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    const first = body.trimStart()[0];
    if (first !== '{' && first !== '[') {
      const { importTimelineCsv } = await import('./timelineCsv');
      return imported(importTimelineCsv(body, importContext(context)), 'TimelineJS CSV');
    }
    const detail = error instanceof Error ? error.message : String(error);
    const at = breakOf(body, detail);
    if (at) {
      // Where it breaks, in numbers and the file's own characters: words in no one language.
      const summary = `The file is not JSON: it breaks at line ${at.line}, column ${at.column}, near “${at.near}”.`;
      return { ok: false, summary, problems: [], said: said('fileNotJsonAt', at, summary) };
    }
    const summary = `The file is not JSON (${detail.slice(0, 200)}).`;
    return {
      ok: false,
      summary,
      problems: [],
      said: said('fileNotJson', { detail: detail.slice(0, 200) }, summary),
    };
  }
  if (looksLikeTimelineJson(json)) {
    const { importTimelineJson } = await import('./timelineJson');
    return imported(importTimelineJson(json, importContext(context)), 'TimelineJS JSON');
  }
  const result = parseDataset(json, { anchors: 'repair' });
  if (result.ok) return { ok: true, loaded: result.value };
  const count = result.problems.length;
  const notOurs = result.problems[0]?.path === 'format';
  const summary = notOurs
    ? 'The file is not a Sourceline dataset (sourceline/1).'
    : `The dataset has ${count} problem${count === 1 ? '' : 's'}.`;
  return {
    ok: false,
    summary,
    problems: result.problems,
    said: said(notOurs ? 'fileNotSourceline' : 'datasetProblems', { count }, summary),
  };
}
