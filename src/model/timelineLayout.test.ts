import { describe, expect, it } from 'vitest';
import { aggregateHeightPx, ROW_PX, rowsPerLane } from './timelineLayout';

describe('rowsPerLane', () => {
  it('gives a lane about a third of the drawing, between 2 and 8 rows', () => {
    expect(rowsPerLane(9 * ROW_PX)).toBe(3);
    expect(rowsPerLane(2 * ROW_PX)).toBe(2);
    expect(rowsPerLane(100 * ROW_PX)).toBe(8);
  });

  it('assumes a drawing of 300 px before one is measured', () => {
    expect(rowsPerLane(undefined)).toBe(rowsPerLane(300));
    expect(rowsPerLane(0)).toBe(rowsPerLane(300));
  });
});

describe('aggregateHeightPx', () => {
  it('draws denser counts taller, lane counts lower, and "+N more" as one row', () => {
    expect(aggregateHeightPx({ more: false, weight: 1 })).toBe(94);
    expect(aggregateHeightPx({ more: false, group: 'kind:a', weight: 1 })).toBe(46);
    expect(aggregateHeightPx({ more: true, group: 'kind:a', weight: 1 })).toBe(20);
  });
});
