import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDataset } from '../src/dataset/parse';
import { convertText, parseArgs } from './convert';
import { runScript } from './runScript';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SEED = 'data/doha-talks-2021.json';
const seed = readFileSync(join(ROOT, SEED), 'utf8');

const dir = mkdtempSync(join(tmpdir(), 'sourceline-convert-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TIMELINE = JSON.stringify({
  title: { text: { headline: 'Moon landings' } },
  events: [
    {
      start_date: { year: 1969, month: 7, day: 20 },
      text: { headline: 'Apollo 11' },
      group: 'NASA',
    },
    {
      start_date: { year: '1972', month: '12' },
      text: { headline: 'Apollo 17', text: '<p>Last.</p>' },
    },
  ],
});

describe('parseArgs', () => {
  it('reads the input, --to and --out, in either form and any order', () => {
    expect(parseArgs(['in.json', '--to', 'csv'])).toEqual({ input: 'in.json', to: 'csv' });
    expect(parseArgs(['--out=o.json', '--to=timelinejs', 'in.csv'])).toEqual({
      input: 'in.csv',
      to: 'timelinejs',
      out: 'o.json',
    });
  });

  it.each([
    [[], 'no input file'],
    [['in.json'], 'no --to format'],
    [['in.json', '--to', 'pdf'], 'unknown format "pdf" for --to'],
    [['in.json', '--to'], '--to needs a value'],
    [['a.json', 'b.json', '--to', 'csv'], 'one input file at a time (also got b.json)'],
    [['in.json', '--to', 'csv', '--force'], 'unknown option --force'],
  ])('says what is wrong with %j', (argv, error) => {
    expect(parseArgs(argv)).toEqual({ error });
  });
});

describe('convertText', () => {
  it('writes a Sourceline dataset in each format', async () => {
    const csv = await convertText(seed, 'csv');
    expect(csv.ok && Papa.parse(csv.output).data).toHaveLength(19);
    const timeline = await convertText(seed, 'timelinejs');
    expect(timeline.ok && JSON.parse(timeline.output).events).toHaveLength(18);
    const annotations = await convertText(seed, 'annotations');
    expect(annotations.ok && JSON.parse(annotations.output).type).toBe('AnnotationCollection');
    const same = await convertText(seed, 'sourceline');
    expect(same.ok && JSON.parse(same.output)).toEqual(JSON.parse(seed));
  });

  it('imports a TimelineJS file into a valid Sourceline dataset', async () => {
    const result = await convertText(TIMELINE, 'sourceline', {
      name: 'moon.json',
      today: '2026-12-01',
    });
    if (!result.ok) throw new Error(result.problems.join('\n'));
    const dataset = JSON.parse(result.output);
    expect(parseDataset(dataset, { anchors: 'strict' }).ok).toBe(true);
    expect(dataset.sources[0]).toMatchObject({
      publisher: 'Imported from a TimelineJS file',
      published: '2026-12-01',
    });
  });

  it('refuses a bad input with its problems', async () => {
    const result = await convertText('{"events": [{"text": {"headline": "Undated"}}]}', 'csv');
    expect(result).toEqual({
      ok: false,
      problems: [
        'The TimelineJS file has 1 problem.',
        'events[0].start_date: slide 1 (“Undated”): has no date (a year at least)',
      ],
    });
  });
});

const runCli = (args: string[]) => runScript('convert.ts', args);

describe('npm run convert (the CLI)', () => {
  it('writes to stdout without --out', { timeout: 30_000 }, async () => {
    const { code, stdout } = await runCli([SEED, '--to', 'csv']);
    expect(code).toBe(0);
    expect(stdout.startsWith('id,date (EDTF),date in words,')).toBe(true);
  });

  it('writes a TimelineJS sheet to a file as Sourceline JSON that validates', {
    timeout: 30_000,
  }, async () => {
    const input = join(dir, 'moon.csv');
    const out = join(dir, 'moon.json');
    writeFileSync(input, 'Year,Month,Day,Headline\n1969,7,20,Apollo 11\n');
    const { code, stderr } = await runCli([input, '--to', 'sourceline', '--out', out]);
    expect(code).toBe(0);
    expect(stderr).toContain(`✓ wrote ${out} (sourceline)`);
    const written = JSON.parse(readFileSync(out, 'utf8'));
    expect(parseDataset(written, { anchors: 'strict' }).ok).toBe(true);
    expect(written.title).toBe('moon');
  });

  it('exits 1 with the problems on stderr when the input is refused', {
    timeout: 30_000,
  }, async () => {
    const input = join(dir, 'far.json');
    writeFileSync(
      input,
      JSON.stringify({ events: [{ start_date: { year: -300000 }, text: { headline: 'Far' } }] }),
    );
    const { code, stdout, stderr } = await runCli([input, '--to', 'csv']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(`✗ ${input}: The TimelineJS file has 1 problem.`);
    expect(stderr).toContain(
      '  events[0].start_date.year: slide 1 (“Far”): year -300000 is beyond',
    );
  });

  it('exits 2 with its usage on bad arguments', { timeout: 30_000 }, async () => {
    const { code, stderr } = await runCli([SEED, '--to', 'pdf']);
    expect(code).toBe(2);
    expect(stderr).toContain(
      'usage: npm run convert -- <input> --to sourceline|timelinejs|csv|annotations',
    );
  });
});
