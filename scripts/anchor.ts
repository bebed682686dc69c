// `npm run anchor -- <file.json>…`: fills in or repairs every passage's `start`/`end` (UTF-16
// code units) and 32-unit `prefix`/`suffix` from its quote, so a dataset written by hand needs only
// `source` and `exact` for each passage. Rewrites each file in place (only if anything changed);
// `--out <file>` writes elsewhere (`-` for standard output), `--check` writes nothing and fails
// if a file is not already anchored. Reports every quote it cannot find or finds more than once,
// then validates the result like `npm run validate`; exits 1 on any problem.
// `npm run anchor -- <file.json> --source <id> --text <new.txt> [--write]` re-anchors one source's
// passages in a new version of its text instead (see anchorUpdate.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { isRepairProblem, type PassageRepair, repairPassages } from '../src/dataset/anchor';
import { MAX_DEPTH, tooDeep } from '../src/dataset/depth';
import { parseDataset } from '../src/dataset/parse';
import { formatProblem } from '../src/dataset/problem';
import { reanchorDatasetText } from './anchorUpdate';

export interface AnchorOutcome {
  /** The dataset as it is written: two-space JSON with a final newline; null if not readable. */
  output: string | null;
  /** What changed, passage by passage, and what could not be anchored. */
  repairs: PassageRepair[];
  /** Printable problems: quotes not anchored, then what strict validation finds besides. */
  problems: string[];
}

/** The CLI's core: the text of a dataset file in, the anchored text and a report out. */
export function anchorText(raw: string): AnchorOutcome {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    return { output: null, repairs: [], problems: [`not valid JSON: ${(error as Error).message}`] };
  }
  // Writing it back recurses (JSON.stringify): a file nested absurdly deep is refused first.
  const deep = tooDeep(json);
  if (deep !== null) {
    const where = deep === '' ? '' : `${deep}: `;
    return {
      output: null,
      repairs: [],
      problems: [`${where}nested deeper than ${MAX_DEPTH} levels`],
    };
  }
  const { dataset, report } = repairPassages(json);
  const failed = report.filter(isRepairProblem);
  const problems = failed.map((repair) => `${repair.path}: ${repair.message}`);
  const result = parseDataset(dataset, { anchors: 'strict' });
  if (!result.ok) {
    // A passage that could not be anchored is reported once, not again for each field it lacks.
    const within = (path: string, root: string) =>
      path === root || path.startsWith(`${root}.`) || path.startsWith(`${root}[`);
    for (const problem of result.problems) {
      if (!failed.some((repair) => within(problem.path, repair.path))) {
        problems.push(formatProblem(problem));
      }
    }
  }
  return { output: `${JSON.stringify(dataset, null, 2)}\n`, repairs: report, problems };
}

interface Options {
  files: string[];
  out?: string;
  check: boolean;
  /** Re-anchoring in a new version of one source's text. */
  source?: string;
  text?: string;
  write: boolean;
}

const USAGE =
  'usage: npm run anchor -- <file.json>… [--check]\n' +
  '       npm run anchor -- <file.json> --out <file.json | ->\n' +
  '       npm run anchor -- <file.json> --source <id> --text <new-version.txt> [--write]';

function parseArgs(argv: string[]): Options | string {
  const options: Options = { files: [], check: false, write: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--check') options.check = true;
    else if (arg === '--write') options.write = true;
    else if (arg === '--source' || arg === '--text') {
      const value = argv[++i];
      if (value === undefined) return `${arg} needs a value`;
      options[arg === '--source' ? 'source' : 'text'] = value;
    } else if (arg === '--out') {
      const out = argv[++i];
      if (out === undefined) return '--out needs a file name (or - for standard output)';
      options.out = out;
    } else if (arg === '--help' || arg === '-h') return '';
    else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else options.files.push(arg);
  }
  if (options.files.length === 0) return 'no dataset file given';
  const updating = options.source !== undefined || options.text !== undefined;
  if (updating && (options.source === undefined || options.text === undefined)) {
    return '--source and --text go together';
  }
  if (updating && (options.files.length > 1 || options.check || options.out !== undefined)) {
    return '--source and --text take one dataset file, and no --check or --out';
  }
  if (options.write && !updating) return '--write goes with --source and --text';
  if (options.out !== undefined && (options.files.length > 1 || options.check)) {
    return '--out takes one input file and no --check';
  }
  return options;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function anchorFile(file: string, options: Options): boolean {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`✗ ${file}: cannot read the file: ${(error as Error).message}`);
    return false;
  }
  const { output, repairs, problems } = anchorText(raw);
  // With --out -, the dataset itself is on standard output: the report goes to standard error.
  const info = options.out === '-' ? console.error : console.log;
  const changes = repairs.filter((repair) => !isRepairProblem(repair));
  for (const repair of changes) info(`  ${repair.path}: ${repair.message}`);
  const changed = output !== null && output !== raw;
  let written = '';
  if (output !== null && options.out === '-') process.stdout.write(output);
  else if (output !== null && options.out !== undefined) {
    writeFileSync(options.out, output);
    written = `, written to ${options.out}`;
  } else if (changed && !options.check) {
    writeFileSync(file, output);
    written = ', rewritten';
  }
  const summary = changed
    ? `${plural(changes.length, 'passage')} anchored or repaired${written}`
    : 'already anchored, unchanged';
  if (problems.length === 0 && !(options.check && changed)) {
    info(`✓ ${file}: ${summary}`);
    return true;
  }
  const why =
    problems.length > 0 ? plural(problems.length, 'problem') : 'not anchored (run without --check)';
  console.error(`✗ ${file}: ${output === null ? '' : `${summary}; `}${why}`);
  for (const line of problems) console.error(`  ${line}`);
  return false;
}

/**
 * The passages of one source re-anchored in a new version of its text: one JSON line each on
 * standard output, a summary on standard error. Exits 1 when any passage needs a person.
 */
function updateFile(file: string, sourceId: string, textFile: string, write: boolean): number {
  let raw: string;
  let text: string;
  try {
    raw = readFileSync(file, 'utf8');
    text = readFileSync(textFile, 'utf8');
  } catch (error) {
    console.error(`✗ cannot read the file: ${(error as Error).message}`);
    return 1;
  }
  const { lines, output, problems } = reanchorDatasetText(raw, sourceId, text);
  if (output === null) {
    console.error(`✗ ${file}: ${plural(problems.length, 'problem')}`);
    for (const line of problems) console.error(`  ${line}`);
    return 1;
  }
  for (const line of lines) process.stdout.write(`${JSON.stringify(line)}\n`);
  const counts = new Map<string, number>();
  for (const line of lines) counts.set(line.state, (counts.get(line.state) ?? 0) + 1);
  const summary = [...counts].map(([state, n]) => `${n} ${state}`).join(', ') || 'no passages';
  const review = lines.filter((line) => line.state !== 'exact' && line.state !== 'moved').length;
  if (write && output !== raw) writeFileSync(file, output);
  const written = write ? (output !== raw ? ', rewritten' : ', unchanged') : '';
  console.error(`${review === 0 ? '✓' : '✗'} ${file}: ${summary}${written}`);
  if (review > 0) {
    console.error(
      `  ${plural(review, 'passage')} need${review === 1 ? 's' : ''} review (edited, ambiguous or lost): ` +
        'open the dataset in the editor and use “Update article text”',
    );
  }
  return review === 0 ? 0 : 1;
}

function main(argv: string[]): number {
  const options = parseArgs(argv);
  if (typeof options === 'string') {
    if (options) console.error(options);
    console.error(USAGE);
    return options ? 2 : 0;
  }
  if (options.source !== undefined && options.text !== undefined) {
    return updateFile(options.files[0] as string, options.source, options.text, options.write);
  }
  let ok = true;
  for (const file of options.files) ok = anchorFile(file, options) && ok;
  return ok ? 0 : 1;
}

if (process.argv[1] && import.meta.url.endsWith(basename(process.argv[1]))) {
  process.exit(main(process.argv.slice(2)));
}
