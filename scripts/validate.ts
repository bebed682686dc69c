// `npm run validate [files…]`: checks datasets (default: every dataset in data/) with the same rules
// the app applies, reports every problem with its JSON path, and exits 1 on any.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseDataset } from '../src/dataset/parse';
import { formatProblem } from '../src/dataset/problem';

const DATA_DIR = 'data';

function defaultFiles(): string[] {
  return readdirSync(DATA_DIR)
    .filter((name) => name.endsWith('.json') && name !== 'schema.json')
    .sort()
    .map((name) => join(DATA_DIR, name));
}

/** Every problem of one file, as printable lines; empty when the file is valid. */
export function validateFile(file: string): string[] {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    return [`cannot read the file: ${(error as Error).message}`];
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    return [`not valid JSON: ${(error as Error).message}`];
  }
  const result = parseDataset(json, { anchors: 'strict' });
  if (!result.ok) return result.problems.map(formatProblem);
  const id = result.value.dataset.id;
  const isBundled = file.startsWith(`${DATA_DIR}/`) || file.startsWith(`./${DATA_DIR}/`);
  if (isBundled && basename(file) !== `${id}.json`) {
    return [`id: a bundled dataset's file is named after its id (expected ${id}.json)`];
  }
  return [];
}

function main(argv: string[]): number {
  const files = argv.length > 0 ? argv : defaultFiles();
  let failed = 0;
  for (const file of files) {
    const problems = validateFile(file);
    if (problems.length === 0) {
      console.log(`✓ ${file}`);
      continue;
    }
    failed++;
    console.error(`✗ ${file}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
    for (const line of problems) console.error(`  ${line}`);
  }
  if (files.length === 0) console.error('No dataset files found.');
  return failed > 0 || files.length === 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url.endsWith(basename(process.argv[1]))) {
  process.exit(main(process.argv.slice(2)));
}
