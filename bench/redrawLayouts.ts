// The style recalculations and layouts inside the timeline's redraws after an input, read from a
// Chrome trace, each with what caused it (the JavaScript stack that forced it, or none: the
// frame's own). For working on the cost of one redraw without the whole bench: loads a dataset
// on the bench's two-month window, then per build (alternated run by run) filters by the bench's
// actor through the URL, clears it, and searches, and prints each task of `--min` ms or more
// with its CPU time, its style recalculations (elements) and layouts (objects), and their causes.
//
//   tsx bench/redrawLayouts.ts <file under bench/data> [--dist a,b] [--runs 2] [--port 4470]
//                              [--min 30] [--stacks] [--invalidations] [--eval <source>]
//                              [--save <path prefix for the traces>] [--profile]
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { chromiumExecutable } from '../scripts/chromium.mjs';
import { firstItems, launch, newPage, settle, viaUrl } from './pageTools';
import { planFor } from './plan';
import { appUrl } from './scenarios';
import { type Server, startServer } from './server';
import { printTracedTasks, tracedTasks } from './traceTasks';

function arg(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
}

const CATEGORIES = [
  'toplevel',
  'blink.user_timing',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline.stack',
  'v8.execute',
];

interface Frame {
  functionName?: string;
  url?: string;
  lineNumber?: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: {
    name?: string;
    elementCount?: number;
    beginData?: { dirtyObjects?: number; totalObjects?: number; stackTrace?: Frame[] };
    data?: {
      stackTrace?: Frame[];
      reason?: string;
      nodeName?: string;
      changedClass?: string;
      changedAttribute?: string;
      changedPseudo?: string;
      changedId?: string;
      extraData?: string;
      invalidatedSelectorId?: string;
      selectors?: Array<{ selector?: string }>;
    };
  };
}

const frameName = (f: Frame) =>
  `${f.functionName || '(anonymous)'} ${(f.url ?? '').split('/').pop()}:${(f.lineNumber ?? 0) + 1}`;

/** The first few frames of what forced a style or layout, or "frame" when nothing did. */
function cause(event: TraceEvent, depth: number): string {
  const stack = event.args?.beginData?.stackTrace ?? event.args?.data?.stackTrace;
  if (!stack || stack.length === 0) return 'frame';
  return stack.slice(0, depth).map(frameName).join(' < ');
}

function report(trace: Buffer, minMs: number, depth: number, invalidations: boolean): void {
  const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const marked = new Set(events.filter((e) => e.name.startsWith('phase:')).map((e) => e.pid));
  const main = events.find(
    (e) =>
      e.ph === 'M' &&
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain' &&
      marked.has(e.pid),
  );
  if (!main) {
    console.log('  no main thread found in the trace');
    return;
  }
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
  const marks = onMain.filter((e) => e.name.startsWith('phase:')).sort((a, b) => a.ts - b.ts);
  const tasks = onMain.filter(
    (e) =>
      e.ph === 'X' &&
      (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') &&
      (e.dur ?? 0) >= minMs * 1000,
  );
  if (process.argv.includes('--debug')) {
    const names = new Map<string, number>();
    for (const e of onMain) names.set(e.name, (names.get(e.name) ?? 0) + 1);
    console.log([...names].sort((a, b) => b[1] - a[1]).slice(0, 30));
  }
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    const inside = onMain.filter(
      (e) => e.ph === 'X' && e.ts >= task.ts && e.ts <= end && e !== task,
    );
    const phase =
      marks
        .filter((m) => m.ts <= task.ts)
        .pop()
        ?.name.slice(6) ?? 'load';
    const styles = inside.filter((e) => e.name === 'UpdateLayoutTree');
    const layouts = inside.filter((e) => e.name === 'Layout');
    const sum = (list: TraceEvent[], key: 'dur' | 'tdur') =>
      list.reduce((total, e) => total + (e[key] ?? 0), 0) / 1000;
    console.log(
      `  task ${((task.dur ?? 0) / 1000).toFixed(0)} ms, ${((task.tdur ?? 0) / 1000).toFixed(0)} ms of CPU (${phase}): ` +
        `${styles.length} style recalcs ${sum(styles, 'tdur').toFixed(1)} ms CPU, ` +
        `${layouts.length} layouts ${sum(layouts, 'tdur').toFixed(1)} ms CPU`,
    );
    let since = task.ts;
    for (const e of [...styles, ...layouts].sort((a, b) => a.ts - b.ts)) {
      if (invalidations && e.name === 'UpdateLayoutTree') {
        const why = new Map<string, number>();
        for (const inv of onMain) {
          if (inv.ts < since || inv.ts > e.ts || !inv.name.endsWith('InvalidationTracking'))
            continue;
          if (inv.name.startsWith('Layout')) continue;
          const d = inv.args?.data;
          const what = [
            inv.name.replace('InvalidationTracking', ''),
            d?.reason,
            d?.changedClass && `class ${d.changedClass}`,
            d?.changedAttribute && `attr ${d.changedAttribute}`,
            d?.changedPseudo && `pseudo ${d.changedPseudo}`,
            d?.extraData,
            d?.selectors?.map((x) => x.selector).join(','),
            d?.nodeName?.split(' ')[0],
            d?.stackTrace?.[0] && frameName(d.stackTrace[0]),
          ]
            .filter(Boolean)
            .join(' | ');
          why.set(what, (why.get(what) ?? 0) + 1);
        }
        since = e.ts;
        for (const [what, n] of [...why].sort((a, b) => b[1] - a[1]).slice(0, 8))
          console.log(`             ${String(n).padStart(5)} × ${what.slice(0, 200)}`);
      }
      const what =
        e.name === 'Layout'
          ? `layout ${e.args?.beginData?.dirtyObjects ?? '?'}/${e.args?.beginData?.totalObjects ?? '?'} objects`
          : `style ${e.args?.elementCount ?? '?'} elements`;
      console.log(
        `    ${((e.tdur ?? 0) / 1000).toFixed(1).padStart(6)} ms  ${what.padEnd(26)} ${cause(e, depth)}`,
      );
    }
  }
}

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) throw new Error('usage: tsx bench/redrawLayouts.ts <file under bench/data> …');
  const dists = (arg('dist') ?? 'bench/dist-app').split(',');
  const runs = Number(arg('runs') ?? 2);
  const port = Number(arg('port') ?? 4470);
  const minMs = Number(arg('min') ?? 30);
  const depth = process.argv.includes('--stacks') ? 6 : 2;
  const tracking = process.argv.includes('--invalidations');
  const profiling = process.argv.includes('--profile');
  const categories = [
    ...CATEGORIES,
    ...(tracking ? ['disabled-by-default-devtools.timeline.invalidationTracking'] : []),
    ...(process.argv.includes('--selectors') ? ['disabled-by-default-blink.debug'] : []),
    ...(profiling ? ['disabled-by-default-v8.cpu_profiler'] : []),
  ];
  const dataset = JSON.parse(readFileSync(`bench/data/${file}`, 'utf8'));
  const plan = planFor(dataset, file, runs);
  const servers: Server[] = [];
  for (const [i, dist] of dists.entries()) {
    servers.push(await startServer({ '/bench-data/': 'bench/data', '/': dist }, port + i));
  }
  const browser = await launch(chromiumExecutable() ?? undefined);
  try {
    for (let run = 1; run <= runs; run++) {
      for (const [i, dist] of dists.entries()) {
        const origin = servers[i]?.origin ?? '';
        const url = appUrl(origin, `${origin}/bench-data/${file}`, plan.window);
        const { context, page } = await newPage(browser);
        try {
          const load = await firstItems(page, url, 300_000);
          if (typeof load !== 'number') {
            console.log(`run ${run}, ${dist}: ${load}`);
            continue;
          }
          await settle(page, 400, 60_000);
          // An experiment run in the page before the steps (`--eval <source>`).
          const experiment = arg('eval');
          if (experiment) console.log('  eval:', await page.evaluate(experiment));
          await browser.startTracing(page, { categories });
          const steps: Array<[string, Record<string, string | null>]> = [
            ['actor via URL', { actors: plan.actor.id }],
            ['clear actor', { actors: null }],
            ['search via URL', { q: plan.query }],
            ['clear search', { q: null }],
          ];
          for (const [name, params] of steps) {
            await page.evaluate(`performance.mark(${JSON.stringify(`phase:${name}`)})`);
            await viaUrl(page, params);
            await settle(page, 300, 20_000);
          }
          const trace = await browser.stopTracing();
          const save = arg('save');
          if (save) writeFileSync(`${save}-${run}-${i}.json`, trace);
          console.log(`\nrun ${run}, ${dist} (load average ${loadavg()[0]?.toFixed(1)}):`);
          report(trace, minMs, depth, tracking);
          if (profiling) printTracedTasks(tracedTasks(trace, minMs, 25));
        } finally {
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
    for (const server of servers) await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
