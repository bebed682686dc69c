// Generates the benchmark datasets into bench/data when missing or made by another generator.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sizeLabel, writeDataset } from './generate';

export interface DatasetFile {
  events: number;
  label: string;
  path: string;
}

const SEED = 1;

export function ensureDatasets(dir: string, sizes: readonly number[]): DatasetFile[] {
  const generator = readFileSync(new URL('./generate.ts', import.meta.url));
  const stamp = createHash('sha256').update(generator).update(String(SEED)).digest('hex');
  return sizes.map((events) => {
    const label = sizeLabel(events);
    const path = join(dir, `${label}.json`);
    const stampPath = join(dir, `${label}.stamp`);
    const fresh =
      existsSync(path) && existsSync(stampPath) && readFileSync(stampPath, 'utf8') === stamp;
    if (!fresh) {
      console.log(`Generating ${path}…`);
      writeDataset(dir, events, SEED);
      writeFileSync(stampPath, stamp);
    }
    return { events, label, path };
  });
}
