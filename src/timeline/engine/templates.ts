// The DOM of what the timeline draws, built with textContent (data never becomes HTML), and the
// few queries that find it again. The class names here are the ones the timeline's CSS styles.
import { LABEL_EXTRA_PX, PHONE_LABEL_SHARE } from '../../model/timelineLayout';

const LABEL = 'tl-label';
const AGGREGATE_LABEL = 'tl-aggregate-label';

/**
 * An item's content: a focusable button-like label, text only. `pressed` says whether the item
 * is the selected event's (kept out of the item's data: a change of selection then costs two
 * attributes, not a redraw of every item).
 */
export function renderItem(
  item: Record<string, unknown>,
  pressed: ReadonlySet<string>,
): HTMLElement {
  const node = document.createElement('span');
  if (item.role === 'period') {
    // A period's band: its name, as text; not focusable (it is not something to choose).
    node.className = 'tl-period-label';
    node.title = String(item.tooltip ?? '');
    node.textContent = String(item.eventTitle ?? '');
    return node;
  }
  node.setAttribute('role', 'button');
  node.tabIndex = 0;
  node.setAttribute('aria-label', String(item.label ?? ''));
  node.title = String(item.tooltip ?? '');
  if (item.role === 'aggregate') {
    node.className = AGGREGATE_LABEL;
    node.dataset.aggregateId = String(item.id ?? '');
    node.textContent = String(item.eventTitle ?? '');
    return node;
  }
  node.className = LABEL;
  node.setAttribute('aria-pressed', pressed.has(String(item.id ?? '')) ? 'true' : 'false');
  node.dataset.eventId = String(item.eventId ?? '');
  node.dataset.itemId = String(item.id ?? '');
  // The title isolated, so its direction never reorders the marks after it.
  const title = document.createElement('bdi');
  title.textContent = String(item.eventTitle ?? '');
  node.appendChild(title);
  const marks = String(item.marks ?? '');
  if (marks) {
    const mark = document.createElement('span');
    mark.className = 'tl-mark';
    mark.setAttribute('aria-hidden', 'true');
    mark.textContent = ` ${marks}`;
    node.appendChild(mark);
  }
  return node;
}

export function renderGroup(group: Record<string, unknown> | null): HTMLElement {
  const node = document.createElement('span');
  node.className = 'tl-group-label';
  node.textContent = String(group?.label ?? '');
  return node;
}

/** Says on each drawn label whether it is one of `pressed` (`aria-pressed`). */
export function markPressed(container: HTMLElement, pressed: ReadonlySet<string>): void {
  for (const node of container.querySelectorAll<HTMLElement>(`.${LABEL}[data-item-id]`)) {
    const value = String(pressed.has(node.dataset.itemId ?? ''));
    if (node.getAttribute('aria-pressed') !== value) node.setAttribute('aria-pressed', value);
  }
}

/** The box of the panel the items are drawn in, on screen. */
export function itemsPanelBox(container: HTMLElement): DOMRect | undefined {
  return container.querySelector('.vis-panel.vis-center')?.getBoundingClientRect();
}

/** The box on screen of an event's drawn item (the first, when it has several). */
export function eventItemBox(container: HTMLElement, eventId: string): DOMRect | undefined {
  const label = container.querySelector(`.${LABEL}[data-event-id="${CSS.escape(eventId)}"]`);
  return label?.closest('.vis-item')?.getBoundingClientRect();
}

/** The aggregate id of a count's label (or of an element inside it). */
export function aggregateIdAt(target: Element): string | undefined {
  return target.closest<HTMLElement>(`.${AGGREGATE_LABEL}`)?.dataset.aggregateId;
}

/** The event id of an event's label (or of an element inside it). */
export function eventIdAt(target: Element): string | undefined {
  return target.closest<HTMLElement>(`.${LABEL}[data-event-id]`)?.dataset.eventId;
}

/**
 * The item (event or count) that starts earliest inside the visible panel: furthest left, or
 * right to left (`rtl`) furthest right; else one that runs across it (a span begun earlier); else
 * null.
 */
export function earliestInView(container: HTMLElement, rtl: boolean): HTMLElement | null {
  const panel = itemsPanelBox(container);
  if (!panel) return null;
  // Distances from the panel's edge where time begins.
  const fromStart = (box: { left: number; right: number }) =>
    rtl ? panel.right - box.right : box.left - panel.left;
  let best: HTMLElement | null = null;
  let bestFromStart = Number.POSITIVE_INFINITY;
  let across: HTMLElement | null = null;
  for (const node of container.querySelectorAll<HTMLElement>(`.${LABEL}, .${AGGREGATE_LABEL}`)) {
    const box = (node.closest('.vis-item') ?? node).getBoundingClientRect();
    if (box.top < panel.top || box.bottom > panel.bottom) continue;
    if (box.right <= panel.left || box.left >= panel.right) continue;
    const distance = fromStart(box);
    if (distance < -1) {
      across ??= node;
    } else if (distance < bestFromStart) {
      best = node;
      bestFromStart = distance;
    }
  }
  return best ?? across;
}

/** How wide an item's label is drawn, px. */
export type LabelWidth = (item: { eventTitle: string; marks: string }) => number;

/**
 * Measures label widths with a canvas in the labels' font, as drawn (padding and border
 * included), once per text; on a phone labels wrap, so none is wider than their share of the
 * screen. `stop` ends its watch of the screen's width.
 */
export function labelMeasurer(container: HTMLElement): { width: LabelWidth; stop: () => void } {
  const context = document.createElement('canvas').getContext('2d');
  const style = getComputedStyle(container);
  const rootPx = Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  if (context) context.font = `${0.8 * rootPx}px ${style.fontFamily}`;
  const widths = new Map<string, number>();
  // Read once and kept up to date: asking matchMedia per item forced a style recalculation for
  // each of a few hundred items while vis-timeline was changing the DOM (300 ms a filter change).
  const phone = window.matchMedia('(max-width: 600px)');
  const widestNow = () =>
    phone.matches ? window.innerWidth * PHONE_LABEL_SHARE : Number.POSITIVE_INFINITY;
  let widest = widestNow();
  const onChange = () => {
    widest = widestNow();
  };
  phone.addEventListener('change', onChange);
  const width: LabelWidth = ({ eventTitle, marks }) => {
    const text = marks ? `${eventTitle} ${marks}` : eventTitle;
    let measured = widths.get(text);
    if (measured === undefined) {
      measured =
        Math.ceil(context ? context.measureText(text).width : text.length * 7) + LABEL_EXTRA_PX;
      widths.set(text, measured);
    }
    return Math.min(measured, widest);
  };
  return { width, stop: () => phone.removeEventListener('change', onChange) };
}

/**
 * The lane names scroll with the lanes; let keyboard users scroll them too (axe:
 * scrollable-region-focusable). The items panel holds focusable items already.
 */
export function makeLaneNamesScrollable(container: HTMLElement, label: string, rtl: boolean): void {
  // Right to left, vis-timeline puts the lane names in its right-hand panel.
  const laneNames = container.querySelector(rtl ? '.vis-panel.vis-right' : '.vis-panel.vis-left');
  if (laneNames instanceof HTMLElement) {
    laneNames.tabIndex = 0;
    laneNames.setAttribute('role', 'group');
    laneNames.setAttribute('aria-label', label);
  }
}
