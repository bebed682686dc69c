// Edits typed into a form field reach the store a moment after the typing pauses (a key costs only
// the field's own redraw, even in a 10k-event draft). Before anything reads or changes the history
// (undo, redo, saving a new event), the edits still waiting are applied: one stream, in order.

const waiting = new Set<() => void>();

/** Registers a field's pending edit; returns a function that drops it. */
export function holdEdit(apply: () => void): () => void {
  waiting.add(apply);
  return () => waiting.delete(apply);
}

/** Applies every edit still waiting. */
export function flushEdits(): void {
  for (const apply of [...waiting]) {
    waiting.delete(apply);
    apply();
  }
}
