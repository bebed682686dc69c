import { describe, expect, it } from 'vitest';
import { applyPieces, pieceBatches } from './textPieces';

describe('text pieces across a channel', () => {
  it('sends only the pieces the receiver lacks, in batches, and rebuilds the text', () => {
    const receiver: string[] = [];
    const first = ['aa', 'bb', 'cc', 'dd'];
    const batches = pieceBatches([], first, 3);
    expect(batches.length).toBeGreaterThan(1);
    for (const batch of batches) applyPieces(receiver, first.length, batch);
    expect(receiver.join('')).toBe('aabbccdd');
    const second = ['aa', 'BB', 'cc'];
    const changed = pieceBatches(first, second, 3);
    expect(changed).toEqual([[[1, 'BB']]]);
    for (const batch of changed) applyPieces(receiver, second.length, batch);
    expect(receiver.join('')).toBe('aaBBcc');
    // Nothing changed: one empty batch (the check is still asked for).
    expect(pieceBatches(second, second, 3)).toEqual([[]]);
  });
});
