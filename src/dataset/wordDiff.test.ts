import { describe, expect, it } from 'vitest';
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
