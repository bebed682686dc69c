import { readFileSync } from 'node:fs';
import { chromiumExecutable } from '../scripts/chromium.mjs';
import { planFor } from './plan';
import { actorCheckbox, appUrl, firstItems, launch, newPage, settle } from './scenarios';
import { startServer } from './server';
const file = process.argv[2] ?? '10k.json';
const server = await startServer({ '/bench-data/': 'bench/data', '/': process.env.DIST ?? 'dist' }, 4461);
const browser = await launch(chromiumExecutable() ?? undefined);
const { page } = await newPage(browser);
const plan = planFor(JSON.parse(readFileSync(`bench/data/${file}`, 'utf8')));
await firstItems(page, appUrl(server.origin, `${server.origin}/bench-data/${file}`, plan.window), 90000);
await settle(page);
const box = await actorCheckbox(page, plan.actor.name);
await settle(page);
const cdp = await (page.context()).newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await box!.click();
await page.waitForTimeout(1000);
const { profile } = (await cdp.send('Profiler.stop')) as { profile: any };
{
const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const total = new Map<string, number>(); const self = new Map<string, number>();
profile.samples.forEach((id: number, i: number) => {
  const seen = new Set<string>();
  const nm = (n: any) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
  self.set(nm(byId.get(id)), (self.get(nm(byId.get(id))) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const name = nm(byId.get(cur)); if (seen.has(name)) continue; seen.add(name);
    total.set(name, (total.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
});
const top = (m: Map<string, number>, n: number) => [...m].filter(([k]) => !/^\((idle|root|program)\)/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${v.toFixed(1).padStart(7)} ${k}`).join('\n');
console.log('SELF\n' + top(self, 20)); console.log('TOTAL\n' + top(total, 45));
}
await box!.click();
await page.waitForTimeout(1000);
for (let round = 0; round < 0; round++) {
  await page.evaluate(() => {
    const w = window as any; w.__muts = []; w.__t0 = 0; w.__lt = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) w.__lt.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask' });
    window.addEventListener('click', (e) => { if (!w.__t0) w.__t0 = e.timeStamp; }, { capture: true, once: true });
    const region = document.querySelector('[aria-label="Timeline"]')!;
    w.__obs?.disconnect();
    w.__obs = new MutationObserver((ms) => { for (const m of ms) w.__muts.push([performance.now(), ((m.target as Element).className?.toString?.() ?? m.target.nodeName).slice(0, 50), m.type]); });
    w.__obs.observe(region, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  await box!.click();
  await page.waitForTimeout(1500);
  const out = await page.evaluate(() => { const w = window as any; return { m: w.__muts.map(([t, c, ty]: [number, string, string]) => [Math.round(t - w.__t0), c, ty]), lt: w.__lt.map(([s, d]: [number, number]) => [Math.round(s - w.__t0), d]) }; });
  const byTime = new Map<number, Set<string>>();
  for (const [t, c] of out.m) { const k = Math.round(t / 10) * 10; if (!byTime.has(k)) byTime.set(k, new Set()); byTime.get(k)!.add(c); }
  console.log('round', round, 'longtasks', JSON.stringify(out.lt), '\n' + [...byTime].map(([t, s]) => `${t}ms: ${[...s].slice(0, 3).join(' / ')}${s.size > 3 ? ` +${s.size - 3}` : ''}`).join('\n'));
}
await browser.close(); await server.close();
