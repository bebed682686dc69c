// The interface's language for code that runs outside React's tree (the editor's saving session,
// its actions' notices and field checks): the provider keeps it current; English until it runs.
import { ENGLISH } from './catalogue';
import { makeTranslator, type Translator } from './translator';

let active: Translator | null = null;

export function setActiveTranslator(translator: Translator): void {
  active = translator;
}

/** The translator of the language shown now. */
export function activeTranslator(): Translator {
  active ??= makeTranslator('en', ENGLISH);
  return active;
}
