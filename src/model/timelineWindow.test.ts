import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  boxAlign,
  DRAWABLE,
  fitAllWindow,
  fitWindow,
  type PlacedItem,
  panWindow,
  revealShift,
  withinDrawable,
  zoomAnchor,
  zoomedWindow,
  zoomWindow,
} from './timelineWindow';

const DAY = 86_400_000;
const toPx = (w: { start: number; end: number }, width: number, t: number) =>
  ((t - w.start) / (w.end - w.start)) * width;

describe('fitWindow', () => {
  it('is null without items', () => {
    expect(fitWindow([], 1000)).toBeNull();
  });

  it('puts every label inside the area, the latest long label ending at the right edge', () => {
    const items: PlacedItem[] = [
      { start: 0, end: 31 * DAY, labelPx: 300 },
      { start: 29 * DAY, labelPx: 200 },
      { start: 69 * DAY, labelPx: 450 },
      { start: 70 * DAY, end: 71 * DAY, labelPx: 100 },
    ];
    const width = 1200;
    const w = fitWindow(items, width, { marginPx: 12 });
    if (!w) throw new Error('no window');
    for (const item of items) {
      expect(toPx(w, width, item.start)).toBeGreaterThanOrEqual(11.99);
      expect(toPx(w, width, item.start) + item.labelPx).toBeLessThanOrEqual(width - 11.99);
      expect(toPx(w, width, item.end ?? item.start)).toBeLessThanOrEqual(width - 11.99);
    }
    // The binding label touches the margin: the scale is as large as it can be.
    expect(toPx(w, width, 69 * DAY) + 450).toBeCloseTo(width - 12, 3);
  });

  it('gives no label more than 70% of the area, rather than zooming out forever', () => {
    const w = fitWindow(
      [
        { start: 0, labelPx: 50 },
        { start: 10 * DAY, labelPx: 5000 },
      ],
      300,
    );
    if (!w) throw new Error('no window');
    expect(toPx(w, 300, 10 * DAY)).toBeCloseTo(12 + 276 * 0.3, 3);
  });

  it('gives a single day at least the minimum span', () => {
    const w = fitWindow([{ start: 5 * DAY, labelPx: 10 }], 1000);
    if (!w) throw new Error('no window');
    expect(w.end - w.start).toBeGreaterThanOrEqual(2 * DAY);
  });

  it('always keeps every item start and end inside the area (property)', () => {
    const item = fc.record({
      start: fc.integer({ min: 0, max: 3650 }).map((d) => d * DAY),
      length: fc.option(
        fc.integer({ min: 1, max: 400 }).map((d) => d * DAY),
        { nil: undefined },
      ),
      labelPx: fc.integer({ min: 0, max: 2000 }),
    });
    fc.assert(
      fc.property(
        fc.array(item, { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 200, max: 2500 }),
        (raw, width) => {
          const items = raw.map(({ start, length, labelPx }) =>
            length === undefined ? { start, labelPx } : { start, end: start + length, labelPx },
          );
          const w = fitWindow(items, width);
          if (!w) throw new Error('no window');
          for (const it of items) {
            expect(toPx(w, width, it.start)).toBeGreaterThanOrEqual(11.9);
            expect(toPx(w, width, it.end ?? it.start)).toBeLessThanOrEqual(width - 11.9);
            if (it.labelPx <= (width - 24) * 0.7) {
              expect(toPx(w, width, it.start) + it.labelPx).toBeLessThanOrEqual(width - 11.9);
            }
          }
        },
      ),
    );
  });
});

describe('zoomWindow', () => {
  it('keeps the anchor at the same place on the screen', () => {
    const w = { start: 0, end: 100 };
    const z = zoomWindow(w, 0.5, 80);
    expect(z).toEqual({ start: 40, end: 90 });
    expect((80 - z.start) / (z.end - z.start)).toBeCloseTo(0.8);
  });

  it('zooms around the middle without an anchor in the window', () => {
    expect(zoomWindow({ start: 0, end: 100 }, 2)).toEqual({ start: -50, end: 150 });
    expect(zoomWindow({ start: 0, end: 100 }, 0.5, 500)).toEqual({ start: 25, end: 75 });
  });
});

describe('zoomAnchor', () => {
  const w = { start: 0, end: 100 };
  it('prefers the selection in view', () => {
    expect(zoomAnchor(w, [1, 2, 3], 70)).toBe(70);
  });
  it('takes the median of the events in view, so a crowded stretch stays in sight', () => {
    expect(zoomAnchor(w, [5, 90, 91, 92, 93], null)).toBe(91);
    expect(zoomAnchor(w, [5, 90, 91, 92], 500)).toBe(90.5);
  });
  it('falls back to the middle', () => {
    expect(zoomAnchor(w, [200], null)).toBe(50);
  });
});

describe('boxAlign', () => {
  it('puts a label on the side with room', () => {
    expect(boxAlign(100, 200, 1000)).toBe('left');
    expect(boxAlign(900, 200, 1000)).toBe('right');
    expect(boxAlign(150, 400, 500)).toBe('center');
  });
});

describe('withinDrawable', () => {
  it('leaves a window inside the drawable range as it is', () => {
    const window = { start: 0, end: 1_000 };
    expect(withinDrawable(window)).toBe(window);
  });

  it('moves a window that runs past either end back inside, keeping its span', () => {
    const span = 1_000_000;
    expect(withinDrawable({ start: DRAWABLE.end - 10, end: DRAWABLE.end - 10 + span })).toEqual({
      start: DRAWABLE.end - span,
      end: DRAWABLE.end,
    });
    expect(withinDrawable({ start: DRAWABLE.start - span, end: DRAWABLE.start })).toEqual({
      start: DRAWABLE.start,
      end: DRAWABLE.start + span,
    });
  });

  it('cuts a window wider than everything to everything, each end a valid date', () => {
    const cut = withinDrawable({ start: -1e16, end: 1e16 });
    expect(cut).toEqual(DRAWABLE);
    expect(Number.isNaN(new Date(cut.start).valueOf())).toBe(false);
    expect(Number.isNaN(new Date(cut.end).valueOf())).toBe(false);
  });
});

describe('fitAllWindow', () => {
  it('fits a few items with their labels', () => {
    const items = [{ start: 0 }, { start: 10 * DAY }];
    const window = fitAllWindow({ items, first: 0, last: 10 * DAY }, 1000, () => 100);
    expect(window).toEqual(
      fitWindow(
        [
          { start: 0, labelPx: 100 },
          { start: 10 * DAY, labelPx: 100 },
        ],
        1000,
      ),
    );
  });

  it('fits many items by their dates alone, with a margin', () => {
    const items = Array.from({ length: 500 }, (_, i) => ({ start: i * DAY }));
    const last = 499 * DAY;
    const window = fitAllWindow({ items, first: 0, last }, 1000, () => 100);
    expect(window).toEqual({ start: -last * 0.06, end: last * 1.06 });
  });
});

describe('panWindow', () => {
  it('moves the window by a share of its width', () => {
    expect(panWindow({ start: 0, end: 100 }, 0.2)).toEqual({ start: 20, end: 120 });
    expect(panWindow({ start: 0, end: 100 }, -0.2)).toEqual({ start: -20, end: 80 });
  });
});

describe('zoomedWindow', () => {
  it('zooms around the selected event, and leaves counts out of the middle', () => {
    const window = { start: 0, end: 100 };
    const drawn = [
      { start: 10, eventId: 'a' },
      { start: 80, eventId: 'b' },
      { start: 0, end: 100, eventId: '', aggregate: {} },
    ];
    expect(zoomedWindow(window, 0.5, drawn, 'a')).toEqual(zoomWindow(window, 0.5, 10));
    expect(zoomedWindow(window, 0.5, drawn, null)).toEqual(zoomWindow(window, 0.5, 45));
  });
});

describe('revealShift', () => {
  const panel = { top: 100, bottom: 300 };
  it('is 0 inside the panel, else the distance to bring the item in with a margin', () => {
    expect(revealShift(panel, { top: 150, bottom: 170 })).toBe(0);
    expect(revealShift(panel, { top: 320, bottom: 340 })).toBe(48);
    expect(revealShift(panel, { top: 60, bottom: 80 })).toBe(-48);
  });
});
