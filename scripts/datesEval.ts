// `npm run dates:eval [-- --misses]`: scores the date proposer on every set of sentences with gold
// dates in ../shared/dates (beside the repository), next to chrono-node called plainly, as
// ../shared/dates/score.py does (same bounds, same rules), but in one process. Skips with a
// message when ../shared/dates is absent. `--misses` also prints each sentence the proposer gets
// wrong, with its gold dates.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node/en';
import { proposeDate } from '../src/authoring/dateProposals';
import { calendarDate, daysInMonth, parseIsoDay } from '../src/dataset/calendar';

/** ../shared/dates relative to the repository root, as a clone has it in CI and in a worktree. */
export const SETS_DIR = fileURLToPath(new URL('../../shared/dates', import.meta.url));

export interface Case {
  text: string;
  published: string;
  /** Accepted [first day, last day] pairs ('open' for an open end). */
  ok?: [string, string][];
  range?: { first: [string, string]; last: [string, string] };
  none?: boolean;
  expression?: string;
}

export type Proposer = (text: string, published: string) => string | null;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** An EDTF value (the subset score.py reads) as its first and last day; 'open' for "..". */
export function bounds(value: string): [string, string] {
  const v = value.trim().replace(/[~?%]/g, '');
  const lo = (x: string): string => {
    if (x === '' || x === '..') return 'open';
    if (/^\d{3}X$/.test(x)) return `${x.slice(0, 3)}0-01-01`;
    const [y, m = '01', d = '01'] = x.split('-');
    return `${y}-${m}-${d}`;
  };
  const hi = (x: string): string => {
    if (x === '' || x === '..') return 'open';
    if (/^\d{3}X$/.test(x)) return `${x.slice(0, 3)}9-12-31`;
    const parts = x.split('-');
    if (parts.length === 3) return x;
    if (parts.length === 2)
      return `${parts[0]}-${parts[1]}-${pad(daysInMonth(Number(parts[0]), Number(parts[1])))}`;
    return `${parts[0]}-12-31`;
  };
  const slash = v.indexOf('/');
  if (slash >= 0) return [lo(v.slice(0, slash)), hi(v.slice(slash + 1))];
  return [lo(v), hi(v)];
}

function within(x: string, [a, b]: [string, string]): boolean {
  if (x === 'open') return b === 'open';
  return a <= x && (b === 'open' || x <= b);
}

/** Whether `value` is right for the case, as score.py judges it. */
export function isCorrect(c: Case, value: string | null): boolean {
  if (c.none) return value === null || value === '';
  if (!value) return false;
  const [f, l] = bounds(value);
  if (c.ok)
    return c.ok.some(
      ([a, b]) => (f === a && l === b) || (f === 'open' && l === b) || (l === 'open' && f === a),
    );
  if (c.range) return within(f, c.range.first) && within(l, c.range.last);
  return false;
}

export const sourceline: Proposer = (text, published) =>
  proposeDate(text, published)?.value ?? null;

type Components = NonNullable<ReturnType<typeof chrono.parse>[number]['end']>;

/** A chrono result's end as EDTF at the precision its words give: a day, a month or a year. */
function edtfOfComponents(c: Components): string {
  const day = `${pad(c.get('year') ?? 0, 4)}-${pad(c.get('month') ?? 1)}-${pad(c.get('day') ?? 1)}`;
  if (c.isCertain('day') || c.isCertain('weekday')) return day;
  if (c.isCertain('month')) return day.slice(0, 7);
  if (c.isCertain('year')) return day.slice(0, 4);
  return day;
}

/**
 * chrono-node called plainly: its first result, at the precision of its certain components
 * (start/end for a range), the publication day at noon as the reference.
 */
export const plainChrono: Proposer = (text, published) => {
  const day = parseIsoDay(published);
  if (day === null) return null;
  const { year, month, day: d } = calendarDate(day);
  const reference = new Date(2000, 0, 1, 12);
  reference.setFullYear(year, month - 1, d);
  const result = chrono.parse(text, reference)[0];
  if (!result) return null;
  const start = edtfOfComponents(result.start);
  return result.end ? `${start}/${edtfOfComponents(result.end)}` : start;
};

export interface Score {
  set: string;
  total: number;
  correct: number;
  misses: { c: Case; value: string | null }[];
}

export function score(set: string, cases: Case[], proposer: Proposer): Score {
  const misses: Score['misses'] = [];
  for (const c of cases) {
    let value: string | null;
    try {
      value = proposer(c.text.trim(), c.published);
    } catch {
      value = null;
    }
    if (!isCorrect(c, value)) misses.push({ c, value });
  }
  return { set, total: cases.length, correct: cases.length - misses.length, misses };
}

/** The sets in `dir` (every *.json), or null when the folder is absent. */
export function readSets(dir = SETS_DIR): { name: string; cases: Case[] }[] | null {
  if (!existsSync(dir)) return null;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({
      name: f.replace(/\.json$/, ''),
      cases: JSON.parse(readFileSync(join(dir, f), 'utf8')) as Case[],
    }));
}

const percent = (s: Score) =>
  `${s.correct}/${s.total} (${Math.round((100 * s.correct) / s.total)}%)`;

function main(argv: string[]): number {
  const sets = readSets();
  if (sets === null) {
    console.log(`No evaluation sets: ${SETS_DIR} is absent, so nothing is scored.`);
    return 0;
  }
  const rows: string[] = ['| set | Sourceline | plain chrono-node |', '| --- | --- | --- |'];
  const missLines: string[] = [];
  for (const { name, cases } of sets) {
    const ours = score(name, cases, sourceline);
    const plain = score(name, cases, plainChrono);
    rows.push(`| ${name} | ${percent(ours)} | ${percent(plain)} |`);
    for (const { c, value } of ours.misses)
      missLines.push(
        `MISS [${name} ${c.published}] ${JSON.stringify(c.text)} -> ${JSON.stringify(value)}; gold ${JSON.stringify(c.ok ?? c.range ?? 'none')}${c.expression ? ` (${JSON.stringify(c.expression)})` : ''}`,
      );
  }
  if (argv.includes('--misses')) for (const line of missLines) console.log(line);
  for (const row of rows) console.log(row);
  return 0;
}

if (process.argv[1] && import.meta.url.endsWith(basename(process.argv[1]))) {
  process.exitCode = main(process.argv.slice(2));
}
