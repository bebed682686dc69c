// The timeline's code (vis-timeline and its engine) is the largest chunk: loaded once, on demand,
// and remembered, so a page that has it renders it at once. Components follow it as an external
// store (`subscribeTimelinePane` and `loadedTimelinePane`).
import type { ComponentType } from 'react';

let chunk: Promise<ComponentType> | null = null;
let loaded: ComponentType | null = null;
const listeners = new Set<() => void>();

export function loadTimelinePane(): Promise<ComponentType> {
  chunk ??= import('./TimelinePane').then(
    (module) => {
      loaded = module.default;
      for (const listener of listeners) listener();
      return module.default;
    },
    (error: unknown) => {
      // Not remembered: "Try again" asks once more.
      chunk = null;
      throw error;
    },
  );
  return chunk;
}

/** The pane's component if its chunk has arrived, else null. */
export function loadedTimelinePane(): ComponentType | null {
  return loaded;
}

/** Calls `listener` when the pane's chunk arrives. */
export function subscribeTimelinePane(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
