// Where each key's work goes while typing in a draft's event form: a Chrome trace of the typing
// step (`typeInEventForm`), cut at each key's window (its keydown to the end of the frame that
// shows it, as `KEY_PROBE` measures it) and, per key, the main thread's time by trace event
// (event dispatch, timers, style, layout, paint, garbage collection) and by function. Build the
// app with `--minify false` for the functions' names.
//
//   tsx bench/keyTrace.ts <dataset.json under bench/data> [--dist d] [--port 4480] [--over 8]
//
// --over: only the keys whose work is at least this many ms are broken down (all are listed).
import { readFileSync, writeFileSync } from 'node:fs';
import { chromiumExecutable } from '../scripts/chromium.mjs';
import { firstItems, launch, newPage } from './pageTools';
import { planFor } from './plan';
import { appUrl } from './scenarios';
import { startServer } from './server';
import { type TraceEvent, threadProfiles } from './traceTasks';
import { openTitleField, TYPED } from './typingSteps';

function arg(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
}

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8.execute',
  'v8',
  'disabled-by-default-v8.cpu_profiler',
];

/** As `KEY_PROBE` (typingSteps.ts), keeping each key's window in the page's clock. */
const PROBE = `(() => {
  window.__keyWindows = [];
  let handled = null;
  document.addEventListener('input', () => { handled = performance.now(); });
  window.__scrolled = {};
  document.addEventListener('scroll', (event) => {
    const t = event.target;
    const name = t === document ? 'document' : (t.tagName + '.' + (t.className || '') + '#' + (t.id || '') + '[' + (t.getAttribute('aria-label') || '') + ']');
    window.__scrolled[name] = (window.__scrolled[name] || 0) + 1;
  }, true);
  document.addEventListener('keydown', (event) => {
    const start = event.timeStamp;
    const key = event.key;
    handled = null;
    requestAnimationFrame(() => {
      const frameStart = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const end = performance.now();
        const seen = handled;
        const events = seen !== null && seen <= frameStart ? seen - start : frameStart - start;
        window.__keyWindows.push({ key, start, handled: seen, frameStart, end, work: events + (end - frameStart) });
      };
      channel.port2.postMessage(0);
    });
  }, true);
  performance.mark('keytrace-sync');
  return performance.getEntriesByName('keytrace-sync')[0].startTime;
})()`;

interface KeyWindow {
  key: string;
  start: number;
  handled: number | null;
  frameStart: number;
  end: number;
  work: number;
}

const WATCHED = new Set([
  'EventDispatch',
  'TimerFire',
  'FireAnimationFrame',
  'FunctionCall',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
  'MajorGC',
  'MinorGC',
  'V8.GC_SCAVENGER',
  'V8.GC_MARK_COMPACTOR',
  'HitTest',
  'ParseHTML',
  'RunMicrotasks',
  'v8.run',
  'IntersectionObserverController::computeIntersections',
  'ResizeObserverController::DeliverObservations',
]);

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) throw new Error('usage: tsx bench/keyTrace.ts <file under bench/data> [--dist d]');
  const dist = arg('dist') ?? 'bench/dist-profile';
  const over = Number(arg('over') ?? 8);
  const dataset = JSON.parse(readFileSync(`bench/data/${file}`, 'utf8'));
  const plan = planFor(dataset, file, 1);
  const server = await startServer(
    { '/bench-data/': 'bench/data', '/': dist },
    Number(arg('port') ?? 4480),
  );
  const browser = await launch(chromiumExecutable() ?? undefined);
  try {
    const { context, page } = await newPage(browser);
    const url = appUrl(server.origin, `${server.origin}/bench-data/${file}`, plan.window);
    console.log(`first items: ${await firstItems(page, url, 120_000)}`);
    await openTitleField(page, 120_000);
    await browser.startTracing(page, { categories: CATEGORIES });
    const syncAt = Number(await page.evaluate(PROBE));
    for (const char of TYPED) await page.keyboard.type(char, { delay: 60 });
    await page.waitForTimeout(1_500);
    const windows = (await page.evaluate('window.__keyWindows')) as KeyWindow[];
    console.log('scrolled:', await page.evaluate('JSON.stringify(window.__scrolled)'));
    console.log(
      'elements:',
      await page.evaluate(`(() => {
        const controls = [...document.querySelectorAll('input, select, textarea')];
        const out = {
          all: document.getElementsByTagName('*').length,
          controls: controls.length,
          unowned: controls.filter((c) => c.form === null).length,
        };
        for (const region of document.querySelectorAll('[aria-label], main, aside, nav, section'))
          if (region.getElementsByTagName('*').length > 300)
            out[region.tagName + ':' + (region.getAttribute('aria-label') ?? region.className)] =
              region.getElementsByTagName('*').length;
        return JSON.stringify(out);
      })()`),
    );
    const trace = await browser.stopTracing();
    const keep = arg('save');
    if (keep) writeFileSync(keep, trace);
    await context.close();
    const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] })
      .traceEvents;
    const mark = events.find((e) => e.name === 'keytrace-sync');
    if (!mark) throw new Error('the sync mark is not in the trace');
    const main = { pid: mark.pid, tid: mark.tid };
    // Page ms → trace µs.
    const toTrace = (ms: number) => mark.ts + (ms - syncAt) * 1000;
    const onMain = events.filter(
      (e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined,
    );
    // CPU samples of the main thread.
    const profile = [...threadProfiles(events).values()].find(
      (p) => p.pid === main.pid && p.tid === main.tid,
    );
    const nodes = profile?.nodes ?? new Map<number, { parent?: number; name: string }>();
    const samples = profile?.samples ?? [];
    const sorted = [...windows].sort((a, b) => b.work - a.work);
    console.log(`keys: ${windows.map((w) => w.work.toFixed(0)).join(' ')}`);
    console.log(
      `p95 (3rd slowest of ${windows.length}): ${sorted[2]?.work.toFixed(1)} ms; slowest ${sorted
        .slice(0, 5)
        .map((w) => w.work.toFixed(1))
        .join(', ')}`,
    );
    windows.forEach((w, index) => {
      if (w.work < over) return;
      const from = toTrace(w.start);
      const to = toTrace(w.end);
      console.log(
        `\nkey ${index} '${w.key}': work ${w.work.toFixed(1)} ms (to input handled ${w.handled === null ? '-' : (w.handled - w.start).toFixed(1)}, wait ${(w.frameStart - (w.handled ?? w.start)).toFixed(1)}, frame ${(w.end - w.frameStart).toFixed(1)})`,
      );
      const tasks = onMain.filter(
        (e) =>
          e.name === 'ThreadControllerImpl::RunTask' &&
          e.ts + (e.dur ?? 0) > from &&
          e.ts < to &&
          (e.dur ?? 0) > 500,
      );
      for (const task of tasks) {
        const end = task.ts + (task.dur ?? 0);
        const inner = onMain.filter(
          (e) =>
            e !== task &&
            e.ts >= task.ts &&
            e.ts < end &&
            e.name !== 'RunTask' &&
            (WATCHED.has(e.name) || (e.dur ?? 0) > 1000),
        );
        const byName = new Map<string, number>();
        for (const e of inner) {
          const label =
            e.name === 'EventDispatch'
              ? `EventDispatch(${e.args?.data?.type})`
              : e.name === 'FunctionCall'
                ? `FunctionCall(${e.args?.data?.functionName || ''} ${(e.args?.data?.url ?? '').split('/').pop()})`
                : e.name;
          byName.set(label, (byName.get(label) ?? 0) + (e.dur ?? 0) / 1000);
        }
        const parts = [...byName]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 8)
          .map(([n, ms]) => `${n} ${ms.toFixed(1)}`)
          .join(', ');
        console.log(
          `  task at ${((task.ts - from) / 1000).toFixed(1)} ms, ${((task.dur ?? 0) / 1000).toFixed(1)} ms: ${parts}`,
        );
        const own = new Map<string, number>();
        const within = new Map<string, number>();
        let previous = task.ts;
        for (const [at, id] of samples) {
          if (at < task.ts || at > end) continue;
          const ms = (at - previous) / 1000;
          previous = at;
          const self = nodes.get(id)?.name ?? '?';
          own.set(self, (own.get(self) ?? 0) + ms);
          const seen = new Set<string>();
          for (let node = nodes.get(id); node; node = nodes.get(node.parent ?? -1)) {
            if (seen.has(node.name)) continue;
            seen.add(node.name);
            within.set(node.name, (within.get(node.name) ?? 0) + ms);
          }
        }
        const top = (m: Map<string, number>, n: number) =>
          [...m]
            .filter(([name]) => !/^\((root|idle)\)/.test(name))
            .sort((a, b) => b[1] - a[1])
            .slice(0, n)
            .map(([name, ms]) => `${name} ${ms.toFixed(1)}`)
            .join(' | ');
        if (within.size > 0) {
          console.log(`    own: ${top(own, 6)}`);
          console.log(`    within: ${top(within, 14)}`);
        }
      }
    });
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
