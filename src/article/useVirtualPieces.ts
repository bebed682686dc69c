// A small virtualiser for the article reader: which pieces are near the reader's box, and where
// each goes. Heights start as estimates and are replaced by measured ones (a ResizeObserver on the
// drawn pieces); a piece above the top of the box that changes height moves the scroll position
// by as much, so what is being read stays put. Sums live in a HeightIndex: every step is
// O(log n) in the pieces, whatever the text. Own code rather than a library: it is ~150 lines,
// where a general one would add ~11 KB gzip to the first-paint bundle and, at 100k pieces,
// redo its running sums in O(n) after each measurement.
import { type RefObject, useCallback, useEffect, useLayoutEffect, useReducer, useRef } from 'react';
import { flushSync } from 'react-dom';
import { HeightIndex } from '../model/heightIndex';

/** Sizes the estimates are made with, measured from the reader's box. */
export interface Metrics {
  unitsPerLine: number;
  lineHeight: number;
  gap: number;
  width: number;
}

/** Pixels drawn beyond each edge of the box, so scrolling and Tab find text ready. */
const OVERSCAN_PX = 800;
/**
 * What a jump draws beyond the box: the passage's frame shows only what is in view (drawing the
 * full overscan of a dense text cost ~12 ms more); the rest is drawn when the page is next idle.
 */
const JUMP_OVERSCAN_PX = 100;

export interface VirtualPieces {
  /** The pieces to draw: from…to, end excluded. */
  from: number;
  to: number;
  /** Where piece i starts. */
  top: (i: number) => number;
  total: number;
  /** Where piece i starts (for a scroll to it before it is drawn). */
  offsetOf: (i: number) => number;
  /** A ref for each drawn piece (its `data-index` is its position): it is measured. */
  measure: (node: HTMLElement | null) => (() => void) | undefined;
  /**
   * Scrolls the box to `top` and draws the pieces there at once (not a frame later, on the
   * scroll event), so a reveal can place its passage in the same frame.
   */
  jumpTo: (top: number) => void;
  /** The box's height as last read (reading it from the box would lay the page out). */
  boxHeight: () => number;
}

/** Runs `task` when the page is idle (within a second at most); returns a handle to cancel it. */
function whenIdle(task: () => void): number {
  if (typeof requestIdleCallback === 'function')
    return requestIdleCallback(task, { timeout: 1000 });
  return window.setTimeout(task, 50);
}
function cancelIdle(handle: number): void {
  if (typeof cancelIdleCallback === 'function') cancelIdleCallback(handle);
  else clearTimeout(handle);
}

function measureMetrics(body: HTMLElement): Metrics {
  const style = getComputedStyle(body);
  const fontSize = Number.parseFloat(style.fontSize) || 16;
  const lineHeight = Number.parseFloat(style.lineHeight) || fontSize * 1.45;
  const padding =
    (Number.parseFloat(style.paddingLeft) || 0) + (Number.parseFloat(style.paddingRight) || 0);
  const width = body.clientWidth - padding;
  // A serif text averages about half an em per character.
  return {
    unitsPerLine: Math.max(16, Math.floor(width / (fontSize * 0.5))),
    lineHeight,
    gap: fontSize * 0.75,
    width: body.clientWidth,
  };
}

interface State {
  /** What the heights were made for: a new list starts afresh. */
  key: unknown;
  count: number;
  heights: HeightIndex;
  measured: Uint8Array;
  metrics: Metrics;
}

/**
 * Virtualises `count` pieces inside the scroll box `bodyRef` (padded by `padding` px above and
 * below). `estimate(i, metrics)` guesses a piece's height; `drawAll` draws every piece (a short
 * text, so find-in-page sees it all). `key` changes for a new list.
 */
export function useVirtualPieces(
  bodyRef: RefObject<HTMLElement | null>,
  count: number,
  estimate: (i: number, metrics: Metrics) => number,
  key: unknown,
  drawAll: boolean,
  padding: number,
): VirtualPieces {
  const [, rerender] = useReducer((x: number) => x + 1, 0);
  const state = useRef<State | null>(null);
  const fresh = (metrics: Metrics): State => {
    const sizes = new Float64Array(count);
    for (let i = 0; i < count; i++) sizes[i] = estimate(i, metrics);
    return {
      key,
      count,
      heights: new HeightIndex(sizes),
      measured: new Uint8Array(count),
      metrics,
    };
  };
  // The layout effect below outlives renders: it reads the latest of these.
  const latest = useRef({ fresh, estimate });
  latest.current = { fresh, estimate };
  // Estimated with the box's own metrics: on the first render the box does not exist yet, so
  // nothing is drawn until it has been measured (the observer below, right after layout).
  const body = bodyRef.current;
  if (body && (!state.current || state.current.key !== key || state.current.count !== count)) {
    state.current = fresh(
      state.current && state.current.metrics.width === body.clientWidth
        ? state.current.metrics
        : measureMetrics(body),
    );
  }
  const current = state.current;
  const view = useRef({ top: 0, height: 600 });
  /** Set by a jump until the page is next idle: then the full overscan is drawn. */
  const narrow = useRef(false);
  const widening = useRef<number | null>(null);
  useEffect(
    () => () => {
      if (widening.current !== null) cancelIdle(widening.current);
    },
    [],
  );

  // The box's size and scroll position, read on scroll (once a frame) and on resize. A change
  // of width makes the pieces not yet measured estimated again.
  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    let frame = 0;
    const read = () => {
      frame = 0;
      if (!state.current) state.current = latest.current.fresh(measureMetrics(body));
      const s = state.current;
      if (body.clientWidth !== s.metrics.width) {
        const metrics = measureMetrics(body);
        const sizes = new Float64Array(s.count);
        for (let i = 0; i < s.count; i++) {
          sizes[i] = s.measured[i] ? s.heights.size(i) : latest.current.estimate(i, metrics);
        }
        s.heights = new HeightIndex(sizes);
        s.metrics = metrics;
      }
      view.current = { top: body.scrollTop, height: body.clientHeight };
      rerender();
    };
    const onScroll = () => {
      if (frame === 0) frame = requestAnimationFrame(read);
    };
    body.addEventListener('scroll', onScroll, { passive: true });
    // The first size comes from the observer, which reports after layout: measuring here, in the
    // commit, would force a layout of the whole page (60 ms beside a timeline of 235k events).
    const resize = new ResizeObserver(() => read());
    resize.observe(body);
    return () => {
      body.removeEventListener('scroll', onScroll);
      resize.disconnect();
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [bodyRef]);

  // Drawn pieces report their height; one above the box's top moves the scroll by its change.
  const observer = useRef<ResizeObserver | null>(null);
  useEffect(() => () => observer.current?.disconnect(), []);
  const measure = useCallback(
    (node: HTMLElement | null) => {
      if (!node) return undefined;
      if (!observer.current) {
        observer.current = new ResizeObserver((entries) => {
          const s = state.current;
          const body = bodyRef.current;
          if (!s || !body) return;
          let shift = 0;
          let changed = false;
          for (const entry of entries) {
            const target = entry.target as HTMLElement;
            if (!target.isConnected) continue;
            const i = Number(target.dataset.index);
            if (!Number.isInteger(i) || i < 0 || i >= s.count) continue;
            const height = entry.borderBoxSize?.[0]?.blockSize ?? target.offsetHeight;
            s.measured[i] = 1;
            const before = s.heights.size(i);
            if (Math.abs(height - before) < 0.5) continue;
            if (padding + s.heights.offsetOf(i) < body.scrollTop) shift += height - before;
            s.heights.set(i, height);
            changed = true;
          }
          if (shift !== 0) body.scrollTop += shift;
          if (changed) rerender();
        });
      }
      const watcher = observer.current;
      watcher.observe(node);
      return () => watcher.unobserve(node);
    },
    [bodyRef, padding],
  );

  const jumpTo = useCallback(
    (top: number) => {
      const body = bodyRef.current;
      if (!body) return;
      // The pieces there are drawn first and scrolled to after: the page is laid out once, for
      // the scroll (with whatever else changed in this task), not once more for the new pieces.
      // The box's height is the last one read; its observer corrects it if it has changed.
      view.current = { top, height: view.current.height };
      narrow.current = true;
      if (widening.current === null) {
        widening.current = whenIdle(() => {
          widening.current = null;
          narrow.current = false;
          rerender();
        });
      }
      flushSync(rerender);
      body.scrollTop = top;
      if (body.scrollTop !== top) {
        // Cut short at the end of the text: the pieces near where it stopped.
        view.current = { top: body.scrollTop, height: view.current.height };
        flushSync(rerender);
      }
    },
    [bodyRef],
  );
  const boxHeight = useCallback(() => view.current.height, []);

  if (!current) {
    return {
      from: 0,
      to: 0,
      top: () => 0,
      offsetOf: () => 0,
      total: 0,
      measure,
      jumpTo,
      boxHeight,
    };
  }
  const { heights } = current;
  let from = 0;
  let to = current.count;
  if (!drawAll && current.count > 0) {
    const { top, height } = view.current;
    const overscan = narrow.current ? JUMP_OVERSCAN_PX : OVERSCAN_PX;
    from = Math.max(0, heights.indexAt(top - padding - overscan));
    to = Math.min(current.count, heights.indexAt(top - padding + height + overscan) + 1);
  }
  return {
    from,
    to,
    top: (i) => padding + heights.offsetOf(i),
    offsetOf: (i) => padding + heights.offsetOf(i),
    total: heights.total() + 2 * padding,
    measure,
    jumpTo,
    boxHeight,
  };
}
