// Every string a person sees comes from a catalogue: no words written into the views. The views'
// source (src/**/*.tsx, tests aside) is read with the TypeScript compiler (TypeScript 7's API,
// which asks the compiler's own process for each file's syntax tree); JSX text with letters in
// it, and words given as `aria-label`, `title`, `placeholder`, `alt` or `label`, are listed as
// file:line. What is genuinely not words in a language is allowed below, each with why.
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Node, type SourceFile, SyntaxKind } from 'typescript/unstable/ast';
import * as ts from 'typescript/unstable/ast/is';
import { API, type Project } from 'typescript/unstable/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const src = join(here, '..');

/** Props whose value a person reads or hears. */
const WORD_PROPS = new Set([
  'aria-label',
  'title',
  'placeholder',
  'alt',
  'label',
  'aria-description',
]);

/** Letters in any script: a string without one (symbols, digits, punctuation) says no words. */
const LETTER = /\p{L}/u;

/**
 * Not words in a language, as `file: text`. (Text inside `<code>` is code, never read here; the
 * language menu's names, each in itself, come from data, not JSX.)
 */
const ALLOWED: ReadonlySet<string> = new Set([
  // The app's name is the same in every language.
  'app/Header.tsx: Sourceline',
  // An example address, the same in every language.
  'open/OpenDatasetPanel.tsx: https://example.org/timeline.json',
]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.tsx') && !/\.test\.tsx$/.test(name) ? [path] : [];
  });
}

interface Found {
  file: string;
  line: number;
  text: string;
}

/**
 * The literal strings an expression shows: its value's, not a condition's or a comparison's, nor
 * those handed to a call (message keys) or written in JSX inside it (visited on their own).
 */
function literalsIn(node: Node, into: Node[] = []): Node[] {
  if (
    ts.isCallExpression(node) ||
    ts.isJsxElement(node) ||
    ts.isJsxSelfClosingElement(node) ||
    ts.isJsxFragment(node)
  ) {
    return into;
  }
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) into.push(node);
  else if (ts.isTemplateExpression(node)) {
    into.push(node.head, ...node.templateSpans.map((span) => span.literal));
    for (const span of node.templateSpans) literalsIn(span.expression, into);
  } else if (ts.isConditionalExpression(node)) {
    literalsIn(node.whenTrue, into);
    literalsIn(node.whenFalse, into);
  } else if (ts.isBinaryExpression(node)) {
    const operator = node.operatorToken.kind;
    if (operator === SyntaxKind.AmpersandAmpersandToken) literalsIn(node.right, into);
    else if (
      operator === SyntaxKind.BarBarToken ||
      operator === SyntaxKind.QuestionQuestionToken ||
      operator === SyntaxKind.PlusToken
    ) {
      literalsIn(node.left, into);
      literalsIn(node.right, into);
    }
  } else if (ts.isParenthesizedExpression(node)) literalsIn(node.expression, into);
  return into;
}

function textOf(node: Node): string {
  if (ts.isJsxText(node)) return node.text.replace(/\s+/g, ' ').trim();
  if (
    ts.isStringLiteral(node) ||
    ts.isNoSubstitutionTemplateLiteral(node) ||
    ts.isTemplateHead(node) ||
    ts.isTemplateMiddle(node) ||
    ts.isTemplateTail(node)
  ) {
    return node.text.trim();
  }
  return '';
}

let api: API;
let project: Project;

function wordsWrittenIn(path: string): Found[] {
  const file: SourceFile | undefined = project.program.getSourceFile(path);
  if (!file) throw new Error(`${path} is not in the project`);
  const found: Found[] = [];
  const add = (node: Node) => {
    const text = textOf(node);
    if (!LETTER.test(text)) return;
    const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
    found.push({ file: relative(src, path), line: line + 1, text });
  };
  const visit = (node: Node): undefined => {
    // Code shown as code (a header, a message name) is the same in every language.
    if (ts.isJsxElement(node) && node.openingElement.tagName.getText(file) === 'code') return;
    if (ts.isJsxText(node)) add(node);
    else if (ts.isJsxExpression(node) && node.expression && ts.isJsxElement(node.parent)) {
      // {'words'} or {cond ? 'words' : 'other'} as a child of an element.
      for (const literal of literalsIn(node.expression)) add(literal);
    } else if (ts.isJsxAttribute(node) && WORD_PROPS.has(node.name.getText(file))) {
      const value = node.initializer;
      if (value && ts.isStringLiteral(value)) add(value);
      else if (value && ts.isJsxExpression(value) && value.expression) {
        for (const literal of literalsIn(value.expression)) add(literal);
      }
    }
    node.forEachChild(visit);
  };
  visit(file);
  return found;
}

describe('the views', () => {
  beforeAll(() => {
    api = new API({ cwd: join(src, '..') });
    const found = api.updateSnapshot({ openProject: 'tsconfig.json' }).getProjects()[0];
    if (!found) throw new Error('no TypeScript project');
    project = found;
  }, 60_000);
  afterAll(() => api?.close());

  it('write no words of their own: every string a person sees is from a catalogue', () => {
    const written = sourceFiles(src)
      .flatMap(wordsWrittenIn)
      .filter(({ file, text }) => {
        const entry = `${file}: ${text}`;
        return !ALLOWED.has(entry);
      })
      .map(({ file, line, text }) => `${file}:${line} ${text}`);
    expect(written).toEqual([]);
  });

  it('are all read: the scan finds JSX text and props, and nothing in symbols or code', () => {
    expect(sourceFiles(src).length).toBeGreaterThan(40);
    // The allowed ones are found (JSX text, a `placeholder`), so the scan does look.
    const texts = (file: string) => wordsWrittenIn(join(src, file)).map(({ text }) => text);
    expect(texts('app/Header.tsx')).toContain('Sourceline');
    expect(texts('open/OpenDatasetPanel.tsx')).toContain('https://example.org/timeline.json');
    // "{first} · {second}" and `<code>` hold no words.
    expect(texts('detail/SecondCalendar.tsx')).toEqual([]);
    expect(texts('share/EmbedDialog.tsx')).toEqual([]);
  });
});
