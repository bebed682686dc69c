import { describe, expect, it } from 'vitest';
import { changedFacts } from './changedFacts';
import { wordDiff } from './wordDiff';

const spell = (changes: ReturnType<typeof wordDiff>, skip: 'added' | 'removed') =>
  changes
    .filter((change) => change.kind !== skip)
    .map((change) => change.text)
    .join('');

describe('wordDiff', () => {
  it('marks the one word the article changed in the statement it quotes', () => {
    expect(
      wordDiff('deserve a future free from terror', 'deserve a future free of terror'),
    ).toEqual([
      { kind: 'same', text: 'deserve a future free ' },
      { kind: 'removed', text: 'from' },
      { kind: 'added', text: 'of' },
      { kind: 'same', text: ' terror' },
    ]);
  });

  it('says nothing changed when nothing did', () => {
    expect(wordDiff('46 people were killed', '46 people were killed')).toEqual([
      { kind: 'same', text: '46 people were killed' },
    ]);
    expect(wordDiff('', '')).toEqual([]);
  });

  it('marks a changed number as a word of its own', () => {
    const changes = wordDiff('killed 46 people', 'killed 47 people');
    expect(changes.filter((c) => c.kind !== 'same').map((c) => [c.kind, c.text.trim()])).toEqual([
      ['removed', '46'],
      ['added', '47'],
    ]);
  });

  it('spells each text back from its runs (white space aside)', () => {
    const before = 'The Afghan people deserve a future free of terror.';
    const after = 'people in Afghanistan "deserve a future free from terror."';
    const changes = wordDiff(before, after);
    const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
    expect(squash(spell(changes, 'added'))).toBe(squash(before));
    expect(squash(spell(changes, 'removed'))).toBe(squash(after));
    // Never two runs of one kind side by side.
    changes.slice(1).forEach((change, i) => {
      expect(change.kind).not.toBe(changes[i]?.kind);
    });
  });

  it('treats everything as added to an empty text', () => {
    expect(wordDiff('', 'free of terror')).toEqual([{ kind: 'added', text: 'free of terror' }]);
    expect(wordDiff('free of terror', '')).toEqual([{ kind: 'removed', text: 'free of terror' }]);
  });
});

describe('wordDiff and changed facts, for re-anchoring', () => {
  it('does not count a change of whitespace alone', () => {
    const parts = wordDiff('killed 46 people', 'killed  46\npeople');
    expect(parts.every((part) => part.kind === 'same')).toBe(true);
  });

  it('puts the words of both back together', () => {
    const before = 'The Taliban on Sunday confirmed that the U.S. would provide aid.';
    const after = 'On Monday the Taliban confirmed the U.S. would provide more aid!';
    const parts = wordDiff(before, after);
    const side = (kind: 'removed' | 'added') =>
      parts
        .filter((p) => p.kind !== kind)
        .map((p) => p.text)
        .join('');
    expect(side('added').replace(/\s+/g, ' ')).toBe(before);
    expect(side('removed').replace(/\s+/g, ' ')).toBe(after);
  });
});

describe('changedFacts', () => {
  it('names figures, dates and names changed, and nothing else', () => {
    const facts = (a: string, b: string) => changedFacts(wordDiff(a, b));
    expect(facts('killed 46 people', 'killed 47 people')).toEqual([
      { before: '46', after: '47', kind: 'figure' },
    ]);
    expect(facts('on Friday', 'on Saturday')).toEqual([
      { before: 'Friday', after: 'Saturday', kind: 'date' },
    ]);
    expect(facts('said Ned Price', 'said Jen Psaki')).toEqual([
      { before: 'Ned Price', after: 'Jen Psaki', kind: 'name' },
    ]);
    expect(facts('dozens were hurt', 'hundreds were hurt')[0]?.kind).toBe('figure');
    expect(facts('free from terror', 'free of terror')).toEqual([]);
  });
});
