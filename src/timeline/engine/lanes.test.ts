import type { Timeline } from 'vis-timeline/peer';
import { describe, expect, it } from 'vitest';
import { measureLanesOncePerRedraw } from './internals';

/** A stand-in for vis-timeline's lane: counts its reads of the DOM, runs its steps like it. */
class FakeLane {
  reads = { place: 0, label: 0 };
  top = 0;
  height = 0;
  props = { label: { width: 0, height: 0 } };
  labelWidth = 80;
  readonly dom: { foreground: object; inner: object };

  constructor() {
    const lane = this;
    this.dom = {
      foreground: {
        get offsetTop() {
          lane.reads.place++;
          return 10;
        },
      },
      inner: {
        get clientWidth() {
          lane.reads.label++;
          return lane.labelWidth;
        },
        get clientHeight() {
          return 20;
        },
      },
    };
  }

  /** As vis-timeline's: measures, draws the items, measures again, then says whether it resized. */
  redraw(height: number): boolean {
    this._calculateGroupSizeAndPosition();
    this._calculateGroupSizeAndPosition();
    return this._didResize(false, height);
  }

  _calculateGroupSizeAndPosition(): void {
    this.top = (this.dom.foreground as { offsetTop: number }).offsetTop;
  }

  _didResize(resized: boolean, height: number): boolean {
    const inner = this.dom.inner as { clientWidth: number; clientHeight: number };
    let changed = resized;
    if (this.height !== height) {
      this.height = height;
      changed = true;
    }
    if (this.props.label.width !== inner.clientWidth) {
      this.props.label.width = inner.clientWidth;
      changed = true;
    }
    return changed;
  }
}

function timelineWith(lane: object): Timeline {
  return { itemSet: { groups: { lane } } } as unknown as Timeline;
}

describe('measureLanesOncePerRedraw', () => {
  it('reads a lane’s place and its name’s size once a redraw, and still sees them change', () => {
    class Lane extends FakeLane {}
    const lane = new Lane();
    measureLanesOncePerRedraw(timelineWith(lane));

    expect(lane.redraw(100)).toBe(true);
    expect(lane.reads).toEqual({ place: 1, label: 1 });
    expect(lane.top).toBe(10);
    expect(lane.props.label).toEqual({ width: 80, height: 20 });

    // Nothing changed: not resized; the next redraw reads again.
    expect(lane.redraw(100)).toBe(false);
    expect(lane.reads).toEqual({ place: 2, label: 2 });

    // A wider name or a taller lane is a resize.
    lane.labelWidth = 120;
    expect(lane.redraw(100)).toBe(true);
    expect(lane.props.label.width).toBe(120);
    expect(lane.redraw(140)).toBe(true);
  });

  it('leaves a measure outside a redraw (and a lane class patched once) as it was', () => {
    class Lane extends FakeLane {}
    const lane = new Lane();
    measureLanesOncePerRedraw(timelineWith(lane));
    measureLanesOncePerRedraw(timelineWith(new Lane()));
    lane._calculateGroupSizeAndPosition();
    lane._calculateGroupSizeAndPosition();
    expect(lane.reads.place).toBe(2);
    lane.redraw(50);
    expect(lane.reads).toEqual({ place: 3, label: 1 });
  });
});
