import { readFileSync } from 'node:fs';
import { chromiumExecutable } from '../scripts/chromium.mjs';
import { planFor } from './plan';
import { appUrl, firstItems, launch, newPage, settle } from './scenarios';
import { startServer } from './server';
const file = process.argv[2] ?? '10k.json';
const server = await startServer({ '/bench-data/': 'bench/data', '/': process.env.DIST ?? 'dist' }, 4463);
const browser = await launch(chromiumExecutable() ?? undefined);
const { page, context } = await newPage(browser);
const plan = planFor(JSON.parse(readFileSync(`bench/data/${file}`, 'utf8')));
await firstItems(page, appUrl(server.origin, `${server.origin}/bench-data/${file}`, plan.narrow), 60000);
await settle(page);
const titles = Object.keys(plan.selectable);
const target = await page.evaluate((titles) => {
  const region = document.querySelector('[aria-label="Timeline"]')!;
  const p = region.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
  for (const item of region.querySelectorAll('.vis-item.vis-box, .vis-item.vis-range')) {
    const b = item.getBoundingClientRect();
    const left = Math.max(b.left, p.left); const right = Math.min(b.right, p.right);
    const x = left + Math.min((right - left) / 2, 12); const y = b.top + b.height / 2;
    if (right - left < 4 || y < p.top + 2 || y > p.bottom - 2) continue;
    const text = (item.querySelector('[aria-label]')?.getAttribute('aria-label') || '') + ' ' + (item.textContent || '');
    if (titles.some((t) => text.includes(t))) return { x, y };
  }
  return null;
}, titles);
console.log('target', target);
const cdp = await context.newCDPSession(page);

const events: any[] = [];
cdp.on('Tracing.dataCollected', (d: any) => events.push(...d.value));
const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline.stack,v8.execute', transferMode: 'ReportEvents' });
let clickIt: () => Promise<void>;
if (target) clickIt = () => page.mouse.click(target.x, target.y);
else {
  let found = null;
  for (const t of titles.slice(0, 20)) { const l = page.getByRole('button', { name: t }).first(); if (await l.count()) { found = l; break; } }
  console.log('list row', !!found);
  await found!.scrollIntoViewIfNeeded();
  clickIt = () => found!.click();
}
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await page.evaluate(() => { (window as any).__apply = []; });
await clickIt();
await page.waitForTimeout(800);
await cdp.send('Tracing.end'); await done;
console.log('apply', JSON.stringify(await page.evaluate(() => (window as any).__apply)));
const { profile } = (await cdp.send('Profiler.stop')) as { profile: any };
const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const total = new Map<string, number>();
profile.samples.forEach((id: number, i: number) => {
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const n: any = byId.get(cur); const name = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
    if (seen.has(name)) continue; seen.add(name);
    total.set(name, (total.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
});
console.log([...total].filter(([k]) => !k.startsWith('(idle)') && !k.startsWith('(root)') && !k.startsWith('(program)')).sort((a, b) => b[1] - a[1]).slice(0, 60).map(([k, v]) => `${v.toFixed(1).padStart(7)} ${k}`).join('\n'));
const tasks = events.filter((e) => e.name === 'RunTask' && e.dur > 3000).sort((a, b) => a.ts - b.ts);
const t0 = tasks[0]?.ts ?? 0;
console.log('tasks', tasks.map((e) => `${((e.ts - t0) / 1000).toFixed(0)}+${(e.dur / 1000).toFixed(1)}`).join(' '));
const fc = events.filter((e) => (e.name === 'FunctionCall' || e.name === 'EventDispatch' || e.name === 'Layout' || e.name === 'UpdateLayoutTree' || e.name === 'FireAnimationFrame' || e.name==='TimerFire') && e.dur > 2000).sort((a,b)=>a.ts-b.ts).map((e) => `${((e.ts - t0) / 1000).toFixed(0)} ${e.name} ${(e.dur/1000).toFixed(1)} ${e.args?.data?.functionName ?? e.args?.data?.type ?? ''}`);
console.log(fc.join('\n'));
await browser.close(); await server.close();
