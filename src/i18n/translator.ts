// One language's way of saying things: its messages (ICU MessageFormat, through FormatJS's
// intl-messageformat; the build compiles each catalogue to its syntax tree, so no parser ships),
// its dates (the pure DateFormatter, given the language's date words) and its numbers.
import { IntlMessageFormat } from 'intl-messageformat';
import { DateFormatter, type DateWords, intlTag } from '../dataset/formatDate';
import type { FilterWords } from '../model/filterSummary';
import { kindLabel } from '../model/kinds';
import type { TextDirection } from '../model/locale';
import { type Locale, localeDirection } from '../model/locales';
import type { ItemNote, TimelineWords } from '../model/timelineWords';
import type { Catalogue, MessageKey } from './catalogue';

export type MessageValues = Readonly<Record<string, string | number>>;

export interface Translator {
  readonly locale: Locale;
  readonly dir: TextDirection;
  /** The tag `Intl` formats with (Pashto's falls back to Dari's where Intl has no data). */
  readonly tag: string;
  /** The message `key`, its placeholders filled in (numbers in the language's digits). */
  t(key: MessageKey, values?: MessageValues): string;
  /**
   * The message `key` with placeholders that may be elements (a link, a `<bdi>`): its pieces in
   * order, for a view to render.
   */
  parts<T>(
    key: MessageKey,
    values: Readonly<Record<string, string | number | T>>,
  ): Array<string | T>;
  readonly dates: DateFormatter;
  /** The active filters in words (the line above the timeline, the Export dialog). */
  readonly filterWords: FilterWords;
  /** The timeline's words: its items' notes, its counts, its lanes' names. */
  readonly timeline: TimelineWords;
  /** An event kind's name: the suggested kinds in the language, others as the data writes them. */
  kindName(kind: string): string;
  /** A number in the language's digits and grouping. */
  number(value: number): string;
  /**
   * What stands between two parts of a line (" · "): in Arabic script, "، ", since a middle dot
   * beside Arabic-Indic digits reads as a zero ("۲۰۲۱ · ۱۸").
   */
  readonly separator: string;
}

function dateWords(t: Translator['t']): DateWords {
  return {
    bce: (date) => t('date.bce', { date }),
    range: (start, end) => t('date.range', { start, end }),
    onwards: (start) => t('date.onwards', { start }),
    endUnknown: (start) => t('date.endUnknown', { start }),
    until: (end) => t('date.until', { end }),
    startUnknown: (end) => t('date.startUnknown', { end }),
    qualified: (date, approximate, uncertain) =>
      approximate && uncertain
        ? t('date.approximateUncertain', { date })
        : approximate
          ? t('date.approximate', { date })
          : uncertain
            ? t('date.uncertain', { date })
            : date,
    shortOngoing: (start) => t('date.shortOngoing', { start }),
    shortEndUnknown: (start) => t('date.shortEndUnknown', { start }),
    shortUntil: (end) => t('date.shortUntil', { end }),
    shortStartUnknown: (end) => t('date.shortStartUnknown', { end }),
    shortQualified: (date, approximate, uncertain) =>
      approximate && uncertain
        ? t('date.shortApproximateUncertain', { date })
        : approximate
          ? t('date.shortApproximate', { date })
          : uncertain
            ? t('date.shortUncertain', { date })
            : date,
    undated: t('date.undated'),
  };
}

/** The kinds the format suggests (model/kinds.ts), by their names in the catalogue. */
const KINDS: Readonly<Record<string, MessageKey>> = {
  diplomacy: 'kind.diplomacy',
  statement: 'kind.statement',
  attack: 'kind.attack',
  military: 'kind.military',
  political: 'kind.political',
  humanitarian: 'kind.humanitarian',
  analysis: 'kind.analysis',
};

const NOTES: Record<ItemNote, MessageKey> = {
  day: 'timeline.noteDay',
  month: 'timeline.noteMonth',
  year: 'timeline.noteYear',
  openStart: 'timeline.noteOpenStart',
  ongoing: 'timeline.noteOngoing',
  endUnknown: 'timeline.noteEndUnknown',
  approximate: 'timeline.noteApproximate',
  uncertain: 'timeline.noteUncertain',
};

function timelineWords(
  t: Translator['t'],
  dates: DateFormatter,
  tag: string,
  kind: (kind: string) => string,
): TimelineWords {
  // Counts drawn on the timeline are short: "1.9K events" ("1,9 k", "۱٫۹ هزار"…).
  const compact = new Intl.NumberFormat(tag, { notation: 'compact', maximumFractionDigits: 1 });
  return {
    dates,
    note: (note) => t(NOTES[note]),
    count: (count) => t('timeline.count', { count, shown: compact.format(count) }),
    more: (count) => t('timeline.more', { shown: compact.format(count) }),
    aggregateLabel: (count, more, days, action) =>
      t(action === 'zoom' ? 'timeline.countZoom' : 'timeline.countList', {
        count,
        more: more ? 'yes' : 'no',
        days,
      }),
    noActor: t('timeline.noActor'),
    otherLane: (grouping, lanes) =>
      t(grouping === 'actor' ? 'timeline.otherActors' : 'timeline.otherKinds', { count: lanes }),
    period: t('timeline.periodNote'),
    kind,
    itemLabel: (title, date) => t('timeline.itemLabel', { title, date }),
    supportLabel: (label, mark) =>
      t(mark === 'disputed' ? 'timeline.disputedLabel' : 'timeline.singleSourceLabel', { label }),
    supportLegend: (mark) =>
      t(mark === 'disputed' ? 'timeline.disputedLegend' : 'timeline.singleSourceLegend'),
  };
}

function filterWords(
  t: Translator['t'],
  dates: DateFormatter,
  tag: string,
  kind: (kind: string) => string,
): FilterWords {
  // "a, b, c" in the language's way (its comma, its spaces).
  const list = new Intl.ListFormat(tag, { type: 'unit', style: 'short' });
  return {
    dates,
    list: (names) => list.format(names),
    listAndMore: (names, more) => t('filters.listAndMore', { names, more }),
    actors: (count, names, match) =>
      t(match === 'all' ? 'filters.summaryActorsAll' : 'filters.summaryActorsAny', {
        count,
        names,
      }),
    kinds: (count, names) => t('filters.summaryKinds', { count, names }),
    search: (query) => t('filters.summarySearch', { query }),
    day: (day) => t('filters.summaryDay', { day }),
    support: (which) =>
      t(which === 'disputed' ? 'filters.summaryDisputed' : 'filters.summarySingleSource'),
    kind,
  };
}

export function makeTranslator(locale: Locale, messages: Catalogue): Translator {
  // Formats with the tag Intl has data for (Pashto falls back to Dari where it has none); the
  // words are the locale's own catalogue.
  const tag = intlTag(locale);
  const formats = new Map<MessageKey, IntlMessageFormat>();
  const formatOf = (key: MessageKey): IntlMessageFormat | null => {
    let format = formats.get(key);
    if (!format) {
      // A message is its compiled syntax tree in the build, its ICU text in the unit tests.
      const message = messages[key] as ConstructorParameters<typeof IntlMessageFormat>[0];
      // A missing message shows its key; the catalogue test keeps every catalogue whole.
      if (message === undefined) return null;
      format = new IntlMessageFormat(message, tag);
      formats.set(key, format);
    }
    return format;
  };
  const t = (key: MessageKey, values?: MessageValues): string => {
    const format = formatOf(key);
    return format ? String(format.format(values)) : key;
  };
  const parts = <T>(key: MessageKey, values: Readonly<Record<string, string | number | T>>) => {
    const format = formatOf(key);
    if (!format) return [key];
    const result = format.format<T>(values as Record<string, string | number | T>);
    return Array.isArray(result) ? result : [result];
  };
  const numbers = new Intl.NumberFormat(tag);
  const dates = new DateFormatter(locale, dateWords(t));
  const kindName = (kind: string) => {
    // Own keys only: a kind named "constructor" is a kind, not Object.prototype's.
    const key = Object.hasOwn(KINDS, kind) ? KINDS[kind] : undefined;
    return key ? t(key) : kindLabel(kind);
  };
  return {
    locale,
    dir: localeDirection(locale),
    tag,
    t,
    parts,
    dates,
    timeline: timelineWords(t, dates, tag, kindName),
    filterWords: filterWords(t, dates, tag, kindName),
    kindName,
    number: (value) => numbers.format(value),
    separator: t('common.separator'),
  };
}
