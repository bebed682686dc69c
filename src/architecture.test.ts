// The layers of src/, kept by a machine: every import between files (static, dynamic, type-only)
// is read from the source, and the test fails on an import circle or on a layer imported the
// wrong way. The README's Architecture section draws the same picture.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const VIEWS = [
  'app',
  'article',
  'detail',
  'editor',
  'embed',
  'filters',
  'list',
  'open',
  'print',
  'share',
  'timeline',
] as const;

/**
 * The folders each folder of src/ may import (besides itself). Data flows one way:
 * dataset ← model ← state ← views; formats stand beside the dataset (they read and write it),
 * drafts and testing sit on the dataset only, authoring (the editor's pure helpers) on dataset,
 * formats and model; i18n (the interface's language) on dataset, model and state. Views may import one another (never in a circle); `(root)` is App.tsx,
 * main.tsx and earlyStart.ts, which put it all together.
 */
const MAY_IMPORT: Readonly<Record<string, readonly string[]>> = {
  dataset: [],
  formats: ['dataset'],
  model: ['dataset'],
  drafts: ['dataset'],
  testing: ['dataset'],
  authoring: ['dataset', 'formats', 'model'],
  state: ['dataset', 'formats', 'model', 'drafts'],
  // The interface's language: catalogues, the locale chosen, dates and numbers in its words.
  i18n: ['dataset', 'model', 'state'],
  ...Object.fromEntries(
    VIEWS.map((view) => [
      view,
      ['dataset', 'formats', 'model', 'authoring', 'drafts', 'state', 'i18n', ...VIEWS],
    ]),
  ),
  types: [],
  '(root)': ['dataset', 'formats', 'model', 'state', 'i18n', ...VIEWS],
};

/** Files by path relative to src/, each with the files it imports. */
type ImportGraph = Map<string, string[]>;

const SPECIFIER =
  /(?:\b(?:import|export)\b[^'"`;]*?\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;

/** The relative specifiers of a module's imports and re-exports, static or dynamic. */
function specifiers(source: string): string[] {
  return [...source.matchAll(SPECIFIER)]
    .map((match) => match[1] as string)
    .filter((specifier) => specifier.startsWith('.'));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

function resolveModule(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

function importGraph(root: string): ImportGraph {
  const graph: ImportGraph = new Map();
  for (const file of sourceFiles(root)) {
    const targets = specifiers(readFileSync(file, 'utf8'))
      .map((specifier) => resolveModule(file, specifier))
      .filter((target): target is string => target !== null && /\.tsx?$/.test(target))
      .map((target) => relative(root, target));
    graph.set(relative(root, file), [...new Set(targets)]);
  }
  return graph;
}

/** Every set of files that import one another, round (Tarjan's strongly connected components). */
function circles(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (file: string) => {
    index.set(file, index.size);
    low.set(file, index.get(file) as number);
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file) as number, low.get(next) as number));
      } else if (onStack.has(next)) {
        low.set(file, Math.min(low.get(file) as number, index.get(next) as number));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop() as string;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    const selfImport = graph.get(file)?.includes(file) ?? false;
    if (component.length > 1 || selfImport) found.push(component.sort());
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return found;
}

function folderOf(file: string): string {
  const parts = file.split(/[\\/]/);
  return parts.length > 1 ? (parts[0] as string) : '(root)';
}

/** Each import that goes against `MAY_IMPORT` (or from a folder it does not know), as "a -> b". */
function layerBreaks(
  graph: ImportGraph,
  mayImport: Readonly<Record<string, readonly string[]>>,
  isTest: (file: string) => boolean = () => false,
): string[] {
  const breaks: string[] = [];
  for (const [file, targets] of graph) {
    if (isTest(file)) continue;
    const from = folderOf(file);
    for (const target of targets) {
      const to = folderOf(target);
      if (to === from) continue;
      if (!mayImport[from]?.includes(to)) breaks.push(`${file} -> ${target}`);
    }
  }
  return breaks;
}

const isTest = (file: string) => /\.test\.tsx?$/.test(file);
const graph = importGraph(dirname(fileURLToPath(import.meta.url)));

describe('the import graph of src/', () => {
  it('is read whole: static, type-only, re-exported and dynamic imports', () => {
    expect(graph.size).toBeGreaterThan(150);
    expect(graph.get('model/filter.ts')).toContain('dataset/search.ts');
    expect(graph.get('App.tsx')?.length).toBeGreaterThan(5);
    expect(
      specifiers(
        "import type { A } from './a';\nexport { b } from '../b';\nimport './c.css';\n" +
          "const d = await import('./d');\nimport {\n  e,\n} from './e';\nimport f from 'react';",
      ),
    ).toEqual(['./a', '../b', './c.css', './d', './e']);
  });

  it('has no import circle', () => {
    expect(circles(graph)).toEqual([]);
  });

  it('imports only down the layers (dataset ← model ← state ← views; formats beside dataset)', () => {
    for (const folder of new Set([...graph.keys()].map(folderOf))) {
      expect(Object.keys(MAY_IMPORT), `src/${folder} has no place in the layers`).toContain(folder);
    }
    expect(layerBreaks(graph, MAY_IMPORT, isTest)).toEqual([]);
  });
});

describe('the checks themselves', () => {
  const made: ImportGraph = new Map([
    ['dataset/a.ts', ['dataset/b.ts']],
    ['dataset/b.ts', ['model/c.ts']],
    ['model/c.ts', ['dataset/a.ts']],
    ['model/d.ts', ['model/d.ts']],
    ['state/e.ts', ['model/c.ts']],
  ]);

  it('find a circle across folders, and a module that imports itself', () => {
    expect(circles(made)).toEqual([['dataset/a.ts', 'dataset/b.ts', 'model/c.ts'], ['model/d.ts']]);
  });

  it('find an import against the layers, not one along them', () => {
    expect(layerBreaks(made, MAY_IMPORT)).toEqual(['dataset/b.ts -> model/c.ts']);
  });
});
