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

describe('parseArgs with --to svg (the image of a view)', () => {
  it('reads the view from the link parameters’ options, --until for the window’s end', () => {
    expect(
      parseArgs([
        'in.json',
        '--to',
        'svg',
        '--from',
        '2021-10-06',
        '--until=2021-10-12',
        '--actors',
        'taliban,united-states',
        '--match',
        'all',
        '--kinds',
        'statement',
        '--search',
        'aid talks',
        '--group',
        'actor',
        '--width',
        '1600',
      ]),
    ).toEqual({
      input: 'in.json',
      to: 'svg',
      image: {
        query:
          '?from=2021-10-06&to=2021-10-12&actors=taliban%2Cunited-states&match=all&kinds=statement&q=aid+talks&group=actor',
        widthPx: 1600,
      },
    });
  });

  it('takes a copied link with --view, its options over the link’s', () => {
    const args = parseArgs([
      'in.json',
      '--to',
      'svg',
      '--view',
      'https://example.org/?event=doha-talks&actors=taliban&from=2021-10-01&to=2021-10-31',
      '--from',
      '2021-10-05',
    ]);
    expect(args).toEqual({
      input: 'in.json',
      to: 'svg',
      image: { query: '?actors=taliban&from=2021-10-05&to=2021-10-31' },
    });
  });

  it.each([
    [['in.json', '--to', 'csv', '--from', '2021-10-01'], '--from is only for --to svg'],
    [
      ['in.json', '--to', 'svg', '--from', '2021-10-01'],
      'Give both --from and --until, or neither.',
    ],
    [
      ['in.json', '--to', 'svg', '--from', '2021-13-01', '--until', '2021-12-01'],
      '--from is not a date (YYYY-MM-DD): “2021-13-01”.',
    ],
    [
      ['in.json', '--to', 'svg', '--group', 'year'],
      '--group must be “none” or “kind” or “actor”, not “year”.',
    ],
    [
      ['in.json', '--to', 'svg', '--width', '100'],
      '--width must be a whole number of pixels from 480 to 4000, not "100"',
    ],
    [['in.json', '--to', 'svg', '--to', 'csv'], '--to is given twice'],
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

  it('draws the image of a view, and warns of an actor the dataset lacks', async () => {
    const result = await convertText(
      seed,
      'svg',
      {},
      {
        query: '?actors=taliban,nobody&from=2021-10-06&to=2021-10-12&group=actor',
        widthPx: 800,
      },
    );
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.output.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="800"')).toBe(
      true,
    );
    expect(result.output).toContain('6 Oct 2021 – 12 Oct 2021 · ');
    expect(result.output).toContain('data-event="doha-talks"');
    expect(result.output).not.toContain('data-event="us-military-leaves-afghanistan"');
    expect(result.warnings).toEqual(['The dataset has no actor “nobody”.']);
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

  it('writes the SVG of a filtered view to a file, the same as the app’s builder', {
    timeout: 30_000,
  }, async () => {
    const out = join(dir, 'view.svg');
    const { code, stderr } = await runCli([SEED, '--to', 'svg', '--kinds', 'attack', '--out', out]);
    expect(code).toBe(0);
    expect(stderr).toContain(`✓ wrote ${out} (svg)`);
    const svg = readFileSync(out, 'utf8');
    const drawn = [...svg.matchAll(/data-event="([^"]+)"/g)].map((match) => match[1]).sort();
    expect(drawn).toEqual(['iskp-attacks-surge', 'shia-mosque-suicide-bombing']);
    const same = await convertText(seed, 'svg', {}, { query: '?kinds=attack' });
    expect(same.ok && same.output).toBe(svg);
  });

  it('exits 2 with its usage on bad arguments', { timeout: 30_000 }, async () => {
    const { code, stderr } = await runCli([SEED, '--to', 'pdf']);
    expect(code).toBe(2);
    expect(stderr).toContain(
      'usage: npm run convert -- <input> --to sourceline|timelinejs|csv|annotations|svg',
    );
  });
});
