// A notice the pure code made with a code (model/said.ts), in the interface's language; one
// without a code, or with a code this file does not know, in its English.
import type { Said } from '../model/said';
import type { MessageKey } from './catalogue';
import { problemWords } from './problemWords';
import type { Translator } from './translator';

const KEYS: Readonly<Record<string, MessageKey>> = {
  linkRepeated: 'notice.linkRepeated',
  linkTooLong: 'notice.linkTooLong',
  linkUnknown: 'notice.linkUnknown',
  linkNotIds: 'notice.linkNotIds',
  linkTooMany: 'notice.linkTooMany',
  linkBadChoice: 'notice.linkBadChoice',
  linkHalfWindow: 'notice.linkHalfWindow',
  linkWindowNotDate: 'notice.linkWindowNotDate',
  linkWindowReversed: 'notice.linkWindowReversed',
  linkDayNotDate: 'notice.linkDayNotDate',
  linkBadEmbed: 'notice.linkBadEmbed',
  linkBadLang: 'notice.linkBadLang',
  linkDatasetCredentials: 'notice.linkDatasetCredentials',
  linkBadDataset: 'notice.linkBadDataset',
  linkBadEvent: 'notice.linkBadEvent',
  linkQueryCut: 'notice.linkQueryCut',
  pathNotAPage: 'notice.pathNotAPage',
  pathNamesTwice: 'notice.pathNamesTwice',
  viewNoActors: 'notice.viewNoActors',
  viewNoKinds: 'notice.viewNoKinds',
  viewNoEvent: 'notice.viewNoEvent',
  viewWindowNarrowed: 'notice.viewWindowNarrowed',
  viewWindowFar: 'notice.viewWindowFar',
  viewHiddenDeselected: 'notice.viewHiddenDeselected',
  viewFiltersCleared: 'notice.viewFiltersCleared',
  historyMismatch: 'notice.historyMismatch',
  historyFileGone: 'notice.historyFileGone',
  loadCancelled: 'notice.loadCancelled',
  changeNotApplied: 'notice.changeNotApplied',
  imported: 'notice.imported',
  importedWithLosses: 'notice.importedWithLosses',
  openedFile: 'notice.openedFile',
  fetchFailed: 'notice.fetchFailed',
  httpStatus: 'notice.httpStatus',
  webPage: 'notice.webPage',
  tooLarge: 'notice.tooLarge',
  fileTooLarge: 'notice.fileTooLarge',
  fileUnreadable: 'notice.fileUnreadable',
  noDraft: 'notice.noDraft',
  noBundled: 'notice.noBundled',
  downloadCorrupt: 'notice.downloadCorrupt',
  downloadCutAtStart: 'notice.downloadCutAtStart',
  downloadCut: 'notice.downloadCut',
  downloadStalled: 'notice.downloadStalled',
  fileEmpty: 'notice.fileEmpty',
  fileNotJson: 'notice.fileNotJson',
  fileNotJsonAt: 'notice.fileNotJsonAt',
  fileNotSourceline: 'notice.fileNotSourceline',
  datasetProblems: 'notice.datasetProblems',
  notLoaded: 'notice.notLoaded',
  eventDeleted: 'notice.eventDeleted',
  readCrashed: 'notice.readCrashed',
  noModuleWorkers: 'notice.noModuleWorkers',
  timelineJs2: 'notice.timelineJs2',
  notTimeline: 'notice.notTimeline',
  csvQuote: 'notice.csvQuote',
  notCsvSheet: 'notice.notCsvSheet',
  timelineProblems: 'notice.timelineProblems',
  timelineInvalid: 'notice.timelineInvalid',
  // Why an edit does not fit the dataset (dataset/commands.ts `CommandError`).
  commandNoRecord: 'notice.commandNoRecord',
  commandBadPosition: 'notice.commandBadPosition',
  commandNotToRemove: 'notice.commandNotToRemove',
  commandFieldChanged: 'notice.commandFieldChanged',
  commandPassageChanged: 'notice.commandPassageChanged',
  commandHasPeriods: 'notice.commandHasPeriods',
  commandNoPeriods: 'notice.commandNoPeriods',
  commandOtherPeriods: 'notice.commandOtherPeriods',
  commandNoDecision: 'notice.commandNoDecision',
  commandNoPlace: 'notice.commandNoPlace',
  commandNoPassage: 'notice.commandNoPassage',
  suggestionGone: 'editor.suggestionGone',
};

/** The states of a loaded dataset's passages not at their offsets, each said when there are some. */
const PASSAGE_STATES: ReadonlyArray<[string, MessageKey]> = [
  ['found', 'notice.passagesFound'],
  ['edited', 'notice.passagesEdited'],
  ['ambiguous', 'notice.passagesAmbiguous'],
  ['lost', 'notice.passagesLost'],
];

function passageStates(said: Said, { t }: Pick<Translator, 't'>): string {
  const parts = PASSAGE_STATES.flatMap(([name, key]) => {
    const count = said.values[name];
    return typeof count === 'number' && count > 0 ? [t(key, { count })] : [];
  });
  return t('notice.passageStates', { parts: parts.join(t('claims.separator')) });
}

export function noticeWords(
  said: Said,
  translator: Pick<Translator, 't' | 'tag' | 'locale'>,
): string {
  if (said.code === 'passageStates') return passageStates(said, translator);
  const key = Object.hasOwn(KEYS, said.code) ? KEYS[said.code] : undefined;
  if (!key) {
    // Words about a problem of a file (what an import could not keep), else as written.
    const params = plainValues(said, translator);
    return problemWords({ code: said.code, params }, translator) ?? said.text;
  }
  return translator.t(key, plainValues(said, translator));
}

function plainValues(
  said: Said,
  translator: Pick<Translator, 't' | 'tag' | 'locale'>,
): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(said.values)) {
    if (typeof value !== 'object') values[name] = value;
    else if ('code' in value) values[name] = noticeWords(value, translator);
    else values[name] = new Intl.ListFormat(translator.tag, { type: 'disjunction' }).format(value);
  }
  return values;
}
