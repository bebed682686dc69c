// `npm run bench`: builds the app and the bare vis-timeline baseline, serves both with the
// generated datasets, drives them in headless Chromium and prints medians; writes
// bench/results.json (bench/results-quick.json with --quick). Exit 1 when a target is missed.
//
//   tsx bench/run.ts [--quick] [--sizes 1k,10k,100k] [--runs 5] [--no-build]
//                    [--app-dist bench/dist-app] [--port 4400] [--json bench/results.json]
//                    [--stress [--shapes lines-500k,actors-100k]]
//
// --stress runs the stress shapes (bench/stress.ts), alone unless --sizes is given too; never
// part of --quick (bench/results-stress.json).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromiumExecutable } from '../scripts/chromium.mjs';
import { parseDataset } from '../src/dataset/parse';
import type { Dataset } from '../src/dataset/schema';
import { runBare } from './bareScenario';
import { type BundleReport, measureBundle } from './bundle';
import { ensureDatasets } from './data';
import { launch } from './pageTools';
import { planFor } from './plan';
import { type Browser, type RunResult, runApp } from './scenarios';
import { type Server, startServer } from './server';
import { formatKb, formatMb, formatMs, formatRatio, median } from './stats';
import { ensureStressData, runStress, type StressResult } from './stressRun';
import {
  type Metric,
  type MetricName,
  type SizeReport,
  type StressMetricName,
  type StressReport,
  stressTargets,
  targets,
} from './targets';
import { pastedArticle } from './typingSteps';

interface Options {
  quick: boolean;
  sizes: number[];
  runs: number;
  build: boolean;
  appDist: string;
  bareDist: string;
  dataDir: string;
  port: number;
  json: string;
  stress: boolean;
  /** Stress shapes to run (null: all). */
  shapes: string[] | null;
}

function arg(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
}

function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)(k?)$/i.exec(text.trim());
  if (!match) throw new Error(`--sizes: not a size: ${text}`);
  return Math.round(Number(match[1]) * (match[2] ? 1000 : 1));
}

function options(): Options {
  const quick = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';
  const stress = !quick && process.argv.includes('--stress');
  const sizeList = arg('sizes') ?? (quick ? '1k' : stress ? '' : '1k,10k,100k');
  const sizes = sizeList === '' ? [] : sizeList.split(',').map(parseSize);
  const shapes = arg('shapes');
  return {
    quick,
    sizes,
    runs: Number(arg('runs') ?? (quick ? 1 : stress && sizes.length === 0 ? 3 : 5)),
    build: !process.argv.includes('--no-build'),
    appDist: arg('app-dist') ?? 'bench/dist-app',
    bareDist: 'bench/dist-bare',
    dataDir: 'bench/data',
    port: Number(arg('port') ?? process.env.BENCH_PORT ?? 4400),
    json:
      arg('json') ??
      (quick
        ? 'bench/results-quick.json'
        : stress && sizes.length === 0
          ? 'bench/results-stress.json'
          : 'bench/results.json'),
    stress,
    shapes: shapes ? shapes.split(',') : null,
  };
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

function build(opts: Options): void {
  // --manifest gives the static import graph, so the first-paint JS can be summed exactly.
  run('npx', [
    'vite',
    'build',
    '--outDir',
    opts.appDist,
    '--emptyOutDir',
    '--manifest',
    '--logLevel',
    'warn',
  ]);
  run('npx', ['vite', 'build', '-c', 'bench/vite.bare.config.ts']);
}

/** Parse + validate in Node, as `npm run validate` does (strict anchors). */
function nodeParse(file: string, runs: number): { json: number[]; validate: number[] } {
  const text = readFileSync(file, 'utf8');
  const json: number[] = [];
  const validate: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const value: unknown = JSON.parse(text);
    const t1 = performance.now();
    const result = parseDataset(value, { anchors: 'strict' });
    const t2 = performance.now();
    if (!result.ok) throw new Error(`${file} is not valid: ${result.problems[0]?.message ?? ''}`);
    json.push(t1 - t0);
    validate.push(t2 - t1);
  }
  return { json, validate };
}

function collect(results: RunResult[], pickValue: (r: RunResult) => number | null | string) {
  const values: number[] = [];
  const notes = new Set<string>();
  for (const result of results) {
    const value = pickValue(result);
    if (typeof value === 'number') values.push(value);
    else if (typeof value === 'string') notes.add(value);
  }
  const metric: Metric = { values, median: median(values), unit: 'ms' };
  if (notes.size > 0) metric.note = [...notes].join('; ');
  return metric;
}

function ratio(ours: Metric | undefined, bare: Metric | undefined): number | null {
  if (!ours || !bare || ours.median === null || bare.median === null || bare.median <= 0) {
    return null;
  }
  return ours.median / bare.median;
}

const ROWS: Array<[MetricName, string, 'ms' | 'bytes']> = [
  ['loadDefault', 'first painted items, default view', 'ms'],
  ['loadWindow', 'first painted items, 2-month window', 'ms'],
  ['bare.load', '  bare vis-timeline, same window', 'ms'],
  ['dataFetched', 'dataset fetched (responseEnd)', 'ms'],
  ['longTaskLoad', 'longest task until first items', 'ms'],
  ['heap', 'JS heap after load (after GC)', 'bytes'],
  ['actorUrl', 'actor filter, via URL (popstate)', 'ms'],
  ['actorClick', 'actor filter, checkbox click', 'ms'],
  ['bare.actor', '  bare vis-timeline actor filter', 'ms'],
  ['actorDeepLink', 'deep link with actors=, first items', 'ms'],
  ['searchUrl', 'search filter, via URL (popstate)', 'ms'],
  ['searchUi', 'search filter, box + Enter', 'ms'],
  ['bare.search', '  bare vis-timeline search', 'ms'],
  ['searchDeepLink', 'deep link with q=, first items', 'ms'],
  ['frameP50', 'zoom/pan frame p50', 'ms'],
  ['frameP95', 'zoom/pan frame p95', 'ms'],
  ['bare.frameP95', '  bare vis-timeline frame p95', 'ms'],
  ['selectHighlight', 'select to highlighted passage', 'ms'],
  ['longTaskAfterPaint', 'longest task after first items', 'ms'],
  ['typingWorkP95', 'typing in a draft: work per key p95', 'ms'],
  ['typingP95', 'typing in a draft: key to frame p95', 'ms'],
  ['bare.typingP95', '  a plain input alone on a page', 'ms'],
  ['typingLongTask', 'typing in a draft: longest task', 'ms'],
  ['newTimelineWorkP95', 'typing in New timeline, 5 MB article: work/key p95', 'ms'],
  ['newTimelineP95', 'typing in New timeline, 5 MB article: key to frame p95', 'ms'],
  ['suggestTime', 'Suggest events, 2,000-word article: to first shown', 'ms'],
  ['suggestLongTask', 'Suggest events: longest main-thread task', 'ms'],
  ['bare.parseJson', 'in page: JSON.parse', 'ms'],
  ['bare.parseValidate', 'in page: parseDataset', 'ms'],
];

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

function printTable(sizes: SizeReport[]): void {
  const head = ['metric (median)', ...sizes.map((s) => `${s.label} (${s.plan.runs} runs)`)];
  const rows: string[][] = [
    ['dataset file', ...sizes.map((s) => `${formatMb(s.fileBytes)}, ${s.actors} actors`)],
    ['Node: JSON.parse', ...sizes.map((s) => formatMs(s.node.json.median))],
    ['Node: parseDataset (strict)', ...sizes.map((s) => formatMs(s.node.validate.median))],
  ];
  for (const [name, label, unit] of ROWS) {
    rows.push([
      label,
      ...sizes.map((s) => {
        const metric = s.metrics[name];
        if (!metric || metric.median === null) {
          return metric?.note ? `n/a (${metric.note})` : 'n/a';
        }
        if (unit === 'bytes') return formatMb(metric.median);
        // The Long Tasks API reports tasks of 50 ms or more; 0 means none.
        if (name.startsWith('longTask') && metric.median === 0) return '< 50 ms';
        return formatMs(metric.median);
      }),
    ]);
  }
  rows.push(['ours ÷ bare: load', ...sizes.map((s) => formatRatio(s.ratios.load))]);
  rows.push(['ours ÷ bare: actor filter', ...sizes.map((s) => formatRatio(s.ratios.filter))]);
  rows.push(['ours ÷ bare: search', ...sizes.map((s) => formatRatio(s.ratios.search))]);
  rows.push(['ours ÷ bare: zoom frame p95', ...sizes.map((s) => formatRatio(s.ratios.zoom))]);
  const widths = head.map((_, c) =>
    Math.min(60, Math.max(...[head, ...rows].map((row) => (row[c] ?? '').length))),
  );
  const line = (row: string[]) => row.map((cell, c) => pad(cell, widths[c] ?? 0)).join(' │ ');
  console.log(`\n${line(head)}`);
  console.log(widths.map((w) => '─'.repeat(w)).join('─┼─'));
  for (const row of rows) console.log(line(row));
}

const STRESS_ROWS: Array<[StressMetricName, string]> = [
  ['firstItems', 'first painted items'],
  ['longTaskLoad', 'longest task until first items'],
  ['select', 'list row to highlighted passage'],
  ['search', 'search box + Enter'],
  ['findActor', 'find an actor by typing'],
  ['actorFilter', 'actor filter, checkbox click'],
  ['findInArticle', 'find in the article (every match)'],
  ['longTask', 'longest task, whole run'],
];

function printStressTable(shapes: StressReport[]): void {
  const head = ['stress (median)', ...shapes.map((s) => `${s.label} (${s.runs} runs)`)];
  const rows: string[][] = [
    ['dataset file', ...shapes.map((s) => `${formatMb(s.fileBytes)}, ${s.events} events`)],
  ];
  for (const [name, label] of STRESS_ROWS) {
    rows.push([
      label,
      ...shapes.map((s) => {
        const metric = s.metrics[name];
        if (!metric || metric.median === null) return metric?.note ? `n/a (${metric.note})` : 'n/a';
        if (name.startsWith('longTask') && metric.median === 0) return '< 50 ms';
        return formatMs(metric.median);
      }),
    ]);
  }
  rows.push([
    'longest task during',
    ...shapes.map((s) => [...new Set(s.longTaskPhases.filter(Boolean))].join('; ') || '—'),
  ]);
  const widths = head.map((_, c) =>
    Math.min(60, Math.max(...[head, ...rows].map((row) => (row[c] ?? '').length))),
  );
  const line = (row: string[]) => row.map((cell, c) => pad(cell, widths[c] ?? 0)).join(' │ ');
  console.log(`\n${line(head)}`);
  console.log(widths.map((w) => '─'.repeat(w)).join('─┼─'));
  for (const row of rows) console.log(line(row));
}

function collectStress(results: StressResult[], name: StressMetricName): Metric {
  const values: number[] = [];
  const notes = new Set<string>();
  for (const result of results) {
    const value = result[name];
    if (typeof value === 'number') values.push(value);
    else if (value !== 'n/a') notes.add(value);
  }
  const metric: Metric = { values, median: median(values), unit: 'ms' };
  if (notes.size > 0) metric.note = [...notes].join('; ');
  return metric;
}

function printBundle(bundle: BundleReport): void {
  console.log('\nBundle (production build, gzip -6 per file):');
  for (const chunk of bundle.chunks) {
    console.log(
      `  ${pad(chunk.file, 44)} ${pad(formatKb(chunk.bytes), 10)} ${pad(formatKb(chunk.gzip), 10)} gz${chunk.firstPaint ? '  (first paint)' : ''}`,
    );
  }
  console.log(
    `  JS ${formatKb(bundle.totalJs)} (${formatKb(bundle.totalJsGzip)} gz) · CSS ${formatKb(bundle.totalCss)} (${formatKb(bundle.totalCssGzip)} gz) · first-paint JS ${formatKb(bundle.firstPaintJs)} (${formatKb(bundle.firstPaintJsGzip)} gz)`,
  );
}

async function main(): Promise<void> {
  const opts = options();
  const started = performance.now();
  if (opts.build) build(opts);
  const files = ensureDatasets(opts.dataDir, opts.sizes);
  const bundle = measureBundle(opts.appDist);

  const executable = chromiumExecutable();
  if (executable === null) throw new Error('No Chromium: see scripts/ensure-chromium.mjs');
  let server: Server | null = null;
  let browser: Browser | null = null;
  const reports: SizeReport[] = [];
  try {
    server = await startServer(
      { '/bench-data/': opts.dataDir, '/bare/': opts.bareDist, '/': opts.appDist },
      opts.port,
    );
    browser = await launch(executable);
    const chromiumVersion = browser.version();
    const article = pastedArticle();
    console.log(`Serving on ${server.origin}; Chromium ${chromiumVersion}`);
    for (const file of files) {
      const text = readFileSync(file.path, 'utf8');
      const dataset = JSON.parse(text) as Dataset;
      const runs = opts.runs;
      const plan = planFor(dataset, file.label, runs);
      console.log(`\n${file.label}: ${dataset.events.length} events, ${runs} run(s)`);
      const node = nodeParse(file.path, Math.min(runs, file.events >= 100_000 ? 3 : runs));
      const results: RunResult[] = [];
      const url = `${server.origin}/bench-data/${file.label}.json`;
      for (let i = 0; i < runs; i++) {
        // The New timeline form does not depend on the dataset: typed in with the first size.
        const pasted = file === files[0] ? article : undefined;
        const app = await runApp(browser, server.origin, url, plan, file.events, pasted);
        const bare = await runBare(browser, server.origin, url, plan, file.events);
        results.push({ app, bare });
        console.log(
          `  run ${i + 1}: default ${formatMs(numberOr(app.loadDefault))}, window ${formatMs(numberOr(app.loadWindow))} (bare ${formatMs(numberOr(bare.load))}), actor ${formatMs(numberOr(app.actorClick))}, select ${formatMs(numberOr(app.selectHighlight))}, frame p95 ${formatMs(numberOr(app.frameP95))}, longest task after paint ${formatMs(numberOr(app.longTaskAfterPaint))}${app.longTaskPhase ? ` (${app.longTaskPhase})` : ''}`,
        );
        if (i === 0 && file === files[0]) bundle.loadedBeforeFirstItems = app.scriptsBeforeItems;
      }
      const metrics: Partial<Record<MetricName, Metric>> = {};
      const first = results[0];
      if (first) {
        for (const key of Object.keys(first.app) as Array<keyof RunResult['app']>) {
          if (key === 'scriptsBeforeItems' || key === 'longTaskPhase') continue;
          metrics[key] = collect(results, (r) => r.app[key] as number | null | string);
        }
        for (const key of Object.keys(first.bare) as Array<keyof RunResult['bare']>) {
          metrics[`bare.${key}`] = collect(results, (r) => r.bare[key]);
        }
      }
      if (metrics.heap) metrics.heap.unit = 'bytes';
      const ours = (a: Metric | undefined, b: Metric | undefined) =>
        a && a.median !== null ? a : b;
      reports.push({
        events: file.events,
        label: file.label,
        fileBytes: text.length,
        actors: dataset.actors.length,
        plan: { ...plan, selectable: Object.keys(plan.selectable).length },
        node: {
          json: { values: node.json, median: median(node.json), unit: 'ms' },
          validate: { values: node.validate, median: median(node.validate), unit: 'ms' },
        },
        metrics,
        ratios: {
          load: ratio(metrics.loadWindow, metrics['bare.load']),
          filter: ratio(ours(metrics.actorClick, metrics.actorUrl), metrics['bare.actor']),
          search: ratio(ours(metrics.searchUi, metrics.searchUrl), metrics['bare.search']),
          zoom: ratio(metrics.frameP95, metrics['bare.frameP95']),
        },
      });
    }
    const stress: StressReport[] = [];
    if (opts.stress) {
      const stressFiles = ensureStressData(join(opts.dataDir, 'stress'), opts.shapes);
      for (const file of stressFiles) {
        const dataset = JSON.parse(readFileSync(file.path, 'utf8')) as Dataset;
        const url = `${server.origin}/bench-data/stress/${file.shape.label}.json`;
        console.log(`\nstress ${file.shape.label}: ${file.shape.what}, ${opts.runs} run(s)`);
        const results: StressResult[] = [];
        for (let i = 0; i < opts.runs; i++) {
          const result = await runStress(browser, server.origin, url, file.shape, dataset);
          results.push(result);
          const ms = (value: number | string) =>
            typeof value === 'number' ? formatMs(value) : value;
          console.log(
            `  run ${i + 1}: first items ${ms(result.firstItems)}, select ${ms(result.select)}, search ${ms(result.search)}, longest task ${ms(result.longTask)}${result.longTaskPhase ? ` (${result.longTaskPhase})` : ''}`,
          );
        }
        const metrics: StressReport['metrics'] = {};
        for (const [name] of STRESS_ROWS) metrics[name] = collectStress(results, name);
        stress.push({
          label: file.shape.label,
          what: file.shape.what,
          fileBytes: file.bytes,
          events: dataset.events.length,
          actors: dataset.actors.length,
          runs: opts.runs,
          metrics,
          longTaskPhases: results.map((r) => r.longTaskPhase),
        });
      }
    }
    if (reports.length > 0) printTable(reports);
    if (stress.length > 0) printStressTable(stress);
    printBundle(bundle);
    const checked = [...targets(reports, bundle), ...stressTargets(stress)];
    console.log(opts.quick ? '\nTargets (quick run: informational only):' : '\nTargets:');
    for (const t of checked) {
      const mark = t.pass ? 'PASS' : 'FAIL';
      console.log(
        `  ${mark}  ${pad(t.name, 44)} ${pad(t.value, 12)} (target ${t.limit})${t.why ? ` — ${t.why}` : ''}`,
      );
    }
    const seconds = (performance.now() - started) / 1000;
    writeFileSync(
      opts.json,
      `${JSON.stringify(
        {
          date: new Date().toISOString(),
          quick: opts.quick,
          seconds: Math.round(seconds),
          machine: {
            cores: availableParallelism(),
            node: process.version,
            chromium: chromiumVersion,
            viewport: '1280x800',
          },
          sizes: reports,
          stress,
          bundle,
          targets: checked,
        },
        null,
        2,
      )}\n`,
    );
    console.log(`\nWrote ${opts.json} in ${seconds.toFixed(0)} s.`);
    const failed = checked.filter((t) => !t.pass);
    if (opts.quick) {
      const measured = reports.some((r) => Object.values(r.metrics).some((m) => m.median !== null));
      process.exitCode = measured ? 0 : 1;
    } else if (failed.length > 0) {
      console.log(`${failed.length} target(s) missed: ${failed.map((t) => t.name).join('; ')}`);
      process.exitCode = 1;
    }
  } finally {
    await browser?.close();
    await server?.close();
  }
}

function numberOr(value: number | null | string): number | null {
  return typeof value === 'number' ? value : null;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(2);
});
