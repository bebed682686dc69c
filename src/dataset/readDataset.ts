// From the raw text of a file to a dataset or a plain-language reason it can't be one. Runs in the
// parsing worker (or in the page where workers are unavailable); the result is plain data.
import { type LoadedDataset, type Problem, parseDataset } from './parse';

export type ReadResult =
  | { ok: true; loaded: LoadedDataset }
  | { ok: false; summary: string; problems: Problem[] };

export function readDatasetText(text: string): ReadResult {
  if (text.trim() === '') return { ok: false, summary: 'The file is empty.', problems: [] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, summary: `The file is not JSON (${detail.slice(0, 200)}).`, problems: [] };
  }
  const result = parseDataset(json, { anchors: 'repair' });
  if (result.ok) return { ok: true, loaded: result.value };
  const count = result.problems.length;
  return {
    ok: false,
    summary:
      result.problems[0]?.path === 'format'
        ? 'The file is not a Sourceline dataset (sourceline/1).'
        : `The dataset has ${count} problem${count === 1 ? '' : 's'}.`,
    problems: result.problems,
  };
}
