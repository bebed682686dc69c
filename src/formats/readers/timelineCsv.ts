// TimelineJS's Google Sheets template, exported as CSV. Parsed by papaparse (quotes, commas and
// newlines inside cells, any common delimiter); columns are found by name, as TimelineJS does:
// lower case, spaces removed, and `Tag` read as `Group` as in older sheets.
import Papa from 'papaparse';
import type { Problem } from '../../dataset/problem';
import { type Said, said } from '../../dataset/said';
import {
  type ImportContext,
  type ImportResult,
  type SlideInput,
  timelineToDataset,
} from './fromTimeline';

const COLUMNS = [
  'year',
  'month',
  'day',
  'time',
  'endyear',
  'endmonth',
  'endday',
  'endtime',
  'displaydate',
  'headline',
  'text',
  'media',
  'mediacredit',
  'mediacaption',
  'type',
  'group',
  'tag',
] as const;
type Column = (typeof COLUMNS)[number];

const columnName = (header: string) => header.toLowerCase().replace(/[\s_]+/g, '');

type Read =
  | { ok: true; title?: SlideInput; events: SlideInput[]; eras: SlideInput[]; notes: Problem[] }
  | { ok: false; summary: string; problems: Problem[]; said?: Said };

/** The rows of a TimelineJS sheet as slides (in TimelineJS's JSON shape), with their row numbers. */
export function readTimelineCsv(text: string): Read {
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false });
  const quoteErrors = parsed.errors.filter((error) => error.type === 'Quotes');
  if (quoteErrors.length > 0) {
    const summary = 'The file is not valid CSV: a quoted cell is never closed.';
    return {
      ok: false,
      summary,
      said: said('csvQuote', {}, summary),
      problems: quoteErrors.slice(0, 20).map((error) =>
        error.row === undefined
          ? { path: '', message: error.message, code: 'csvQuotes' }
          : {
              path: `row ${error.row + 1}`,
              message: error.message,
              code: 'csvQuotes',
              params: { sheetRow: error.row + 1 },
            },
      ),
    };
  }
  const [header = [], ...rows] = parsed.data;
  const index = new Map<Column, number>();
  header.forEach((name, i) => {
    const column = columnName(name) as Column;
    if ((COLUMNS as readonly string[]).includes(column) && !index.has(column)) index.set(column, i);
  });
  if (!index.has('year') || !index.has('headline')) {
    const summary =
      'The file is not JSON, nor a TimelineJS sheet (CSV with Year, Month, Day, … Headline, Text columns).';
    return { ok: false, summary, problems: [], said: said('notCsvSheet', {}, summary) };
  }
  const cell = (row: string[], column: Column) => {
    const i = index.get(column);
    return i === undefined ? '' : (row[i] ?? '').trim();
  };
  const result: Extract<Read, { ok: true }> = { ok: true, events: [], eras: [], notes: [] };
  rows.forEach((row, i) => {
    if (row.every((value) => value.trim() === '')) return;
    // Row 1 is the header, so the first slide is on row 2, as the sheet numbers it.
    const where = `row ${i + 2}`;
    const slide = {
      start_date: {
        year: cell(row, 'year'),
        month: cell(row, 'month'),
        day: cell(row, 'day'),
        time: cell(row, 'time'),
      },
      end_date: {
        year: cell(row, 'endyear'),
        month: cell(row, 'endmonth'),
        day: cell(row, 'endday'),
        time: cell(row, 'endtime'),
      },
      display_date: cell(row, 'displaydate'),
      text: { headline: cell(row, 'headline'), text: cell(row, 'text') },
      media: {
        url: cell(row, 'media'),
        credit: cell(row, 'mediacredit'),
        caption: cell(row, 'mediacaption'),
      },
      group: cell(row, 'group') || cell(row, 'tag'),
      unique_id: '',
    };
    const type = cell(row, 'type').toLowerCase();
    if (type === 'title' && !result.title) {
      const { start_date: _start, end_date: _end, ...title } = slide;
      result.title = { slide: title, where, row: true };
    } else if (type === 'era') {
      result.eras.push({ slide, where, row: true });
    } else {
      if (type === 'title') {
        result.notes.push({
          path: where,
          message: 'a second title row: read as an event, as TimelineJS does',
          code: 'importSecondTitle',
        });
      }
      result.events.push({ slide, where, row: true });
    }
  });
  return result;
}

/** The sheet's own column names for the fields problems point at. */
const FIELD_COLUMNS: ReadonlyArray<readonly [field: string, column: string]> = [
  ['.start_date.year', 'Year'],
  ['.start_date.month', 'Month'],
  ['.start_date.day', 'Day'],
  ['.start_date', 'Year'],
  ['.end_date.year', 'End Year'],
  ['.end_date.month', 'End Month'],
  ['.end_date.day', 'End Day'],
  ['.end_date', 'End Year'],
  ['.media', 'Media'],
];

/**
 * `row 5.start_date.month` → `row 5, Month`: where a person finds it in the sheet; the row and
 * column also as values, for a view to say where in its words (i18n/problemWords.ts).
 */
function sheetPath(problem: Problem): Problem {
  const row = /^row (\d+)/.exec(problem.path)?.[1];
  if (row === undefined) return problem;
  const params = { ...problem.params, sheetRow: Number(row) };
  for (const [field, column] of FIELD_COLUMNS) {
    if (problem.path.endsWith(field)) {
      const path = `${problem.path.slice(0, -field.length)}, ${column}`;
      return { ...problem, path, params: { ...params, sheetColumn: column } };
    }
  }
  return { ...problem, params };
}

/** A TimelineJS sheet (CSV) as a Sourceline dataset. */
export function importTimelineCsv(text: string, context: ImportContext): ImportResult {
  const read = readTimelineCsv(text);
  if (!read.ok) return read;
  const { ok: _ok, ...timeline } = read;
  const result = timelineToDataset(timeline, context);
  if (!result.ok) return { ...result, problems: result.problems.map(sheetPath) };
  const notes = result.notes.map(sheetPath);
  result.loaded.warnings = result.loaded.warnings.map(sheetPath);
  return { ...result, notes };
}
