// `npm run anchor -- <dataset.json> --source <id> --text <new-version.txt> [--write]`: re-anchors
// every passage of one source in a new version of its text and prints one JSON object per line
// per passage, {"event", "passage", "state", "score", "start", "end"} (an `ambiguous` one adds its
// "candidates"; `start` and `end` are null when it has no one place). With --write, the file gets
// the new text and the passages found word for word (`exact`, `moved`) at their new places; an
// `edited`, `ambiguous` or `lost` passage needs a person (the editor's "Update article text") and
// is left as it was, its offsets now stale (the app shows it in its state).

import { applyCommand } from '../src/dataset/commands';
import { MAX_DEPTH, tooDeep } from '../src/dataset/depth';
import { parseDataset } from '../src/dataset/parse';
import { formatProblem } from '../src/dataset/problem';
import type { PassageState } from '../src/dataset/reanchor';
import type { Dataset } from '../src/dataset/schema';
import {
  defaultDecision,
  itemKey,
  reanchorSource,
  textUpdateCommand,
} from '../src/dataset/textUpdate';

/** One line of the report: a passage, its state, and where it is now. */
export interface ReanchorLine {
  event: string;
  /** Its position among the event's passages (from 0). */
  passage: number;
  state: PassageState;
  /** From 0 to 1, three decimals. */
  score: number;
  start: number | null;
  end: number | null;
  candidates?: Array<{ start: number; end: number; score: number }>;
}

export interface TextUpdateOutcome {
  lines: ReanchorLine[];
  /** The dataset with the new text and the word-for-word passages moved; null if unreadable. */
  output: string | null;
  problems: string[];
}

const rounded = (score: number) => Math.round(score * 1000) / 1000;

/** The core of the mode: the dataset file's text, a source id and its new text in; lines out. */
export function reanchorDatasetText(
  raw: string,
  sourceId: string,
  text: string,
): TextUpdateOutcome {
  const fail = (problem: string): TextUpdateOutcome => ({
    lines: [],
    output: null,
    problems: [problem],
  });
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    return fail(`not valid JSON: ${(error as Error).message}`);
  }
  const deep = tooDeep(json);
  if (deep !== null)
    return fail(`${deep === '' ? '' : `${deep}: `}nested deeper than ${MAX_DEPTH} levels`);
  // Repair mode: a file whose offsets are already stale is still read (and re-anchored now).
  const checked = parseDataset(json, { anchors: 'repair' });
  if (!checked.ok)
    return { lines: [], output: null, problems: checked.problems.map(formatProblem) };
  // The file as written (its keys in their order), which the validator has found well formed.
  const dataset = json as Dataset;
  if (!dataset.sources.some((source) => source.id === sourceId)) {
    const known = dataset.sources.map((source) => JSON.stringify(source.id)).join(', ');
    return fail(`no source ${JSON.stringify(sourceId)} in the dataset (its sources: ${known})`);
  }
  const items = reanchorSource(dataset, sourceId, text);
  const lines = items.map(({ eventId, index, found }): ReanchorLine => {
    const placed = found.state === 'exact' || found.state === 'moved' || found.state === 'edited';
    const line: ReanchorLine = {
      event: eventId,
      passage: index,
      state: found.state,
      score: rounded(found.score),
      start: placed ? found.start : null,
      end: placed ? found.end : null,
    };
    if (found.state === 'ambiguous') {
      line.candidates = found.candidates.map((c) => ({
        start: c.start,
        end: c.end,
        score: rounded(c.score),
      }));
    }
    return line;
  });
  const decisions = new Map();
  for (const item of items) {
    const decision = defaultDecision(item);
    if (decision) decisions.set(itemKey(item), decision);
  }
  const updated = applyCommand(
    dataset,
    textUpdateCommand(dataset, sourceId, text, items, decisions, true),
  );
  return { lines, output: `${JSON.stringify(updated, null, 2)}\n`, problems: [] };
}
