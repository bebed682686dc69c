// Where a load's time goes, in order: each script, style and data request (start → end), the
// long tasks, performance marks, and the first painted items; for one or more builds served side
// by side, alternated run by run (A/B in the same minutes).
//
//   tsx bench/waterfall.ts <file under bench/data> [--dist bench/dist-app,bench/dist-other]
//                          [--params from=…,to=…] [--runs 3] [--port 4470] [--bare]
import { chromiumExecutable } from '../scripts/chromium.mjs';
import { firstItems, launch, newPage } from './pageTools';
import { appUrl } from './scenarios';
import { type Server, startServer } from './server';

function arg(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
}

interface Row {
  at: number;
  end: number;
  what: string;
}

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) throw new Error('usage: tsx bench/waterfall.ts <file under bench/data> …');
  const dists = (arg('dist') ?? 'bench/dist-app').split(',');
  const runs = Number(arg('runs') ?? 3);
  const params = Object.fromEntries(
    (arg('params') ?? '')
      .split(',')
      .filter(Boolean)
      .map((pair) => pair.split('=') as [string, string]),
  );
  const port = Number(arg('port') ?? 4470);
  const servers: Server[] = [];
  for (const [i, dist] of dists.entries()) {
    servers.push(
      await startServer(
        { '/bench-data/': 'bench/data', '/bare/': 'bench/dist-bare', '/': dist },
        port + i,
      ),
    );
  }
  const browser = await launch(chromiumExecutable() ?? undefined);
  const totals = new Map<string, number[]>();
  try {
    for (let run = 0; run < runs; run++) {
      const targets = dists.map((dist, i) => ({ dist, origin: servers[i]?.origin ?? '' }));
      if (process.argv.includes('--bare'))
        targets.push({ dist: 'bare', origin: servers[0]?.origin ?? '' });
      for (const { dist, origin } of targets) {
        const { context, page } = await newPage(browser);
        const data = `${origin}/bench-data/${file}`;
        const url =
          dist === 'bare'
            ? `${origin}/bare/?${new URLSearchParams({ dataset: data, ...params })}`
            : appUrl(origin, data, params);
        const painted = await firstItems(page, url, 300_000);
        await page.waitForTimeout(1500);
        const rows = (await page.evaluate(`(() => {
          const rows = [];
          for (const e of performance.getEntriesByType('resource'))
            rows.push({ at: e.startTime, end: e.responseEnd, what: e.name.replace(location.origin, '').slice(0, 70) });
          for (const e of performance.getEntriesByType('mark')) rows.push({ at: e.startTime, end: e.startTime, what: 'mark ' + e.name });
          for (const e of performance.getEntriesByType('measure')) rows.push({ at: e.startTime, end: e.startTime + e.duration, what: 'measure ' + e.name });
          for (const t of window.__bench.longTasks) rows.push({ at: t.start, end: t.start + t.duration, what: 'long task' });
          const nav = performance.getEntriesByType('navigation')[0];
          rows.push({ at: 0, end: nav.responseEnd, what: 'document' });
          rows.push({ at: nav.domInteractive, end: nav.domInteractive, what: 'domInteractive' });
          for (const p of performance.getEntriesByType('paint')) rows.push({ at: p.startTime, end: p.startTime, what: p.name });
          if (window.__bench.firstItems) rows.push({ at: window.__bench.firstItems.found, end: window.__bench.firstItems.painted, what: 'FIRST ITEMS found → painted' });
          return rows;
        })()`)) as Row[];
        console.log(
          `\n${dist} run ${run + 1}: first items painted ${typeof painted === 'number' ? painted.toFixed(0) : painted} ms`,
        );
        const list = totals.get(dist) ?? [];
        if (typeof painted === 'number') list.push(painted);
        totals.set(dist, list);
        for (const row of rows.sort((a, b) => a.at - b.at)) {
          const span =
            row.end > row.at
              ? ` → ${row.end.toFixed(0).padStart(5)} (${(row.end - row.at).toFixed(0)})`
              : '';
          console.log(`  ${row.at.toFixed(0).padStart(5)}${span.padEnd(17)}  ${row.what}`);
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    for (const server of servers) await server.close();
  }
  console.log('\nfirst items painted, per build:');
  for (const [dist, list] of totals) {
    const sorted = [...list].sort((a, b) => a - b);
    console.log(
      `  ${dist}: ${sorted.map((v) => v.toFixed(0)).join(', ')} (median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(0)})`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
