// Where the reader's words are on screen: a stretch of the text as a DOM range inside a drawn
// piece, scrolling the reader (never the page) to a box, and the found stretch's highlight.

/** A stretch of the text to show (a match of "Find in the article"); `nonce` changes per ask. */
export interface FoundStretch {
  start: number;
  end: number;
  nonce: number;
}

/**
 * Scrolls the reader (only the reader, never the page) so that the target's box sits a third of
 * the way down its visible box, measured with bounding boxes. Placed again on the next frame:
 * pieces that come into view are measured then, and may differ from their estimated height.
 */
export function scrollIntoReader(body: HTMLElement, box: () => DOMRect | null): void {
  const place = () => {
    const targetBox = box();
    if (!targetBox) return;
    const bodyBox = body.getBoundingClientRect();
    const offset = targetBox.top - bodyBox.top + body.scrollTop;
    const room = Math.max(0, body.clientHeight - targetBox.height);
    body.scrollTop = Math.max(0, offset - Math.min(body.clientHeight / 3, room / 2));
  };
  place();
  requestAnimationFrame(place);
}

const FIND_HIGHLIGHT = 'find-in-article';

/** The stretch `start`–`end` of the text inside a drawn piece, as a DOM range (clamped to it). */
export function rangeInPiece(element: HTMLElement, pieceStart: number, start: number, end: number) {
  const range = document.createRange();
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let at = pieceStart;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.nodeValue?.length ?? 0;
    if (!started && start < at + length) {
      range.setStart(node, Math.max(0, start - at));
      started = true;
    }
    if (started && end <= at + length) {
      range.setEnd(node, end - at);
      return range;
    }
    at += length;
    if (started) range.setEnd(node, length);
  }
  return started ? range : null;
}

/** Shows a found stretch with the CSS Custom Highlight API, where the browser has it. */
export function highlightFound(range: Range | null): void {
  const registry = (globalThis.CSS as { highlights?: Map<string, unknown> } | undefined)
    ?.highlights;
  if (!registry || typeof Highlight === 'undefined') return;
  if (range) registry.set(FIND_HIGHLIGHT, new Highlight(range));
  else registry.delete(FIND_HIGHLIGHT);
}
