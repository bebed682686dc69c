// What the details say of a passage that is not where its offsets put it (the article's text
// changed since): its state in words and, when its words changed, how (a word diff). Nothing for
// a passage at its offsets.

import { changedFacts } from '../dataset/changedFacts';
import type { PassageState } from '../dataset/passageState';
import { type Anchor, atItsOffsets } from '../dataset/passageState';
import type { Passage } from '../dataset/schema';
import { wordDiff } from '../dataset/wordDiff';
import { WordDiffText } from './WordDiffText';

/** Each state's name and what it means for the reader, in one place. */
export const STATE_WORDS: Readonly<Record<PassageState, { name: string; note: string }>> = {
  exact: {
    name: 'Exact',
    note: 'Found word for word with its context at another place (its offsets were out of date).',
  },
  moved: {
    name: 'Moved',
    note: 'Found word for word, but the words around it changed.',
  },
  edited: {
    name: 'Edited',
    note: 'The article’s words here changed since this passage was quoted. Needs review:',
  },
  ambiguous: {
    name: 'Ambiguous',
    note: 'The quote fits more than one place in the article equally well, so it is not shown.',
  },
  lost: { name: 'Lost', note: 'This passage was not found in the article text.' },
};

const FACT_WORDS = { figure: 'a figure', date: 'a date', name: 'a name' } as const;

export function PassageStateNote({
  anchor,
  passage,
  text,
}: {
  anchor: Anchor | undefined;
  passage: Passage;
  /** The source's text (undefined: the source is unknown). */
  text: string | undefined;
}) {
  const state: PassageState = anchor?.state ?? 'lost';
  if (anchor && atItsOffsets(anchor, passage)) return null;
  const words = STATE_WORDS[state];
  const diff =
    state === 'edited' && anchor && text !== undefined
      ? wordDiff(passage.exact, text.slice(anchor.start, anchor.end))
      : null;
  const facts = diff ? changedFacts(diff) : [];
  return (
    <div className={`passage-state passage-state-${state}`}>
      <p>
        <span className="state-badge">{words.name}</span>{' '}
        <span className={state === 'exact' || state === 'moved' ? 'hint' : 'warning'}>
          {words.note}
        </span>
      </p>
      {diff && (
        <p className="passage-diff">
          <WordDiffText parts={diff} />
        </p>
      )}
      {facts.length > 0 && (
        <p className="warning">
          {`Changed: ${[...new Set(facts.map((fact) => FACT_WORDS[fact.kind]))].join(', ')} (`}
          {facts.map((fact) => `${fact.before || '…'} → ${fact.after || '…'}`).join('; ')})
        </p>
      )}
    </div>
  );
}
