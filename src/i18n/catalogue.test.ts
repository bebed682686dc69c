// Every catalogue whole: the same keys as English (none missing, none extra), every key used by
// the source, every message valid ICU MessageFormat with the same placeholders as its English.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../model/locales';

const here = dirname(fileURLToPath(import.meta.url));
const src = join(here, '..');

function catalogue(locale: string): Record<string, string> {
  return JSON.parse(readFileSync(join(here, 'catalogues', `${locale}.json`), 'utf8'));
}

/** The names of a message's placeholders, nested ones (inside plurals and selects) included. */
function placeholders(elements: readonly MessageFormatElement[], into = new Set<string>()) {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    into.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) placeholders(option.value, into);
    }
    if (element.type === TYPE.tag) placeholders(element.children, into);
  }
  return into;
}

/** Plural and select arguments without an `other` case (ICU needs one). */
function withoutOther(elements: readonly MessageFormatElement[]): string[] {
  return elements.flatMap((element) => {
    if (element.type !== TYPE.plural && element.type !== TYPE.select) return [];
    const nested = Object.values(element.options).flatMap((option) => withoutOther(option.value));
    return 'other' in element.options ? nested : [element.value, ...nested];
  });
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const english = catalogue('en');
const keys = Object.keys(english);

describe('the English catalogue', () => {
  it('has every key the source uses, and the source uses every key', () => {
    const source = sourceFiles(src)
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const unused = keys.filter(
      (key) => !source.includes(`'${key}'`) && !source.includes(`"${key}"`),
    );
    expect(unused).toEqual([]);
  });
});

describe.each(LOCALES)('the %s catalogue', (locale) => {
  const messages = catalogue(locale);

  it('has exactly the English keys', () => {
    expect(Object.keys(messages).filter((key) => !(key in english))).toEqual([]);
    expect(keys.filter((key) => !(key in messages))).toEqual([]);
  });

  it('has valid ICU messages with the English placeholders', () => {
    for (const key of keys) {
      const message = messages[key] ?? '';
      let ast: MessageFormatElement[];
      try {
        ast = parse(message);
      } catch (error) {
        throw new Error(`${locale} ${key}: ${error}`);
      }
      expect([...placeholders(ast)].sort(), `${locale} ${key}`).toEqual(
        [...placeholders(parse(english[key] ?? ''))].sort(),
      );
      expect(withoutOther(ast), `${locale} ${key}`).toEqual([]);
      expect(message.trim(), `${locale} ${key}`).not.toBe('');
    }
  });
});

describe.each(['ar', 'fa', 'ps'])('the %s catalogue, written in Arabic script', (locale) => {
  it('never puts a middle dot between parts: beside Arabic-Indic digits it reads as a zero', () => {
    const messages = catalogue(locale);
    // "۱۶ تا ۱۸ مهر ۱۴۰۰ · ۸ تا ۱۰ اکتبر ۲۰۲۱" would read "۱۴۰۰ ۰ ۸".
    const dotted = Object.keys(messages).filter((key) => messages[key]?.includes('·'));
    expect(dotted).toEqual([]);
    expect(messages['common.separator']).toBe('، ');
  });
});
