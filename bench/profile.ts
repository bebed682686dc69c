// Where the main thread's time goes while a dataset loads (and, optionally, during one step):
// a CPU profile of the page through Chrome's DevTools protocol, summed per function. Build the
// app unminified first so the names mean something:
//
//   npx vite build --outDir bench/dist-profile --minify false
//   tsx bench/profile.ts <dataset.json under bench/data> [--params group=kind] [--search word]
//                        [--select] [--select-item] [--bench-select] [--actor name] [--type] [--search-url word] [--dist bench/dist-profile] [--top 25] [--heads 8]
//   tsx bench/profile.ts --page /events/doha-talks/ [--cpu 4] [--viewport 412x823]   a page of the build itself (the
//                        seed's prerendered pages), its CPU slowed as Lighthouse's mobile run does

import { readFileSync } from 'node:fs';
import { chromiumExecutable } from '../scripts/chromium.mjs';
import { firstItems, launch, newPage, searchByUi, selectEvent, settle, viaUrl } from './pageTools';
import { planFor } from './plan';
import { actorCheckbox, appUrl, clickActor } from './scenarios';
import { startServer } from './server';
import { openTitleField, TYPED } from './typingSteps';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function arg(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
}

/** Busy stretches at least this long are listed (`--stretch`, default 50 ms). */
const STRETCH_MS = Number(arg('stretch') ?? 50);

/** Self and inclusive time per function (ms), from the samples of a CPU profile. */
function summarise(profile: Profile, top: number): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const name = (node: ProfileNode) => {
    const file = node.callFrame.url.split('/').pop() ?? '';
    return `${node.callFrame.functionName || '(anonymous)'} ${file}:${node.callFrame.lineNumber + 1}`;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node) return;
    self.set(name(node), (self.get(name(node)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const ancestor = byId.get(at);
      if (!ancestor) break;
      const key = name(ancestor);
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + ms);
    }
  });
  // Busy stretches (samples in a row that are not idle) approximate the long tasks: for each
  // over STRETCH_MS, the functions it spent its time in.
  const stretches: Array<{ ms: number; at: number; samples: number[] }> = [];
  let current: { ms: number; at: number; samples: number[] } | null = null;
  let clock = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    clock += ms;
    const node = byId.get(id);
    const idle = !node || node.callFrame.functionName === '(idle)';
    if (idle) {
      if (current && current.ms >= STRETCH_MS) stretches.push(current);
      current = null;
      return;
    }
    current ??= { ms: 0, at: clock, samples: [] };
    current.ms += ms;
    current.samples.push(i);
  });
  if (current && (current as { ms: number }).ms >= STRETCH_MS) stretches.push(current);
  const skip =
    /^\((root|program|garbage collector)\)|^(performWorkOnRoot|performSyncWorkOnRoot|flushSyncWorkAcrossRoots_impl|processRootScheduleInMicrotask|renderRootSync|workLoopSync|performUnitOfWork|beginWork|renderWithHooks|updateFunctionComponent|commitRoot|completeRoot|completeRootWhenReady|flushPassiveEffects|flushPendingEffects|flushSpawnedWork|commitPassiveMountOnFiber|recursivelyTraversePassiveMountEffects|commitHookEffectListMount|\(anonymous\)) /;
  const longest = stretches.sort((a, b) => b.ms - a.ms).slice(0, Number(arg('stretches') ?? 6));
  for (const stretch of longest.sort((a, b) => a.at - b.at)) {
    const within = new Map<string, number>();
    for (const i of stretch.samples) {
      const ms = (profile.timeDeltas[i] ?? 0) / 1000;
      const seen = new Set<string>();
      for (let at: number | undefined = profile.samples[i]; at !== undefined; at = parent.get(at)) {
        const ancestor = byId.get(at);
        if (!ancestor) break;
        const key = name(ancestor);
        if (seen.has(key) || skip.test(key)) continue;
        seen.add(key);
        within.set(key, (within.get(key) ?? 0) + ms);
      }
    }
    const heads = [...within].sort((a, b) => b[1] - a[1]).slice(0, Number(arg('heads') ?? 8));
    // Time outside JavaScript: the garbage collector, and the browser's own work (style, layout).
    const outside = { '(garbage collector)': 0, '(program)': 0 } as Record<string, number>;
    for (const i of stretch.samples) {
      const own = byId.get(profile.samples[i] as number)?.callFrame.functionName ?? '';
      if (own in outside) outside[own] = (outside[own] ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000;
    }
    const words = Object.entries(outside)
      .map(([key, ms]) => `${key} ${ms.toFixed(0)} ms`)
      .join(', ');
    console.log(
      `\nbusy stretch of ${stretch.ms.toFixed(0)} ms, at ${stretch.at.toFixed(0)} ms (${words}):`,
    );
    for (const [key, ms] of heads) console.log(`  ${ms.toFixed(0).padStart(7)} ms  ${key}`);
  }
  const print = (title: string, map: Map<string, number>) => {
    console.log(`\n${title}`);
    for (const [key, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
      console.log(`  ${ms.toFixed(0).padStart(7)} ms  ${key}`);
    }
  };
  print('self time', self);
  print('inclusive time', total);
}

async function main(): Promise<void> {
  const pagePath = arg('page');
  const file = pagePath ? '' : (process.argv[2] ?? '');
  if (!pagePath && !file) throw new Error('usage: tsx bench/profile.ts <file under bench/data> …');
  const dist = arg('dist') ?? 'bench/dist-profile';
  const params = Object.fromEntries(
    (arg('params') ?? '')
      .split(',')
      .filter(Boolean)
      .map((pair) => pair.split('=') as [string, string]),
  );
  const server = await startServer(
    { '/bench-data/': 'bench/data', '/': dist },
    Number(arg('port') ?? 4470),
  );
  const browser = await launch(chromiumExecutable() ?? undefined);
  try {
    const [width, height] = (arg('viewport') ?? '1280x800').split('x').map(Number);
    const { context, page } = await newPage(browser, {
      width: width ?? 1280,
      height: height ?? 800,
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    const cpu = Number(arg('cpu') ?? 1);
    if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
    const url = pagePath
      ? `${server.origin}${pagePath}`
      : appUrl(server.origin, `${server.origin}/bench-data/${file}`, params);
    // What was profiled so far (the load, or the step before) is printed before the next step.
    const summariseSoFar = async () => {
      const { profile: soFar } = await cdp.send('Profiler.stop');
      summarise(soFar as Profile, Number(arg('top') ?? 25));
    };
    if (pagePath) {
      // A page of the build: profiled until the app drives it and the page has settled (a phone
      // may never draw the timeline's items).
      await page.goto(url);
      await page.waitForSelector('html[data-app="live"]', { timeout: 60_000 });
      await page.waitForTimeout(4000);
    } else {
      const load = await firstItems(page, url, 300_000);
      console.log(`first items: ${typeof load === 'number' ? `${load.toFixed(0)} ms` : load}`);
    }
    await settle(page, 500, 60_000);
    if (process.argv.includes('--select')) {
      await summariseSoFar();
      await cdp.send('Profiler.start');
      await page
        .getByRole('list', { name: /^Events/ })
        .getByRole('button')
        .first()
        .click();
      await page.waitForTimeout(3000);
      console.log('\n--- select the first row of the list ---');
    }
    if (process.argv.includes('--select-item')) {
      // As the bench does: a click on an event's item on the timeline.
      await summariseSoFar();
      const target = (await page.evaluate(`(() => {
        const region = window.__bench.region('Timeline');
        const panel = region.querySelector('.vis-panel.vis-center').getBoundingClientRect();
        for (const item of region.querySelectorAll(window.__bench.ITEM)) {
          if (item.classList.contains('tl-aggregate')) continue;
          const b = item.getBoundingClientRect();
          const left = Math.max(b.left, panel.left);
          const right = Math.min(b.right, panel.right);
          const y = b.top + b.height / 2;
          if (right - left < 4 || y < panel.top + 2 || y > Math.min(panel.bottom, innerHeight) - 2) continue;
          return { x: left + Math.min((right - left) / 2, 12), y };
        }
        return null;
      })()`)) as { x: number; y: number } | null;
      if (!target) throw new Error('no item on screen to click');
      await cdp.send('Profiler.start');
      await page.mouse.click(target.x, target.y);
      await page.waitForTimeout(3000);
      console.log('\n--- select an item on the timeline ---');
    }
    if (process.argv.includes('--bench-select')) {
      // The bench's own steps on its two-month window (open it with --params from=…,to=…):
      // the actor ticked, the search made, then the selection, profiled.
      await summariseSoFar();
      const dataset = JSON.parse(readFileSync(`bench/data/${file}`, 'utf8'));
      const plan = planFor(dataset, file, 1);
      await clickActor(page, plan.actor.name);
      await viaUrl(page, { q: plan.query });
      await viaUrl(page, { q: null });
      await settle(page);
      await searchByUi(page, plan.query);
      await cdp.send('Profiler.start');
      const value = await selectEvent(page, plan);
      await page.waitForTimeout(1500);
      console.log(
        `\n--- select, as the bench does: ${typeof value === 'number' ? value.toFixed(0) : value} ms ---`,
      );
    }
    const actor = arg('actor');
    if (actor) {
      await summariseSoFar();
      const box = await actorCheckbox(page, actor);
      if (!box) throw new Error(`no checkbox for the actor ${actor}`);
      await box.scrollIntoViewIfNeeded();
      await settle(page, 500, 60_000);
      await cdp.send('Profiler.start');
      await box.click();
      await settle(page, 500, 60_000);
      console.log(`\n--- tick the actor “${actor}” ---`);
    }
    if (process.argv.includes('--type')) {
      // As the bench does: "Edit a copy", the list's first event, then keys in its title.
      await summariseSoFar();
      await openTitleField(page, 60_000);
      // No pause before typing: as in the bench, whatever the click left running is met.
      await cdp.send('Profiler.start');
      for (const char of TYPED) await page.keyboard.type(char, { delay: 60 });
      await page.waitForTimeout(1_500);
      console.log('\n--- typing in the event form ---');
    }
    const linked = arg('search-url');
    if (linked) {
      // As the bench does: the search through the URL (a link followed, Back or Forward).
      await summariseSoFar();
      await cdp.send('Profiler.start');
      await viaUrl(page, { q: linked });
      await settle(page, 500, 60_000);
      console.log(`\n--- search “${linked}” through the URL ---`);
    }
    const query = arg('search');
    if (query) {
      await summariseSoFar();
      await cdp.send('Profiler.start');
      const box = page.getByRole('searchbox', { name: 'Search events' });
      await box.fill(query);
      await box.press('Enter');
      await settle(page, 500, 60_000);
      console.log(`\n--- search “${query}” ---`);
    }
    const { profile } = await cdp.send('Profiler.stop');
    summarise(profile as Profile, Number(arg('top') ?? 25));
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
