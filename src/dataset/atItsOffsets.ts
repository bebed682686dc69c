// Whether a passage is shown where its own offsets say: a module of its own, without imports, so
// both the anchoring (anchor.ts) and the page's light helpers (loaded.ts) can use it.

/** Whether a passage is shown at its own offsets: the text has not changed under it. */
export const atItsOffsets = (
  anchor: { state: string; start: number; end: number },
  passage: { start: number; end: number },
): boolean =>
  anchor.state === 'exact' && anchor.start === passage.start && anchor.end === passage.end;
