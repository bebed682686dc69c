// What a change of wording changes that a reader relies on: figures, dates and names. A quote
// whose new wording changes one of them is flagged for review however close the rest is (see
// reanchor.ts: such a passage is never `exact` or `moved`). Pure.
import type { WordChange } from './wordDiff';

export interface ChangedFact {
  /** The words removed ('' if none) and those added in their place ('' if none). */
  before: string;
  after: string;
  kind: 'figure' | 'date' | 'name';
}

const MONTHS_AND_DAYS =
  /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow)\b/iu;
const DIGIT = /\p{N}/u;
const NUMBER_WORDS =
  /\b(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?|billions?)\b/iu;
/** A word that begins with a capital letter: a name, most often. */
const CAPITALISED = /(^|[^\p{L}\p{N}])\p{Lu}/u;

function kindOf(words: string): ChangedFact['kind'] | null {
  if (MONTHS_AND_DAYS.test(words)) return 'date';
  if (DIGIT.test(words) || NUMBER_WORDS.test(words)) return 'figure';
  if (CAPITALISED.test(words)) return 'name';
  return null;
}

/** The figures, dates and names a word diff changes, each with its words before and after. */
export function changedFacts(parts: readonly WordChange[]): ChangedFact[] {
  const facts: ChangedFact[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as WordChange;
    if (part.kind === 'same') continue;
    let before = '';
    let after = '';
    if (part.kind === 'removed') {
      before = part.text;
      const next = parts[i + 1];
      if (next?.kind === 'added') {
        after = next.text;
        i++;
      }
    } else after = part.text;
    const kind = kindOf(before) ?? kindOf(after);
    if (kind) facts.push({ before: before.trim(), after: after.trim(), kind });
  }
  return facts;
}
