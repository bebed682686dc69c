import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { breakOf, localToday, readDatasetText } from './readDataset';

const seed = readFileSync(new URL('../../../data/doha-talks-2021.json', import.meta.url), 'utf8');

const TIMELINE = JSON.stringify({
  title: { text: { headline: 'Moon landings' } },
  events: [{ start_date: { year: 1969, month: 7, day: 20 }, text: { headline: 'Apollo 11' } }],
});
const SHEET = 'Year,Month,Day,Headline\r\n1969,7,20,Apollo 11\r\n1972,12,,Apollo 17\r\n';

describe('readDatasetText tells formats apart by their content', () => {
  it('reads a Sourceline dataset as it is, unconverted', async () => {
    const result = await readDatasetText(seed, { name: 'seed.json' });
    expect(result.ok && result.loaded.importedFrom).toBeNull();
    expect(result.ok && result.loaded.events).toHaveLength(18);
  });

  it('converts a TimelineJS JSON file, bare or wrapped, whatever its name', async () => {
    for (const text of [TIMELINE, `{"timeline": ${TIMELINE}}`]) {
      const result = await readDatasetText(text, { name: 'moon.txt', today: '2026-12-01' });
      if (!result.ok) throw new Error(result.summary);
      expect(result.loaded.importedFrom).toBe('TimelineJS JSON');
      expect(result.loaded.dataset.title).toBe('Moon landings');
      expect(result.loaded.dataset.sources[0]?.published).toBe('2026-12-01');
    }
  });

  it('converts a TimelineJS sheet (CSV), with or without a byte order mark', async () => {
    for (const text of [SHEET, `\uFEFF${SHEET}`]) {
      const result = await readDatasetText(text, { name: 'moon.csv', today: '2026-12-01' });
      if (!result.ok) throw new Error(result.summary);
      expect(result.loaded.importedFrom).toBe('TimelineJS CSV');
      expect(result.loaded.events.map((e) => e.event.date.value)).toEqual([
        '1969-07-20',
        '1972-12',
      ]);
    }
  });

  it('gives the source the file’s address when it came from one', async () => {
    const url = 'https://example.org/moon.json';
    const result = await readDatasetText(TIMELINE, { name: url, url, today: '2026-12-01' });
    expect(result.ok && result.loaded.dataset.sources[0]?.url).toBe(url);
  });

  it('dates an import on the day it is read, by default', async () => {
    const result = await readDatasetText(TIMELINE, { name: 'moon.json' });
    expect(result.ok && result.loaded.dataset.sources[0]?.published).toBe(localToday());
  });

  it.each([
    ['', 'The file is empty.'],
    ['{ "events": [', 'The file is not JSON'],
    ['just some words', 'The file is not JSON, nor a TimelineJS sheet'],
    ['{"type": "FeatureCollection"}', 'The file is not a Sourceline dataset (sourceline/1).'],
    // A Sourceline dataset that lost its format line is not mistaken for a TimelineJS file.
    ['{"sources": [], "events": []}', 'The file is not a Sourceline dataset (sourceline/1).'],
    ['{"events": []}', 'The TimelineJS file has 1 problem.'],
  ])('refuses %j plainly', async (text, summary) => {
    const result = await readDatasetText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.summary).toContain(summary);
  });
});

describe('localToday', () => {
  it('is the calendar day on this computer’s clock', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localToday(new Date(2026, 11, 31, 0, 0))).toBe('2026-12-31');
  });

  it.each([
    ['Chromium', 'Expected double-quoted property name in JSON at position 30', 2, 4, 'oops'],
    ['Chromium, at the end', 'Unexpected end of JSON input', 2, 10, 'oops }'],
    [
      'Firefox',
      'JSON.parse: expected double-quoted property name at line 2 column 4 of the JSON data',
      2,
      4,
      'oops',
    ],
  ])('says where %s stopped reading, in numbers', (_, message, line, column, near) => {
    const body = '{"format": "sourceline/1",\n   oops }';
    const at = breakOf(body, message);
    expect(at && { ...at, near: at.near.replace(/[\u2068\u2069]/g, '') }).toMatchObject({
      line,
      column,
    });
    expect(at?.near).toContain(near);
  });

  it('says nothing of where, when the browser does not (Safari)', () => {
    expect(breakOf('{ oops', "JSON Parse error: Expected '}'")).toBeNull();
  });
});
