// The difference between two wordings, word by word ("free ~~from~~ of terror"): for a quote
// against the text now at its place (re-anchoring) and a quote against the passage it quotes.
// jsdiff's word diff (the longest common subsequence of words); whitespace changes alone are not
// differences, and the words both share are given as `after` has them. Pure.
import { diffWords } from 'diff';

export interface WordChange {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/** The words of `before` and `after` in order, each kept, removed or added; adjacent parts merged. */
export function wordDiff(before: string, after: string): Array<WordChange> {
  const parts: WordChange[] = [];
  for (const change of diffWords(before, after)) {
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same';
    const last = parts.at(-1);
    if (last && last.kind === kind) last.text += change.value;
    else if (change.value !== '') parts.push({ kind, text: change.value });
  }
  return parts;
}
