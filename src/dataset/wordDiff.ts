// The words two texts differ by: a quote against the primary source it quotes (the details
// panel), a passage against its edited text (re-anchoring). Word by word, with jsdiff's
// `diffWords` underneath (a Myers diff over word tokens, white space kept with the words); a
// change of white space alone is no difference.
import { diffWords } from 'diff';

export interface WordChange {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/**
 * `before` turned into `after`, as runs of words kept, removed (in `before` only) and added (in
 * `after` only), in reading order; a removal comes before the addition that replaces it. The
 * runs of kind `same` and `removed` spell `before`, those of kind `same` and `added` spell
 * `after`, but for white space.
 */
export function wordDiff(
  before: string,
  after: string,
): Array<{ kind: 'same' | 'removed' | 'added'; text: string }> {
  const changes: WordChange[] = [];
  for (const part of diffWords(before, after)) {
    const kind = part.added ? 'added' : part.removed ? 'removed' : 'same';
    const last = changes[changes.length - 1];
    if (last && last.kind === kind) last.text += part.value;
    else if (part.value !== '') changes.push({ kind, text: part.value });
  }
  return changes;
}
