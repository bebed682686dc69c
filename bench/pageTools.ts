// The bench's browser tools: launching Chromium, a fresh page, timing a step to the timeline's
// first items or to the next redraw after an input, and the longest task meanwhile.
import { type Browser, type BrowserContext, chromium, type Page } from '@playwright/test';
import type { DatasetPlan } from './plan';
import { PROBE_SOURCE } from './probe';

/** A measurement in ms (or bytes for heap), or why it could not be taken. */
export type Value = number | string;

const ARGS = ['--disable-background-networking', '--disable-component-update', '--no-first-run'];

export function launch(executable: string | undefined): Promise<Browser> {
  return chromium.launch({ executablePath: executable, args: ARGS, headless: true });
}

export async function newPage(
  browser: Browser,
  viewport = { width: 1280, height: 800 },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport,
    deviceScaleFactor: 1,
    timezoneId: 'UTC',
    locale: 'en-US',
  });
  await context.addInitScript({ content: PROBE_SOURCE });
  const page = await context.newPage();
  return { context, page };
}

/** Runs a page-side function given as source text with one JSON argument. */
export function call<T>(page: Page, source: string, arg: unknown = null): Promise<T> {
  return page.evaluate(`(${source})(${JSON.stringify(arg)})`) as Promise<T>;
}

export function reason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/has been closed/.test(text)) return 'gave up: page still busy at the end of its time budget';
  return `error: ${text.split('\n')[0]?.slice(0, 120) ?? ''}`;
}

/** Closes the context when a page takes longer than `ms` overall (a page can hang for minutes). */
export function guard(context: BrowserContext, ms: number): NodeJS.Timeout {
  return setTimeout(() => void context.close().catch(() => undefined), ms);
}

export async function fenced(step: () => Promise<Value>): Promise<Value> {
  try {
    return await step();
  } catch (error) {
    return reason(error);
  }
}

/** Navigates and waits for the first painted timeline items; ms since navigation start. */
export async function firstItems(page: Page, url: string, timeout: number): Promise<Value> {
  await page.goto(url, { waitUntil: 'commit' });
  // Polled from here: waitForFunction compiles its predicate in the page, which the app's CSP
  // (no 'unsafe-eval') forbids; page.evaluate of a string goes through CDP and is allowed.
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const painted = await page
      .evaluate(
        'window.__bench && window.__bench.firstItems ? window.__bench.firstItems.painted : null',
      )
      .catch(() => null);
    if (typeof painted === 'number') return painted;
    await page.waitForTimeout(100);
  }
  const found = await page
    .evaluate('window.__bench ? window.__bench.region("Timeline") !== null : false')
    .catch(() => false);
  return found ? 'no timeline items' : 'timeline not found';
}

/** Waits until the timeline's DOM has been quiet for a while. */
export function settle(page: Page, quietMs = 400, timeoutMs = 15_000): Promise<unknown> {
  return page.evaluate(
    `window.__bench.watch('Timeline', ${quietMs}, ${timeoutMs}, false).result()`,
  );
}

/** The longest task between two moments (0 when none took 50 ms or more). */
export async function longestTask(page: Page, from: number, to: number): Promise<number> {
  return (await longestTaskWithPhase(page, from, to)).duration;
}

/** The longest task (0 when none took 50 ms or more) and the harness step it fell in. */
export async function longestTaskWithPhase(
  page: Page,
  from: number,
  to: number,
): Promise<{ duration: number; phase: string }> {
  const { tasks, phases } = (await page.evaluate(
    '({ tasks: window.__bench.longTasks, phases: window.__bench.phases })',
  )) as {
    tasks: Array<{ start: number; duration: number }>;
    phases: Array<{ name: string; t: number }>;
  };
  let longest = { duration: 0, phase: '' };
  for (const task of tasks) {
    if (task.start < from || task.start > to || task.duration <= longest.duration) continue;
    const phase = phases.filter((p) => p.t <= task.start).pop();
    longest = { duration: task.duration, phase: phase?.name ?? 'load' };
  }
  return longest;
}

export function phase(page: Page, name: string): Promise<unknown> {
  return page.evaluate(`window.__bench.phase(${JSON.stringify(name)})`);
}

export interface WatchResult {
  found: boolean;
  changed: boolean;
  early?: boolean;
  dom: number | null;
  painted: number | null;
  items: number;
}

export function watchValue(result: WatchResult): Value {
  if (!result.found) return 'timeline not found';
  if (result.early) return 'timeline changed before the input';
  if (!result.changed || result.painted === null) return 'timeline did not change';
  return result.painted;
}

/** Applies a view through the URL the way back/forward does: pushState + popstate. */
export async function viaUrl(page: Page, params: Record<string, string | null>): Promise<Value> {
  const result = await call<WatchResult>(
    page,
    `async (params) => {
      const url = new URL(location.href);
      for (const [key, value] of Object.entries(params)) {
        if (value === null) url.searchParams.delete(key); else url.searchParams.set(key, value);
      }
      const watcher = window.__bench.watch('Timeline', 300, 20000);
      history.pushState(null, '', url);
      dispatchEvent(new PopStateEvent('popstate', { state: null }));
      return watcher.result();
    }`,
    params,
  );
  return watchValue(result);
}

/** Starts a watch of the timeline whose clock starts at the next `type` event, runs `act`. */
export async function watchInput(
  page: Page,
  type: string,
  act: () => Promise<void>,
): Promise<Value> {
  await page.evaluate(
    `window.__watch = window.__bench.watchFromInput('Timeline', '${type}', 300, 20000), true`,
  );
  await act();
  return watchValue((await page.evaluate('window.__watch.result()')) as WatchResult);
}

// ---- interactions: adjust these when the UI changes ----------------------------------------

interface ItemTarget {
  title: string;
  x: number;
  y: number;
}

/** Clicks an event (a timeline item on screen, else its list button) until a <mark> shows. */
export async function selectEvent(page: Page, plan: DatasetPlan): Promise<Value> {
  const titles = Object.keys(plan.selectable);
  let target = await itemOnScreen(page, titles);
  if (!target) {
    // Clustered at this zoom: narrow the window to a few days (through the URL, like a link)
    // until events show as items, then pick one of those.
    await viaUrl(page, plan.narrow);
    await settle(page);
    target = await itemOnScreen(page, titles);
  }
  let title = target?.title;
  let click: () => Promise<void>;
  if (target) {
    click = () => page.mouse.click(target.x, target.y);
  } else {
    // No item on screen to click: use the list.
    let button = null;
    for (const candidate of titles.slice(0, 20)) {
      const locator = page.getByRole('button', { name: candidate }).first();
      if ((await locator.count()) > 0) {
        button = locator;
        title = candidate;
        break;
      }
    }
    if (!button) {
      // Not drawn anywhere (counted on the timeline, far down the list): find it by its title,
      // as a person would.
      const candidate = titles[0];
      if (candidate === undefined) return 'no event to select';
      const search = page.getByRole('searchbox', { name: 'Search events' });
      await search.fill(candidate);
      await search.press('Enter');
      const list = page.getByRole('list', { name: /^Events/ });
      const row = list.getByRole('button', { name: candidate }).first();
      await row.waitFor({ timeout: 20_000 });
      await settle(page);
      button = row;
      title = candidate;
    }
    await button.scrollIntoViewIfNeeded();
    const found = button;
    click = () => found.click();
  }
  const snippets = plan.selectable[title ?? ''] ?? [];
  // `, true`: evaluating the promise itself would wait for it, and click only afterwards.
  await page.evaluate(
    `window.__hl = window.__bench.armHighlight(${JSON.stringify(snippets)}, 10000), true`,
  );
  await click();
  const result = (await page.evaluate('window.__hl')) as
    | { ok: true; painted: number }
    | { ok: false; reason: string };
  return result.ok ? result.painted : `${result.reason}, clicked “${title ?? ''}”`;
}

/** The most one page (a load and its interactions) may take. */
export function pageBudget(events: number): number {
  return events >= 100_000 ? 15 * 60_000 : 5 * 60_000;
}

/** A timeline item on screen whose label holds one of the titles, and where to click it. */
function itemOnScreen(page: Page, titles: string[]): Promise<ItemTarget | null> {
  return call<ItemTarget | null>(
    page,
    `(titles) => {
      const region = window.__bench.region('Timeline');
      if (!region) return null;
      const panel = region.querySelector('.vis-panel.vis-center') || region;
      panel.scrollIntoView({ block: 'center' });
      const p = panel.getBoundingClientRect();
      for (const item of region.querySelectorAll(window.__bench.ITEM)) {
        const b = item.getBoundingClientRect();
        const left = Math.max(b.left, p.left);
        const right = Math.min(b.right, p.right);
        const x = left + Math.min((right - left) / 2, 12);
        const y = b.top + b.height / 2;
        if (right - left < 4 || y < Math.max(p.top, 0) + 2 || y > Math.min(p.bottom, innerHeight) - 2) continue;
        const text = (item.getAttribute('aria-label') || '') + ' ' + (item.textContent || '');
        const title = titles.find((t) => text.includes(t));
        if (title) return { title, x, y };
      }
      return null;
    }`,
    titles,
  );
}

/** Types the query in the search box and commits it with Enter, measured from the Enter key. */
export async function searchByUi(page: Page, query: string): Promise<Value> {
  const box = page.getByRole('searchbox', { name: 'Search events' });
  if ((await box.count()) === 0) return 'no search box';
  await box.fill(query);
  const value = await watchInput(page, 'keydown', () => box.press('Enter'));
  await phase(page, 'clearing the search box (all events back)');
  await box.fill('');
  await box.press('Enter');
  await settle(page);
  return value;
}
