// The reader's selected words as offsets in the source text, read through the pieces the reader
// draws, each of which says where it starts (`data-start`). Shared by the selection toolbar and
// the event form's "Use the selected words".
import { useEffect, useState } from 'react';

export interface Selected {
  start: number;
  end: number;
  /** Where to show the toolbar (viewport px). */
  top: number;
  left: number;
}

/** The offset in the source text of a point inside the reader's pieces, or null. */
function offsetOf(body: HTMLElement, node: Node, offset: number): number | null {
  const element = node instanceof Element ? node : node.parentElement;
  const piece = element?.closest<HTMLElement>('.article-piece[data-start]');
  if (!piece || !body.contains(piece)) return null;
  const range = document.createRange();
  range.setStart(piece, 0);
  range.setEnd(node, offset);
  return Number(piece.dataset.start) + range.toString().length;
}

/** The reader's selection as offsets in the source, if it lies inside the reader and is not empty. */
export function readSelection(body: HTMLElement): Selected | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const a = offsetOf(body, range.startContainer, range.startOffset);
  const b = offsetOf(body, range.endContainer, range.endOffset);
  if (a === null || b === null || a === b) return null;
  const rect = range.getBoundingClientRect();
  // Below the words, kept on screen (a selection may run past the window's edge).
  const top = Math.min(Math.max(rect.bottom + 6, 8), window.innerHeight - 48);
  const left = Math.min(Math.max(rect.left, 8), window.innerWidth - 320);
  return { start: Math.min(a, b), end: Math.max(a, b), top, left };
}

/**
 * Whether a `selectionchange` is the document's: Chromium also fires one, bubbling, for each caret
 * move in a text field (each key typed in a form), which never concerns the reader.
 */
export function isDocumentSelection(event: Event): boolean {
  return event.target === document || event.target === null;
}

/** The reader's current selection (in the reader of `sourceId` only), following it as it changes. */
export function useReaderSelection(): (Selected & { sourceId: string }) | null {
  const [selected, setSelected] = useState<(Selected & { sourceId: string }) | null>(null);
  useEffect(() => {
    const update = (event?: Event) => {
      if (event && !isDocumentSelection(event)) return;
      const body = document.querySelector<HTMLElement>('.article-body[data-source]');
      const sourceId = body?.dataset.source;
      const range = body && sourceId ? readSelection(body) : null;
      setSelected(range && sourceId ? { ...range, sourceId } : null);
    };
    document.addEventListener('selectionchange', update);
    update();
    return () => document.removeEventListener('selectionchange', update);
  }, []);
  return selected;
}
