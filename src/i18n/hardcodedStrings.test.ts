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
  // The app's name is the same in every language (and after a page's title, in the tab's).
  'app/Header.tsx: Sourceline',
  'app/SelectionAnnouncer.tsx: Sourceline',
  'app/SelectionAnnouncer.tsx: — Sourceline',
  // An example address, the same in every language.
  'open/OpenDatasetPanel.tsx: https://example.org/timeline.json',
]);

function sourceFiles(dir: string, pattern = /\.tsx$/): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path, pattern);
    return pattern.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/**
 * The code of the views and of what drives them (the store, the timeline's engine, the editor's
 * actions), .ts files too: the pure code (dataset, formats, model, authoring) carries codes with
 * values and its English for the tools (said.ts), and is not read here.
 */
const PURE = new Set(['dataset', 'formats', 'model', 'authoring', 'testing', 'i18n']);
function viewFiles(): string[] {
  const top = readdirSync(src).filter((name) => statSync(join(src, name)).isDirectory());
  return top
    .filter((dir) => !PURE.has(dir))
    .flatMap((dir) => sourceFiles(join(src, dir), /\.tsx?$/))
    .concat(sourceFiles(src, /\.tsx?$/).filter((path) => dirname(path) === src));
}

/** Calls that show or announce what they are given: a notice, a live region's words. */
const SAYING_CALLS = new Set(['notify', 'announce', 'say', 'alert', 'confirm', 'prompt']);

/** DOM properties whose value is shown or read out (engine code builds its elements by hand). */
const WORD_PROPERTIES = new Set([
  'title',
  'textContent',
  'innerText',
  'placeholder',
  'alt',
  'ariaLabel',
  'ariaDescription',
  'ariaValueText',
]);

/** Words, not a code: letters, then a space, then letters (`'Could not save'`, not `'edit'`). */
const WORDS = /\p{L}[^\s]*\s+[^\s]*\p{L}/u;

/** The name a call is made by: `notify` in `notify(…)`, `store.notify(…)`, `get().notify(…)`. */
function calleeName(node: Node, file: SourceFile): string {
  if (!ts.isCallExpression(node)) return '';
  const callee = node.expression;
  if (ts.isIdentifier(callee)) return callee.getText(file);
  if (ts.isPropertyAccessExpression(callee)) return callee.name.getText(file);
  return '';
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
  const words = (node: Node) => {
    if (WORDS.test(textOf(node))) add(node);
  };
  const visit = (node: Node): undefined => {
    // Code shown as code (a header, a message name) is the same in every language.
    if (ts.isJsxElement(node) && node.openingElement.tagName.getText(file) === 'code') return;
    const called = calleeName(node, file);
    if (ts.isCallExpression(node) && SAYING_CALLS.has(called)) {
      // notify('words', tone, scope), announce(cond ? 'words' : …): said as they are.
      const [said] = node.arguments;
      if (said) for (const literal of literalsIn(said)) add(literal);
    } else if (ts.isCallExpression(node) && /^set[A-Z]/.test(called) && called !== 'setAttribute') {
      // A state setter given words (`setError('Could not …')`): state that a view renders.
      for (const argument of node.arguments)
        for (const literal of literalsIn(argument)) words(literal);
    } else if (ts.isCallExpression(node) && called === 'setAttribute') {
      const [name, value] = node.arguments;
      if (name && value && ts.isStringLiteral(name) && WORD_PROPS.has(name.text)) {
        for (const literal of literalsIn(value)) add(literal);
      }
    } else if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === SyntaxKind.EqualsToken &&
      ts.isPropertyAccessExpression(node.left) &&
      WORD_PROPERTIES.has(node.left.name.getText(file))
    ) {
      // element.title = 'words', element.textContent = `… words …`
      for (const literal of literalsIn(node.right)) add(literal);
    }
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
    const written = viewFiles()
      .flatMap(wordsWrittenIn)
      .filter(({ file, text }) => {
        const entry = `${file}: ${text}`;
        return !ALLOWED.has(entry);
      })
      .map(({ file, line, text }) => `${file}:${line} ${text}`);
    expect(written).toEqual([]);
  });

  it('are all read: the scan finds JSX text and props, and nothing in symbols or code', () => {
    expect(viewFiles().filter((path) => path.endsWith('.tsx')).length).toBeGreaterThan(40);
    expect(viewFiles().filter((path) => path.endsWith('.ts')).length).toBeGreaterThan(40);
    // The allowed ones are found (JSX text, a `placeholder`), so the scan does look.
    const texts = (file: string) => wordsWrittenIn(join(src, file)).map(({ text }) => text);
    expect(texts('app/Header.tsx')).toContain('Sourceline');
    expect(texts('open/OpenDatasetPanel.tsx')).toContain('https://example.org/timeline.json');
    // Words outside JSX: a notice, an announcement, state set, an element's title or label.
    expect(texts('testing/hardcodedWords.ts')).toEqual([
      'The file was saved',
      'Moved up',
      'Moved down',
      'Could not save the draft',
      'Zoom in',
      'Close the dialog',
    ]);
    // "{first} · {second}" and `<code>` hold no words.
    expect(texts('detail/SecondCalendar.tsx')).toEqual([]);
    expect(texts('share/EmbedDialog.tsx')).toEqual([]);
  });
});
