import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { offsetsMatch } from '../../dataset/anchor';
import type { LoadedDataset } from '../../dataset/types';
import type { ImportContext } from './fromTimeline';
import { importTimelineCsv } from './timelineCsv';

const context: ImportContext = { name: 'sheet.csv', today: '2026-12-01' };

const HEADER = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Type',
  'Group',
  'Background',
];

type Row = Partial<Record<(typeof HEADER)[number], string>>;

/** A sheet as Google Sheets exports it (papaparse writes the quoting). */
function sheet(rows: Row[], header: readonly string[] = HEADER): string {
  return Papa.unparse({
    fields: [...header],
    data: rows.map((row) => header.map((name) => row[name] ?? '')),
  });
}

function imported(text: string): LoadedDataset {
  const result = importTimelineCsv(text, context);
  if (!result.ok) throw new Error(`${result.summary} ${JSON.stringify(result.problems)}`);
  return result.loaded;
}

describe('importing TimelineJS’s sheet template as CSV', () => {
  it('reads the title row, events and eras, by column name', () => {
    const { dataset } = imported(
      sheet([
        { Type: 'title', Headline: 'Space race', Text: '<p>From Sputnik to Apollo.</p>' },
        { Year: '1957', Month: '10', Day: '4', Headline: 'Sputnik 1', Group: 'Soviet Union' },
        {
          Year: '1969',
          Month: '7',
          Day: '16',
          'End Year': '1969',
          'End Month': '7',
          'End Day': '24',
          'Display Date': 'July 1969',
          Headline: 'Apollo 11',
          Text: 'Launch to splashdown.',
          Media: 'https://example.org/apollo.jpg',
          'Media Credit': 'NASA',
          'Media Caption': 'Liftoff',
          Group: 'United States',
        },
        { Year: '1955', 'End Year': '1975', Headline: 'The space race', Type: 'era' },
      ]),
    );
    expect(dataset.title).toBe('Space race');
    expect(dataset.description).toBe('From Sputnik to Apollo.');
    expect(dataset.events.map((e) => [e.title, e.date.value, e.kind])).toEqual([
      ['Sputnik 1', '1957-10-04', 'soviet-union'],
      ['Apollo 11', '1969-07-16/1969-07-24', 'united-states'],
    ]);
    expect(dataset.events[1]?.date.expression).toBe('July 1969');
    expect(dataset.events[1]?.media).toEqual({
      url: 'https://example.org/apollo.jpg',
      caption: 'Liftoff',
      credit: 'NASA',
    });
    expect(dataset.periods).toEqual([
      expect.objectContaining({
        id: 'the-space-race',
        title: 'The space race',
        date: expect.objectContaining({ value: '1955/1975' }),
      }),
    ]);
  });

  it('reads quotes, commas and line breaks inside cells', () => {
    const text = [
      'Year,Headline,Text',
      '1914,"War, declared","He said ""enough"".',
      'A second line, with a comma."',
      '1918,Armistice,"<p>One</p>',
      '<p>Two</p>"',
    ].join('\r\n');
    const { dataset } = imported(text);
    expect(dataset.events.map((e) => e.title)).toEqual(['War, declared', 'Armistice']);
    const source = dataset.sources[0]?.text ?? '';
    expect(source).toContain('War, declared\nHe said "enough". A second line, with a comma.');
    expect(source).toContain('Armistice\nOne\nTwo');
    for (const event of dataset.events) {
      const passage = event.passages[0];
      expect(passage && offsetsMatch(source, passage)).toBe(true);
    }
  });

  it('reads older sheets that say Tag for Group, any case and spacing of the headers', () => {
    const text = 'YEAR, Head Line ,tag\n2000,Y2K,Tech\n';
    expect(imported(text).dataset.events[0]).toMatchObject({ title: 'Y2K', kind: 'tech' });
  });

  it('reads a semicolon-separated sheet (a spreadsheet’s export in many locales)', () => {
    const { dataset } = imported('Year;Month;Headline\n1989;11;Wall falls\n');
    expect(dataset.events[0]?.date.value).toBe('1989-11');
  });

  it('skips blank rows but keeps the sheet’s row numbers in messages', () => {
    const { summary, problems } = (() => {
      const result = importTimelineCsv(
        sheet([
          { Year: '1900', Headline: 'Fine' },
          {},
          { Year: 'soon', Headline: 'Bad year' },
          { Year: '1901', Month: '14', Headline: 'Bad month' },
          { Year: '400000', Headline: 'Too far' },
        ]),
        context,
      );
      if (result.ok) throw new Error('expected a refusal');
      return result;
    })();
    expect(summary).toBe('The TimelineJS file has 3 problems.');
    // The row, its column and the headline as values too, for a view in another language.
    const row = (sheetRow: number, sheetColumn: string, headline: string) => ({
      sheetRow,
      sheetColumn,
      slideKind: 'row',
      slideNumber: sheetRow - 2,
      headline,
    });
    expect(problems).toEqual([
      {
        path: 'row 4, Year',
        message: '“Bad year”: year "soon" is not a whole number',
        code: 'importNotWhole',
        params: { part: 'year', raw: 'soon', ...row(4, 'Year', 'Bad year') },
      },
      {
        path: 'row 5, Month',
        message: '“Bad month”: month 14 is not between 1 and 12',
        code: 'importMonthRange',
        params: { month: 14, ...row(5, 'Month', 'Bad month') },
      },
      {
        path: 'row 6, Year',
        message: '“Too far”: year 400000 is beyond what the timeline can draw (±270,000 years)',
        code: 'importYearTooFar',
        params: { year: 400000, max: 270000, ...row(6, 'Year', 'Too far') },
      },
    ]);
  });

  it('notes what it could not keep, with the sheet’s column names', () => {
    const { warnings, dataset } = imported(
      sheet([
        { Type: 'title', Headline: 'First title' },
        { Year: '2001', Time: '10:30', Headline: 'Timed' },
        { Year: '2002', Headline: 'Embedded', Media: '<blockquote>tweet</blockquote>' },
        { Type: 'title', Year: '2003', Headline: 'Second title' },
      ]),
    );
    expect(warnings.map((w) => w.path)).toEqual(['row 5', 'row 4, Media']);
    expect(dataset.events[0]?.date.note).toContain('Left out: a time of day');
  });

  it('turns hostile cells into inert text', () => {
    const { dataset } = imported(
      sheet([
        {
          Year: '2020',
          Headline: '<script>alert(1)</script>Headline',
          Text: '<img src=x onerror=alert(2)><a href="javascript:alert(3)">text</a>',
          Media: 'javascript:alert(4)',
          Group: '=HYPERLINK("x")',
        },
      ]),
    );
    expect(JSON.stringify(dataset)).not.toMatch(/<script|<img|onerror|javascript:|alert\(/);
    expect(dataset.events[0]).toMatchObject({ title: 'Headline', kind: 'hyperlink-x' });
  });

  it('refuses a CSV that is not the template, and one with an unclosed quote', () => {
    const other = importTimelineCsv('name,email\nAda,ada@example.org\n', context);
    expect(other).toMatchObject({
      ok: false,
      summary: expect.stringMatching(/not JSON, nor a TimelineJS sheet/),
    });
    const broken = importTimelineCsv('Year,Headline\n1900,"never closed\n', context);
    expect(broken).toMatchObject({
      ok: false,
      summary: expect.stringMatching(/quoted cell is never closed/),
    });
  });
});
