// Typing in a draft's event form alone, as `npm run bench` measures it (its step 5), for one
// dataset: `tsx bench/typing.ts <file under bench/data> [--dist bench/dist-app] [--runs 3]
// [--port 4480]`. Prints each run's p95 of the keys' work and time to their frame, and the
// longest task while typing. For working on the figure without the whole bench.
import { readFileSync } from 'node:fs';
import { chromiumExecutable } from '../scripts/chromium.mjs';
import { firstItems, launch, newPage } from './pageTools';
import { planFor } from './plan';
import { appUrl } from './scenarios';
import { startServer } from './server';
import { typeInEventForm } from './typingSteps';

function arg(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
}

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file)
    throw new Error('usage: tsx bench/typing.ts <file under bench/data> [--dist d] [--runs n]');
  const dist = arg('dist') ?? 'bench/dist-app';
  const runs = Number(arg('runs') ?? 3);
  const dataset = JSON.parse(readFileSync(`bench/data/${file}`, 'utf8'));
  const plan = planFor(dataset, file, 1);
  const server = await startServer(
    { '/bench-data/': 'bench/data', '/': dist },
    Number(arg('port') ?? 4480),
  );
  const browser = await launch(chromiumExecutable() ?? undefined);
  try {
    for (let run = 1; run <= runs; run++) {
      const { context, page } = await newPage(browser);
      const url = appUrl(server.origin, `${server.origin}/bench-data/${file}`, plan.window);
      const load = await firstItems(page, url, 120_000);
      const typing = await typeInEventForm(page, 120_000);
      const longest = Number(await page.evaluate('window.__benchTypingLongest ?? 0'));
      const ms = (v: unknown) => (typeof v === 'number' ? `${v.toFixed(1)} ms` : String(v));
      console.log(
        `run ${run}: first items ${ms(load)} · work per key p95 ${ms(typing.work)} · to its frame p95 ${ms(typing.latency)} · longest task while typing ${ms(longest)}`,
      );
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
