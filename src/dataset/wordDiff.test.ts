import { describe, expect, it } from 'vitest';
import { changedFacts } from './changedFacts';
import { wordDiff } from './wordDiff';

describe('wordDiff', () => {
  it('marks the words changed between two wordings', () => {
    expect(
      wordDiff('deserve a future free from terror', 'deserve a future free of terror'),
    ).toEqual([
      { kind: 'same', text: 'deserve a future free ' },
      { kind: 'removed', text: 'from' },
      { kind: 'added', text: 'of' },
      { kind: 'same', text: ' terror' },
    ]);
  });

  it('is one part for equal wordings, and nothing for two empty ones', () => {
    expect(wordDiff('the same words', 'the same words')).toEqual([
      { kind: 'same', text: 'the same words' },
    ]);
    expect(wordDiff('', '')).toEqual([]);
  });

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
