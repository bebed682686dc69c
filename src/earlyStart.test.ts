// The link's dataset starts loading from the first module the page evaluates (earlyStart.ts):
// these keep it first, and keep what it imports small (no React, no views' components), since all
// it imports is evaluated before it runs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const source = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

/** The specifiers of a module's static imports (type-only ones left out), in order. */
function staticImports(text: string): string[] {
  return [...text.matchAll(/^import\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)].map(
    (match) => match[1] as string,
  );
}

describe('the early start', () => {
  it('is the first module main.tsx imports', () => {
    expect(staticImports(source('./main.tsx'))[0]).toBe('./earlyStart');
  });

  it('imports neither React nor a component', () => {
    const imports = staticImports(source('./earlyStart.ts'));
    expect(imports.length).toBeGreaterThan(0);
    for (const specifier of imports) {
      expect(specifier).not.toMatch(/^react/);
      expect(specifier).not.toMatch(/\.tsx$|\/[A-Z][A-Za-z]*$/);
    }
  });
});
