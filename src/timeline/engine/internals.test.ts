import { describe, expect, it } from 'vitest';
import { missingInternals } from './internals';

describe('vis-timeline internals', () => {
  it('are all present in the installed vis-timeline', () => {
    expect(missingInternals()).toEqual([]);
  });

  it('are reported missing from a vis-timeline without them', () => {
    const missing = missingInternals({ Timeline: class Timeline {}, timeline: {} });
    expect(missing).toEqual(
      expect.arrayContaining([
        'Timeline.initialFitDone',
        'Core._onResize',
        'ItemSet.redraw',
        'Group._checkIfVisible',
        'RangeItem.redraw(returnQueue)',
      ]),
    );
  });
});
