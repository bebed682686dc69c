// `npm run dates -- --published YYYY-MM-DD`: date proposals for scripts and checks. Reads one
// sentence per line on stdin and prints, for each, one JSON object on one line: the first
// proposal of src/authoring/dateProposals.ts, or nulls when the sentence has no dating words.
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import { proposeDate } from '../src/authoring/dateProposals';
import { parseIsoDay } from '../src/dataset/calendar';

export const USAGE =
  'usage: npm run dates -- --published YYYY-MM-DD  (one sentence per line on stdin; one JSON object per line out)';

export type Arguments = { ok: true; published: string } | { ok: false; error: string };

/** `--published YYYY-MM-DD` or `--published=YYYY-MM-DD`, a real calendar day; nothing else. */
export function parseArguments(argv: string[]): Arguments {
  let published: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--published') {
      published = argv[++i];
      if (published === undefined) return { ok: false, error: '--published needs a day' };
    } else if (arg.startsWith('--published=')) {
      published = arg.slice('--published='.length);
    } else {
      return { ok: false, error: `unknown argument ${JSON.stringify(arg)}` };
    }
  }
  if (published === undefined) return { ok: false, error: '--published is required' };
  if (parseIsoDay(published) === null)
    return { ok: false, error: `--published ${JSON.stringify(published)} is not a day YYYY-MM-DD` };
  return { ok: true, published };
}

export interface DateLine {
  text: string;
  value: string | null;
  expression: string | null;
  note: string;
  alternatives: string[];
}

/** The output object for one input line. */
export function dateLine(text: string, published: string): DateLine {
  const proposal = proposeDate(text, published);
  if (proposal === null)
    return {
      text,
      value: null,
      expression: null,
      note: 'No dating words in the sentence.',
      alternatives: [],
    };
  const { value, expression, note, alternatives } = proposal;
  return { text, value, expression, note, alternatives };
}

/** One JSON line out for each line in (an empty line too, so lines stay paired). */
export function dateLines(lines: Iterable<string>, published: string): string[] {
  return [...lines].map((line) => JSON.stringify(dateLine(line.replace(/\r$/, ''), published)));
}

async function main(argv: string[]): Promise<number> {
  const args = parseArguments(argv);
  if (!args.ok) {
    console.error(`${args.error}. ${USAGE}`);
    return 2;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    for (const out of dateLines([line], args.published)) process.stdout.write(`${out}\n`);
  }
  return 0;
}

if (process.argv[1] && import.meta.url.endsWith(basename(process.argv[1]))) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
