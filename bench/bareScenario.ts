// One run of the bare vis-timeline page (bench/bare) on the same window as the app's: load,
// zoom and pan, filters, parsing, and a plain input's keys (the frame clock's floor).
import type { Browser, Page } from '@playwright/test';
import {
  call,
  fenced,
  firstItems,
  guard,
  newPage,
  pageBudget,
  reason,
  settle,
  type Value,
  type WatchResult,
  watchValue,
} from './pageTools';
import type { DatasetPlan } from './plan';
import { type BareResult, frames, loadTimeout } from './scenarios';
import { typeInBareInput } from './typingSteps';

async function bareCall(page: Page, code: string): Promise<Value> {
  const result = await call<WatchResult>(
    page,
    `async () => {
      const watcher = window.__bench.watch('Timeline', 300, 20000);
      ${code};
      return watcher.result();
    }`,
  );
  return watchValue(result);
}

/** One run of the bare vis-timeline page on the same window: load, zoom/pan, filters, parse. */
export async function runBare(
  browser: Browser,
  origin: string,
  dataUrl: string,
  plan: DatasetPlan,
  events: number,
): Promise<BareResult> {
  const result: BareResult = {
    load: 'not run',
    actor: 'not run',
    search: 'not run',
    frameP50: 'not run',
    frameP95: 'not run',
    parseJson: 'not run',
    parseValidate: 'not run',
    typingP95: 'not run',
  };
  const { context, page } = await newPage(browser);
  const timer = guard(context, pageBudget(events));
  try {
    const params = new URLSearchParams({ dataset: dataUrl, ...plan.window });
    const load = await fenced(() =>
      firstItems(page, `${origin}/bare/?${params}`, loadTimeout(events)),
    );
    result.load = load;
    if (typeof load !== 'number') return result;
    await settle(page);
    const frame = await frames(page);
    result.frameP50 = frame.p50;
    result.frameP95 = frame.p95;
    result.actor = await fenced(() =>
      bareCall(page, `window.__bare.filterActor(${JSON.stringify(plan.actor.id)})`),
    );
    await fenced(() => bareCall(page, 'window.__bare.filterActor(null)'));
    result.search = await fenced(() =>
      bareCall(page, `window.__bare.search(${JSON.stringify(plan.query)})`),
    );
    const parse = (await page.evaluate('window.__bare.timeParse()')) as {
      json: number;
      validate: number;
    };
    result.parseJson = parse.json;
    result.parseValidate = parse.validate;
  } catch (error) {
    if (result.parseJson === 'not run') result.parseJson = reason(error);
  } finally {
    clearTimeout(timer);
    await context.close();
  }
  result.typingP95 = await fenced(() => typeInBareInput(browser));
  return result;
}
