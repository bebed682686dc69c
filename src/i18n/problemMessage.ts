// A dataset problem's words in the interface's language: the kinds of problem the validator
// names by a code have a message each; any other keeps the validator's English `message`. In
// English the validator's own words are shown (they say more, e.g. what was received); the
// English catalogue's are the reference the other languages translate.
import type { Problem } from '../dataset/problem';
import type { MessageKey } from './catalogue';
import type { Translator } from './translator';

export const PROBLEM_CODES: Readonly<Record<string, MessageKey>> = {
  notObject: 'problem.notObject',
  duplicateId: 'problem.duplicateId',
  invisible: 'problem.invisible',
  unknownActor: 'problem.unknownActor',
  unknownSource: 'problem.unknownSource',
  endBeforeStart: 'problem.endBeforeStart',
  schemaType: 'problem.schemaType',
  schemaTooBig: 'problem.schemaTooBig',
  schemaTooSmall: 'problem.schemaTooSmall',
  schemaUnknownKeys: 'problem.schemaUnknownKeys',
  schemaChoice: 'problem.schemaChoice',
  importMediaLeftOut: 'problem.importMediaLeftOut',
  importErasNotList: 'problem.importErasNotList',
  importSecondTitle: 'problem.importSecondTitle',
};

export function problemMessage(
  problem: Problem,
  locale: Translator['locale'],
): {
  key: MessageKey | null;
  values: Readonly<Record<string, string | number>> & { message: string };
} {
  const key = problem.code && locale !== 'en' ? (PROBLEM_CODES[problem.code] ?? null) : null;
  return { key, values: { ...problem.params, message: problem.message } };
}
