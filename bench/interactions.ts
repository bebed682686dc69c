// The bench's interactions after the first items (its step 2: actor filter through the URL and
// by a click, search through the URL and the box, select to the highlighted passage) for one
// dataset, with every main-thread task of 50 ms or more listed under the step it fell in; for one
// or more builds, alternated run by run (A/B in the same minutes). `--type` adds the typing step
// (`bench/typing.ts`) on a page of its own. For working on the tasks without the whole bench:
//
//   tsx bench/interactions.ts <file under bench/data> [--dist bench/dist-app,bench/dist-other]
//                             [--runs 2] [--type | --type-only] [--trace] [--port 4470]
//
// --trace: each long task of the run from a Chrome trace, with the functions it ran (build the
// app with --minify false for their names; `bench/traceTasks.ts`).
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { Page } from '@playwright/test';
import { chromiumExecutable } from '../scripts/chromium.mjs';
import {
  phase as benchPhase,
  fenced,
  firstItems,
  launch,
  newPage,
  searchByUi,
  selectEvent,
  settle,
  type Value,
  viaUrl,
} from './pageTools';
import { planFor } from './plan';
import { appUrl, clickActor } from './scenarios';
import { type Server, startServer } from './server';
import { printTracedTasks, startTrace, tracedTasks } from './traceTasks';
import { typeInEventForm } from './typingSteps';

function arg(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
}

/** Names the harness's step, for the long-task observer and (as a mark) for the trace. */
async function phase(page: Page, name: string): Promise<void> {
  await benchPhase(page, name);
  await page.evaluate(`performance.mark(${JSON.stringify(`phase:${name}`)})`);
}

const ms = (v: Value) => (typeof v === 'number' ? `${v.toFixed(0)} ms` : v);

interface Task {
  start: number;
  duration: number;
}

/** The long tasks from `from` on, each with the harness step it started in. */
async function tasksByPhase(page: Page, from: number) {
  const { tasks, phases } = (await page.evaluate(
    '({ tasks: window.__bench.longTasks, phases: window.__bench.phases })',
  )) as { tasks: Task[]; phases: Array<{ name: string; t: number }> };
  return tasks
    .filter((t) => t.start >= from)
    .map((t) => ({
      ...t,
      phase: phases.filter((p) => p.t <= t.start).pop()?.name ?? 'load',
    }));
}

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) throw new Error('usage: tsx bench/interactions.ts <file under bench/data> …');
  const dists = (arg('dist') ?? 'bench/dist-app').split(',');
  const runs = Number(arg('runs') ?? 2);
  const port = Number(arg('port') ?? 4470);
  const dataset = JSON.parse(readFileSync(`bench/data/${file}`, 'utf8'));
  const plan = planFor(dataset, file, runs);
  const servers: Server[] = [];
  for (const [i, dist] of dists.entries()) {
    servers.push(await startServer({ '/bench-data/': 'bench/data', '/': dist }, port + i));
  }
  const browser = await launch(chromiumExecutable() ?? undefined);
  const timeout = 300_000;
  const tracing = process.argv.includes('--trace');
  /** Only the typing step (`--type-only`). */
  const typingOnly = process.argv.includes('--type-only');
  try {
    for (let run = 1; run <= runs; run++) {
      for (const [i, dist] of dists.entries()) {
        const origin = servers[i]?.origin ?? '';
        const url = appUrl(origin, `${origin}/bench-data/${file}`, plan.window);
        const { context, page } = await newPage(browser);
        if (tracing && !typingOnly) await startTrace(browser, page);
        try {
          const load = await firstItems(page, url, timeout);
          const steps: Array<[string, Value]> = [['first items', load]];
          if (typeof load === 'number' && !typingOnly) {
            await phase(page, 'settling after load');
            await settle(page, 400, 60_000);
            await phase(page, 'actor filter via URL');
            steps.push([
              'actor via URL',
              await fenced(() => viaUrl(page, { actors: plan.actor.id })),
            ]);
            await phase(page, 'clearing the actor filter via URL');
            await fenced(() => viaUrl(page, { actors: null }));
            await settle(page);
            await phase(page, 'actor filter by click');
            steps.push(['actor click', await fenced(() => clickActor(page, plan.actor.name))]);
            await phase(page, 'search via URL');
            steps.push(['search via URL', await fenced(() => viaUrl(page, { q: plan.query }))]);
            await phase(page, 'clearing the search via URL');
            await fenced(() => viaUrl(page, { q: null }));
            await settle(page);
            await phase(page, 'search box');
            steps.push(['search box', await fenced(() => searchByUi(page, plan.query))]);
            await phase(page, 'select');
            steps.push(['select', await fenced(() => selectEvent(page, plan))]);
            await settle(page, 300, 5_000);
            await phase(page, 'end');
          }
          const tasks = typeof load === 'number' ? await tasksByPhase(page, 0) : [];
          console.log(
            `\nrun ${run}, ${dist} (load average ${loadavg()[0]?.toFixed(1)}): ${steps.map(([n, v]) => `${n} ${ms(v)}`).join(' · ')}`,
          );
          const after = tasks.filter((t) => typeof load === 'number' && t.start >= load);
          const before = tasks.filter((t) => typeof load === 'number' && t.start < load);
          console.log(
            `  until first items: ${before.length} tasks ≥ 50 ms, ${before.filter((t) => t.duration > 100).length} over 100 ms, longest ${Math.max(0, ...before.map((t) => t.duration)).toFixed(0)} ms`,
          );
          for (const t of after) {
            console.log(
              `  after: ${t.duration.toFixed(0).padStart(4)} ms at ${t.start.toFixed(0)} (${t.phase})`,
            );
          }
          if (tracing && !typingOnly)
            printTracedTasks(tracedTasks(await browser.stopTracing(), 50, 14));
        } finally {
          await context.close();
        }
        if (process.argv.includes('--type') || typingOnly) {
          const typingPage = await newPage(browser);
          try {
            const load = await firstItems(typingPage.page, url, timeout);
            if (typeof load !== 'number') {
              console.log(`  typing: ${load}`);
            } else {
              if (tracing) await startTrace(browser, typingPage.page);
              const typing = await typeInEventForm(typingPage.page, timeout);
              const longest = Number(
                await typingPage.page.evaluate('window.__benchTypingLongest ?? 0'),
              );
              const keys = (await typingPage.page.evaluate('window.__benchKeys')) as Array<{
                work: number;
              }>;
              console.log(
                `  typing: work per key p95 ${ms(typing.work)} · to its frame p95 ${ms(typing.latency)} · longest task while typing ${longest.toFixed(0)} ms · keys' work ${keys.map((k) => k.work.toFixed(0)).join(' ')}`,
              );
              if (tracing) printTracedTasks(tracedTasks(await browser.stopTracing(), 30, 14));
            }
          } catch (error) {
            console.log(`  typing: ${String(error).split('\n')[0]}`);
          } finally {
            await typingPage.context.close();
          }
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
