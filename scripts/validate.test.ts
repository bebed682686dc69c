import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../src/dataset/schema';
import { runScript } from './runScript';
import { validateFile } from './validate';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SEED = 'data/doha-talks-2021.json';
const seed = JSON.parse(readFileSync(join(ROOT, SEED), 'utf8')) as Dataset;

const dir = mkdtempSync(join(tmpdir(), 'sourceline-validate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function tempFile(name: string, content: string): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

const brokenDataset = (() => {
  const copy = structuredClone(seed);
  const [first, second] = copy.events;
  if (!first || !second) throw new Error('the seed has events');
  first.date.value = '2021-10-10/2021-10-09';
  const ref = second.actors[0];
  if (!ref) throw new Error('the seed event has actors');
  ref.id = 'ghost';
  return copy;
})();

describe('validateFile', () => {
  it('finds no problem in the seed dataset', () => {
    expect(validateFile(join(ROOT, SEED))).toEqual([]);
    expect(validateFile(SEED)).toEqual([]);
    expect(validateFile(`./${SEED}`)).toEqual([]);
  });

  it('accepts a valid copy outside data/ under any name', () => {
    expect(validateFile(tempFile('copy.json', JSON.stringify(seed)))).toEqual([]);
  });

  it('reports a file that is not JSON', () => {
    const problems = validateFile(tempFile('broken.json', '{"format": "sourceline/1",'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^not valid JSON: /);
  });

  it('reports a file it cannot read', () => {
    const problems = validateFile(join(dir, 'missing.json'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^cannot read the file: .*ENOENT/);
  });

  it('reports every problem of a broken dataset with its path', () => {
    const file = tempFile('bad.json', JSON.stringify(brokenDataset, null, 2));
    expect(validateFile(file)).toEqual([
      'events[0].date.value: starts after it ends (2021-10-10/2021-10-09)',
      'events[1].actors[0].id: unknown actor "ghost"',
    ]);
  });

  it('reports a file nested 100k levels deep under "format" quickly, without crashing', () => {
    const levels = 100_000;
    const file = tempFile('deep.json', `{"format": ${'['.repeat(levels)}${']'.repeat(levels)}}`);
    const start = performance.now();
    expect(validateFile(file)).toEqual(['format: nested deeper than 64 levels']);
    expect(performance.now() - start).toBeLessThan(1_000);
  });

  it('reports a file that is not a dataset', () => {
    expect(validateFile(tempFile('array.json', '[]'))).toEqual(['a dataset must be a JSON object']);
    expect(validateFile(tempFile('other.json', '{"type": "FeatureCollection"}'))).toEqual([
      'format: missing: this is not a Sourceline dataset (expected "format": "sourceline/1")',
    ]);
  });
});

const runCli = (args: string[]) => runScript('validate.ts', args);

describe('npm run validate (the CLI)', () => {
  it('exits 1 on a broken dataset and prints each problem with its path', {
    timeout: 30_000,
  }, async () => {
    const file = tempFile('cli-bad.json', JSON.stringify(brokenDataset));
    const { code, stderr } = await runCli([file]);
    expect(code).toBe(1);
    expect(stderr).toContain(`✗ ${file}: 2 problems`);
    expect(stderr).toContain(
      '  events[0].date.value: starts after it ends (2021-10-10/2021-10-09)',
    );
    expect(stderr).toContain('  events[1].actors[0].id: unknown actor "ghost"');
  });

  it('exits 0 on the seed dataset', { timeout: 30_000 }, async () => {
    const { code, stdout } = await runCli([SEED]);
    expect(code).toBe(0);
    expect(stdout).toContain(`✓ ${SEED}`);
  });

  it('exits 1 when any of several files is broken', { timeout: 30_000 }, async () => {
    const file = tempFile('cli-not-json.json', 'not json');
    const { code, stdout, stderr } = await runCli([SEED, file]);
    expect(code).toBe(1);
    expect(stdout).toContain(`✓ ${SEED}`);
    expect(stderr).toContain(`✗ ${file}: 1 problem`);
    expect(stderr).toContain('not valid JSON');
  });
});
