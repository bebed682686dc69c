// Long work done a step per task, so the page stays responsive between steps: `step` runs once
// per task (the first one in the next task, not now) until it answers that it is done.
// `idle`: in the browser's idle moments where it has them (work nothing waits for).

/** Starts `step`; the function returned stops it. */
export function runInTasks(step: () => boolean, { idle = false } = {}): () => void {
  const useIdle = idle && typeof requestIdleCallback === 'function';
  let handle = 0;
  const schedule = () => {
    handle = useIdle ? requestIdleCallback(run) : Number(globalThis.setTimeout(run, 0));
  };
  const run = () => {
    if (!step()) schedule();
  };
  schedule();
  return () => (useIdle ? cancelIdleCallback(handle) : globalThis.clearTimeout(handle));
}
