// A prerendered page's boot script (scripts/prerender/scriptsAfterPaint.ts) starts the parsing
// worker as it asks for the app's modules, so the worker's script downloads and compiles while
// theirs do (~100 ms of a small dataset's load, which waited on it). The app adopts that worker
// instead of starting a second one.

/** Where the boot script leaves the worker it started (one name for both sides). */
export const BOOT_PARSE_WORKER = '__sourcelineParseWorker';

/**
 * The attribute the boot script sets on a page's root when it hid the page, the link naming
 * another dataset than the page pictures: the app draws it anew rather than take it over.
 */
export const HIDDEN_FOR_LINK = 'data-hidden-for-link';

/** What the boot script leaves: the worker, and whether it failed before anyone listened. */
export interface BootWorker {
  worker: Worker;
  failed: boolean;
}

/** The worker the boot script started, once (a failed one is dropped: the caller starts anew). */
export function adoptBootWorker(): Worker | null {
  const holder = globalThis as unknown as Record<string, BootWorker | undefined>;
  const started = holder[BOOT_PARSE_WORKER];
  if (!started) return null;
  delete holder[BOOT_PARSE_WORKER];
  if (started.failed) {
    started.worker.terminate();
    return null;
  }
  return started.worker;
}
