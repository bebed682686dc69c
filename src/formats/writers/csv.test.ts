import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../dataset/schema';
import { CSV_COLUMNS, eventsCsv } from './csv';

const seed = JSON.parse(
  readFileSync(new URL('../../../data/doha-talks-2021.json', import.meta.url), 'utf8'),
) as Dataset;

const rowsOf = (csv: string) => Papa.parse<string[]>(csv, { header: false }).data;

function withFirstEvent(edit: Partial<Dataset['events'][number]>): Dataset {
  const copy = structuredClone(seed);
  const [first] = copy.events;
  if (!first) throw new Error('the seed has events');
  Object.assign(first, edit);
  copy.events = [first];
  return copy;
}

describe('exporting events as CSV', () => {
  it('writes a header and one row per event, in date order, with CRLF line ends', () => {
    const csv = eventsCsv(seed);
    const rows = rowsOf(csv);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(seed.events.length + 1);
    expect(csv.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
    expect(csv).not.toMatch(/[^\r]\n(?=[^"]*$)/);
  });

  it('fills each column from the event', () => {
    const talks = rowsOf(eventsCsv(seed)).find((row) => row[0] === 'doha-talks');
    const event = seed.events.find((e) => e.id === 'doha-talks');
    expect(talks).toEqual([
      'doha-talks',
      '2021-10-09/2021-10-10',
      '9–10 October 2021',
      event?.title,
      'diplomacy',
      expect.stringMatching(/^Taliban \(participant\); /),
      event?.summary,
      event?.passages[0]?.exact,
      'Taliban: US will provide humanitarian aid to Afghanistan without recognition (Latin Post)',
    ]);
  });

  it('quotes commas, quotes and line breaks as RFC 4180 says, and reads back the same', () => {
    const summary = 'He said "no", then\r\nleft, slowly.\nThe end';
    const csv = eventsCsv(withFirstEvent({ summary, title: 'A, B and "C"' }));
    expect(csv).toContain('"A, B and ""C"""');
    const [, row] = rowsOf(csv);
    expect(row?.[3]).toBe('A, B and "C"');
    expect(row?.[6]).toBe(summary);
  });

  it.each([
    ['=HYPERLINK("https://evil.example","x")'],
    ['+1+1'],
    ['-2+3'],
    ['@SUM(A1:A2)'],
    ['\t=1'],
    ['\r=1'],
    ['=1\n+2'],
  ])('neutralises the formula %j with a leading quote', (title) => {
    const [, row] = rowsOf(eventsCsv(withFirstEvent({ title })));
    expect(row?.[3]).toBe(`'${title}`);
  });

  it('leaves cells that only contain those characters later alone', () => {
    const [, row] = rowsOf(eventsCsv(withFirstEvent({ title: 'A = B + C - D @ E' })));
    expect(row?.[3]).toBe('A = B + C - D @ E');
  });

  it('keeps astral characters and right-to-left marks as they are', () => {
    const title = '😀 𝒳 \u202Eevil\u202C';
    const [, row] = rowsOf(eventsCsv(withFirstEvent({ title })));
    expect(row?.[3]).toBe(title);
  });
});
