import { describe, expect, it } from 'vitest';
import { parseEdtf } from '../src/dataset/edtf';
import { dateLines, parseArguments, USAGE } from './dates';
import { runScript } from './runScript';

describe('parseArguments', () => {
  it('takes --published as two words or one', () => {
    expect(parseArguments(['--published', '2021-10-10'])).toEqual({
      ok: true,
      published: '2021-10-10',
    });
    expect(parseArguments(['--published=2021-01-02'])).toEqual({
      ok: true,
      published: '2021-01-02',
    });
  });

  it.each([
    [[], '--published is required'],
    [['--published'], '--published needs a day'],
    [['--published', '2021-02-30'], '--published "2021-02-30" is not a day YYYY-MM-DD'],
    [['--published', '10/10/2021'], '--published "10/10/2021" is not a day YYYY-MM-DD'],
    [['--published=', '2021-10-10'], 'unknown argument "2021-10-10"'],
    [['--date', '2021-10-10'], 'unknown argument "--date"'],
  ])('refuses %j', (argv, error) => {
    expect(parseArguments(argv)).toEqual({ ok: false, error });
  });
});

describe('dateLines', () => {
  it('prints one JSON object per line, nulls where nothing dates the sentence', () => {
    const out = dateLines(
      ["The ISKP claimed Friday's bombing.", '', 'Officials may march on the capital.\r'],
      '2021-10-10',
    );
    expect(out).toHaveLength(3);
    const [first, empty, none] = out.map((line) => JSON.parse(line));
    expect(first).toEqual({
      text: "The ISKP claimed Friday's bombing.",
      value: '2021-10-08',
      expression: "Friday's",
      note: 'Past tense (“claimed”): the Friday before the Sunday publication (2021-10-10): 2021-10-08.',
      alternatives: [],
    });
    expect(Object.keys(first)).toEqual(['text', 'value', 'expression', 'note', 'alternatives']);
    expect(empty).toMatchObject({ text: '', value: null, expression: null, alternatives: [] });
    expect(none).toMatchObject({
      text: 'Officials may march on the capital.',
      value: null,
      expression: null,
    });
    for (const line of out) expect(line).not.toContain('\n');
  });

  it('gives values and alternatives the app parses', () => {
    const [line] = dateLines(['Fighting has continued since late May.'], '2021-10-10');
    const { value, alternatives } = JSON.parse(line ?? '') as {
      value: string;
      alternatives: string[];
    };
    expect(value).toBe('2021-05~/..');
    for (const v of [value, ...alternatives]) expect(parseEdtf(v).ok).toBe(true);
  });
});

const runCli = (args: string[], input: string) => runScript('dates.ts', args, input);

describe('npm run dates (the CLI)', () => {
  it('reads sentences on stdin and writes JSON lines', { timeout: 30_000 }, async () => {
    const { code, stdout, stderr } = await runCli(
      ['--published', '2021-01-02'],
      'The bombing happened on Dec. 30.\nNothing here.\n',
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.value)).toEqual(['2020-12-30', null]);
  });

  it('exits 2 with a one-line usage on bad arguments', { timeout: 30_000 }, async () => {
    const { code, stdout, stderr } = await runCli(['--published', 'yesterday'], '');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`--published "yesterday" is not a day YYYY-MM-DD. ${USAGE}\n`);
  });
});
