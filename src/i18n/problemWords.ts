// A dataset problem's words in the interface's language. Every problem the validator or an import
// finds carries a code with values (problemWords.test.ts runs broken datasets and files through
// them to hold that); a problem without one, or with a code this file does not know, keeps its
// English `message`. In English the validator's own words are shown (they say more, e.g. what
// was received); the English catalogue's are the reference the other languages translate.
import type { Problem } from '../dataset/problem';
import { isolate } from '../model/bidi';
import type { MessageKey } from './catalogue';
import type { Translator } from './translator';

export const PROBLEM_CODES: Readonly<Record<string, MessageKey>> = {
  notObject: 'problem.notObject',
  tooDeep: 'problem.tooDeep',
  formatMissing: 'problem.formatMissing',
  formatUnsupported: 'problem.formatUnsupported',
  duplicateId: 'problem.duplicateId',
  invisible: 'problem.invisible',
  unknownActor: 'problem.unknownActor',
  unknownSource: 'problem.unknownSource',
  endBeforeStart: 'problem.endBeforeStart',
  schemaType: 'problem.schemaType',
  schemaMissing: 'problem.schemaMissing',
  schemaTooBig: 'problem.schemaTooBig',
  schemaTooSmall: 'problem.schemaTooSmall',
  schemaUnknownKeys: 'problem.schemaUnknownKeys',
  schemaChoice: 'problem.schemaChoice',
  schemaInvalid: 'problem.schemaInvalid',
  schemaSlug: 'problem.schemaSlug',
  schemaEmpty: 'problem.schemaEmpty',
  schemaLanguageTag: 'problem.schemaLanguageTag',
  schemaHttp: 'problem.schemaHttp',
  schemaNoPassage: 'problem.schemaNoPassage',
  schemaNoSource: 'problem.schemaNoSource',
  publishedNotDay: 'problem.publishedNotDay',
  actorRepeats: 'problem.actorRepeats',
  passageRepeats: 'problem.passageRepeats',
  splitsCharacter: 'problem.splitsCharacter',
  cutsCharacter: 'problem.cutsCharacter',
  quoteNotThere: 'problem.quoteNotThere',
  prefixNotThere: 'problem.prefixNotThere',
  suffixNotThere: 'problem.suffixNotThere',
  figureNoValue: 'problem.figureNoValue',
  figureBoth: 'problem.figureBoth',
  figureMaxBelowMin: 'problem.figureMaxBelowMin',
  figureHedgeOnRange: 'problem.figureHedgeOnRange',
  quotesOwnSource: 'problem.quotesOwnSource',
  endNotAfterStart: 'problem.endNotAfterStart',
  pastTextEnd: 'problem.pastTextEnd',
  dateEmpty: 'problem.dateEmpty',
  dateNotEdtf: 'problem.dateNotEdtf',
  dateUnsupported: 'problem.dateUnsupported',
  dateYearRange: 'problem.dateYearRange',
  dateNoSuchDay: 'problem.dateNoSuchDay',
  dateNoKnownEnd: 'problem.dateNoKnownEnd',
  dateReversed: 'problem.dateReversed',
  importNoSlides: 'problem.importNoSlides',
  importNotSlide: 'problem.importNotSlide',
  importNoDate: 'problem.importNoDate',
  importNoEndDate: 'problem.importNoEndDate',
  importDateNotObject: 'problem.importDateNotObject',
  importNotWhole: 'problem.importNotWhole',
  importNoYear: 'problem.importNoYear',
  importNoEndYear: 'problem.importNoEndYear',
  importYearTooFar: 'problem.importYearTooFar',
  importMonthRange: 'problem.importMonthRange',
  importDayRange: 'problem.importDayRange',
  importMediaLeftOut: 'problem.importMediaLeftOut',
  importErasNotList: 'problem.importErasNotList',
  importSecondTitle: 'problem.importSecondTitle',
  csvQuotes: 'problem.csvQuotes',
};

/** Values that choose between a message's forms (ICU `select`): codes, never shown as they are. */
const CHOICES = new Set(['state', 'leftOut', 'part', 'slideKind', 'expected']);

type Words = Pick<Translator, 't' | 'locale'>;
type Params = Readonly<Record<string, string | number>>;

/** Strings from the file (an id, a headline, a path) isolated among the message's own words. */
function shownValues(params: Params): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    values[name] = typeof value === 'string' && !CHOICES.has(name) ? isolate(value) : value;
  }
  return values;
}

/** How a problem of an imported slide names it: `slide 3 (“Headline”)`, `“Headline”`, or none. */
function slideName(params: Params, t: Translator['t']): string {
  const n = Number(params.slideNumber);
  const headline = typeof params.headline === 'string' ? params.headline : '';
  const shown = isolate(headline);
  switch (params.slideKind) {
    case 'slide':
      return headline
        ? t('problem.label.slideNamed', { n, headline: shown })
        : t('problem.label.slide', { n });
    case 'era':
      return headline
        ? t('problem.label.eraNamed', { n, headline: shown })
        : t('problem.label.era', { n });
    default:
      return headline ? t('problem.label.named', { headline: shown }) : '';
  }
}

/**
 * A problem's words in the interface's language, or null where its English `message` is to be
 * shown (in English, or for a problem without a known code).
 */
export function problemWords(
  problem: Pick<Problem, 'code' | 'params'>,
  { t, locale }: Words,
): string | null {
  const key =
    problem.code && Object.hasOwn(PROBLEM_CODES, problem.code)
      ? PROBLEM_CODES[problem.code]
      : undefined;
  if (!key || locale === 'en') return null;
  const params = problem.params ?? {};
  let words = t(key, shownValues(params));
  if (params.leftOut === 'event' || params.leftOut === 'period') {
    words = t('problem.leftOut', { leftOut: params.leftOut, reason: words });
  }
  const name = params.slideKind ? slideName(params, t) : '';
  return name ? t('problem.labelled', { label: name, message: words }) : words;
}

/** Where a problem is: its JSON path as written, or a sheet's row (and column) in words. */
export function problemPlace(problem: Problem, { t, locale }: Words): string {
  const row = problem.params?.sheetRow;
  if (typeof row !== 'number' || locale === 'en') return problem.path;
  const column = problem.params?.sheetColumn;
  return typeof column === 'string'
    ? t('problem.sheetCell', { row, column: isolate(column) })
    : t('problem.sheetRow', { row });
}
