// `npm run suggest -- --published YYYY-MM-DD`: the events an article proposes, as the editor's
// "Suggest events" does. Reads the article's text on stdin; prints one JSON object per line:
// {"start", "end", "exact", "title", "kind", "value", "expression", "note"}, where start and end
// are UTF-16 offsets into the input and exact is the words they cover.
import { basename } from 'node:path';
import { suggestEvents } from '../src/authoring/suggest';
import { parseArguments } from './dates';

export const USAGE =
  'usage: npm run suggest -- --published YYYY-MM-DD  (the article on stdin; one JSON object per suggested event out)';

/** The lines printed for an article. */
export function suggestionLines(text: string, published: string): string[] {
  return suggestEvents(text, published).map(
    ({ start, end, exact, title, kind, value, expression, note }) =>
      JSON.stringify({ start, end, exact, title, kind, value, expression, note }),
  );
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function main(argv: string[]): Promise<number> {
  const args = parseArguments(argv);
  if (!args.ok) {
    console.error(`${args.error}. ${USAGE}`);
    return 2;
  }
  for (const line of suggestionLines(await readStdin(), args.published)) {
    process.stdout.write(`${line}\n`);
  }
  return 0;
}

if (process.argv[1] && import.meta.url.endsWith(basename(process.argv[1]))) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
