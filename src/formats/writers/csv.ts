// The events of a dataset as a spreadsheet: RFC 4180 CSV written by papaparse, one row per event,
// safe to open in a spreadsheet (formula injection neutralised, as OWASP recommends).
import Papa from 'papaparse';
import { parseEdtf, sortDay } from '../../dataset/edtf';
import { formatEventDate } from '../../dataset/formatDate';
import type { Dataset } from '../../dataset/schema';

export const CSV_COLUMNS = [
  'id',
  'date (EDTF)',
  'date in words',
  'title',
  'kind',
  'actors',
  'summary',
  'first passage',
  'source',
] as const;

/**
 * A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, or a tab or carriage return
 * first) gets a leading `'`. papaparse's own `escapeFormulae: true` misses a formula followed by
 * a line break (its pattern's `.*$` does not cross lines), so the pattern is given here.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** The events, in date order (then file order), as CSV with a header row. */
export function eventsCsv(dataset: Dataset): string {
  const actors = new Map(dataset.actors.map((actor) => [actor.id, actor]));
  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
  const rows = dataset.events.map((event, index) => {
    const parsed = parseEdtf(event.date.value);
    const first = event.passages[0];
    const source = first ? sources.get(first.source) : undefined;
    return {
      index,
      sortDay: parsed.ok ? sortDay(parsed.date) : 0,
      cells: [
        event.id,
        event.date.value,
        parsed.ok ? formatEventDate(parsed.date) : '',
        event.title,
        event.kind,
        event.actors.map((ref) => `${actors.get(ref.id)?.name ?? ref.id} (${ref.role})`).join('; '),
        event.summary,
        first?.exact ?? '',
        source ? `${source.title} (${source.publisher})` : '',
      ],
    };
  });
  rows.sort((a, b) => a.sortDay - b.sortDay || a.index - b.index);
  return Papa.unparse(
    { fields: [...CSV_COLUMNS], data: rows.map((row) => row.cells) },
    { newline: '\r\n', quotes: false, escapeFormulae: FORMULA_START },
  );
}
