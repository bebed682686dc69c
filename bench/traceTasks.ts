// The page's long tasks read from a Chrome trace, each with the functions it spent its time in
// (the trace's own CPU samples, taken inside that task only): unlike a CPU profile's busy
// stretches, two tasks in a row are never merged. Used by `bench/interactions.ts --trace`.
import type { Browser, Page } from '@playwright/test';

export const TRACE_CATEGORIES = [
  'toplevel',
  'blink.user_timing',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
];

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** The thread's own time in the event (CPU time, µs): what a busy machine does not inflate. */
  tdur?: number;
  id?: string;
  args?: {
    name?: string;
    data?: {
      /** An event's type (EventDispatch), a script's address and function (FunctionCall). */
      type?: string;
      url?: string;
      functionName?: string;
      startTime?: number;
      cpuProfile?: {
        nodes?: Array<{
          id: number;
          parent?: number;
          callFrame: { functionName: string; url?: string; lineNumber?: number };
        }>;
        samples?: number[];
      };
      timeDeltas?: number[];
    };
  };
}

export interface TracedTask {
  /** Trace clock, ms. */
  start: number;
  /** The last performance mark before it whose name starts with `phase:` (the harness's step). */
  phase: string;
  duration: number;
  /** The main thread's CPU time in it (ms): on a shared machine, the part that is the page's own. */
  cpu: number | null;
  /** Functions by inclusive time inside the task, ms, the largest first. */
  heads: Array<[string, number]>;
  /** Functions by their own time inside the task (builtins count as their caller's). */
  own: Array<[string, number]>;
}

const FRAMEWORK =
  /^\((root|program|idle)\)|^(performWorkUntilDeadline|performWorkOnRoot\w*|flushSyncWork\w*|processRootSchedule\w*|renderRoot\w*|workLoop\w*|performUnitOfWork|beginWork|completeWork|completeUnitOfWork|renderWithHooks|updateFunctionComponent|mountIndeterminateComponent|commitRoot\w*|completeRoot\w*|flushPassiveEffects\w*|flushPendingEffects|flushSpawnedWork|commitPassive\w*|recursivelyTraverse\w*|commitHookEffectListMount|commitMutationEffects\w*|flushMutationEffects|dispatchEvent\w*|dispatchDiscreteEvent|batchedUpdates\$1|runWithFiberInDEV|\(anonymous\)) /;

/** The long tasks (≥ `minMs`) of the busiest renderer main thread in a trace. */
/** One thread's CPU profile from a trace: its call tree's nodes by id, and its samples. */
export interface ThreadProfile {
  pid: number;
  tid: number;
  nodes: Map<number, { parent?: number; name: string }>;
  /** [trace µs, node id], in time order. */
  samples: Array<[number, number]>;
}

/** Each thread's CPU profile (a Profile event, then chunks of nodes and samples), by pid:id. */
export function threadProfiles(events: readonly TraceEvent[]): Map<string, ThreadProfile> {
  const profiles = new Map<string, ThreadProfile & { clock: number }>();
  for (const event of events) {
    if (event.name === 'Profile' && event.id !== undefined) {
      profiles.set(`${event.pid}:${event.id}`, {
        pid: event.pid,
        tid: event.tid,
        nodes: new Map(),
        samples: [],
        clock: event.args?.data?.startTime ?? event.ts,
      });
    }
  }
  for (const event of events) {
    if (event.name !== 'ProfileChunk' || event.id === undefined) continue;
    const profile = profiles.get(`${event.pid}:${event.id}`);
    const data = event.args?.data;
    if (!profile || !data) continue;
    for (const node of data.cpuProfile?.nodes ?? []) {
      const frame = node.callFrame;
      const file = (frame.url ?? '').split('/').pop() ?? '';
      profile.nodes.set(node.id, {
        parent: node.parent,
        name: `${frame.functionName || '(anonymous)'} ${file}:${(frame.lineNumber ?? 0) + 1}`,
      });
    }
    const samples = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    samples.forEach((node, i) => {
      profile.clock += deltas[i] ?? 0;
      profile.samples.push([profile.clock, node]);
    });
  }
  return profiles;
}

export function tracedTasks(trace: Buffer, minMs = 50, heads = 10): TracedTask[] {
  const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const profiles = threadProfiles(events);
  // The page's main thread (the parsing worker is busier, but its tasks block nobody).
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  // The page's renderer is the one with the harness's marks (a browser page of Chrome's own, such
  // as its new-tab page, may be busier); without marks, the busiest.
  const marked = new Set(events.filter((e) => e.name.startsWith('phase:')).map((e) => e.pid));
  const busiest = [...profiles.values()]
    .filter((p) => mains.has(`${p.pid}:${p.tid}`) && (marked.size === 0 || marked.has(p.pid)))
    .sort((a, b) => b.samples.length - a.samples.length)[0];
  if (!busiest) return [];
  const tasks = events.filter(
    (e) =>
      e.pid === busiest.pid &&
      e.tid === busiest.tid &&
      e.ph === 'X' &&
      (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') &&
      (e.dur ?? 0) >= minMs * 1000,
  );
  const marks = events
    .filter((e) => e.pid === busiest.pid && e.name.startsWith('phase:'))
    .sort((a, b) => a.ts - b.ts);
  return tasks.map((task) => {
    const end = task.ts + (task.dur ?? 0);
    const within = new Map<string, number>();
    const own = new Map<string, number>();
    let previous = task.ts;
    for (const [at, id] of busiest.samples) {
      if (at < task.ts || at > end) continue;
      const ms = (at - previous) / 1000;
      previous = at;
      const self = busiest.nodes.get(id)?.name ?? '?';
      own.set(self, (own.get(self) ?? 0) + ms);
      const seen = new Set<string>();
      for (let node = busiest.nodes.get(id); node; node = busiest.nodes.get(node.parent ?? -1)) {
        if (seen.has(node.name) || FRAMEWORK.test(node.name)) continue;
        seen.add(node.name);
        within.set(node.name, (within.get(node.name) ?? 0) + ms);
      }
    }
    return {
      start: task.ts / 1000,
      phase:
        marks
          .filter((m) => m.ts <= task.ts)
          .pop()
          ?.name.slice(6) ?? 'load',
      duration: (task.dur ?? 0) / 1000,
      cpu: task.tdur === undefined ? null : task.tdur / 1000,
      heads: [...within].sort((a, b) => b[1] - a[1]).slice(0, heads),
      own: [...own].sort((a, b) => b[1] - a[1]).slice(0, 5),
    };
  });
}

export async function startTrace(browser: Browser, page: Page): Promise<void> {
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
}

export function printTracedTasks(tasks: TracedTask[]): void {
  for (const task of tasks) {
    const cpu = task.cpu === null ? '' : `, ${task.cpu.toFixed(0)} ms of CPU`;
    console.log(`  task ${task.duration.toFixed(0)} ms${cpu} (${task.phase}):`);
    for (const [name, ms] of task.heads)
      console.log(`    ${ms.toFixed(0).padStart(5)} ms  ${name}`);
    const own = task.own.map(([name, ms]) => `${name} ${ms.toFixed(0)}`).join(', ');
    console.log(`    own time: ${own}`);
  }
}
