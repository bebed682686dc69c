// A dataset problem's words in the interface's language: the kinds of problem the validator
// names by a code have a message each; any other keeps the validator's English `message`.
import type { Problem } from '../dataset/problem';
import type { MessageKey } from './catalogue';
import type { Translator } from './translator';

const CODES: Readonly<Record<string, MessageKey>> = {};

export function problemMessage(problem: Problem): {
  key: MessageKey | null;
  values: Readonly<Record<string, string | number>> & { message: string };
} {
  const key = problem.code ? (CODES[problem.code] ?? null) : null;
  return { key, values: { ...problem.params, message: problem.message } };
}

/** A problem as one line of text ("Problem at events[3].title: …"). */
export function problemWords(problem: Problem, t: Translator['t']): string {
  const { key, values } = problemMessage(problem);
  const message = key ? t(key, values) : problem.message;
  return problem.path ? t('problem.at', { path: problem.path, message }) : message;
}
