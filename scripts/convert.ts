// `npm run convert -- <input> --to sourceline|timelinejs|csv|annotations [--out <file>]`: reads a
// Sourceline dataset or a TimelineJS timeline (JSON, or its sheet as CSV) with the app's own
// reader and writes it in another format (to stdout without --out). A refused input exits 1 with
// its problems on stderr.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { formatProblem } from '../src/dataset/problem';
import { type ReadContext, readDatasetText } from '../src/formats/readers/readDataset';
import {
  EXPORT_FORMATS,
  type ExportFormat,
  exportDataset,
  isExportFormat,
} from '../src/formats/writers/table';

export const USAGE = `usage: npm run convert -- <input> --to ${EXPORT_FORMATS.join('|')} [--out <file>]`;

export interface ConvertArgs {
  input: string;
  to: ExportFormat;
  out?: string;
}

/** The command line's arguments, or what is wrong with them. */
export function parseArgs(argv: readonly string[]): ConvertArgs | { error: string } {
  let input: string | undefined;
  let to: string | undefined;
  let out: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--to' || arg === '--out') {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) return { error: `${arg} needs a value` };
      if (arg === '--to') to = value;
      else out = value;
    } else if (arg.startsWith('--to=')) to = arg.slice(5);
    else if (arg.startsWith('--out=')) out = arg.slice(6);
    else if (arg.startsWith('--')) return { error: `unknown option ${arg}` };
    else if (input === undefined) input = arg;
    else return { error: `one input file at a time (also got ${arg})` };
  }
  if (input === undefined) return { error: 'no input file' };
  if (to === undefined) return { error: 'no --to format' };
  if (!isExportFormat(to)) return { error: `unknown format "${to}" for --to` };
  return { input, to, ...(out === undefined ? {} : { out }) };
}

export type ConvertResult =
  | { ok: true; output: string; warnings: string[] }
  | { ok: false; problems: string[] };

/** Reads a file's text as the app does and writes it in the chosen format. */
export async function convertText(
  text: string,
  to: ExportFormat,
  context: ReadContext = {},
): Promise<ConvertResult> {
  const read = await readDatasetText(text, context);
  if (!read.ok) return { ok: false, problems: [read.summary, ...read.problems.map(formatProblem)] };
  const { loaded } = read;
  return {
    ok: true,
    output: (await exportDataset(loaded.dataset, to)).text,
    warnings: loaded.warnings.map(formatProblem),
  };
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if ('error' in args) {
    console.error(`${args.error}\n${USAGE}`);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(args.input, 'utf8');
  } catch (error) {
    console.error(`✗ ${args.input}: cannot read the file: ${(error as Error).message}`);
    return 1;
  }
  const result = await convertText(text, args.to, { name: basename(args.input) });
  if (!result.ok) {
    console.error(`✗ ${args.input}: ${result.problems[0]}`);
    for (const line of result.problems.slice(1)) console.error(`  ${line}`);
    return 1;
  }
  for (const line of result.warnings) console.error(`! ${line}`);
  if (args.out === undefined) {
    process.stdout.write(result.output);
  } else {
    writeFileSync(args.out, result.output);
    console.error(`✓ wrote ${args.out} (${args.to})`);
  }
  return 0;
}

if (process.argv[1] && import.meta.url.endsWith(basename(process.argv[1]))) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
