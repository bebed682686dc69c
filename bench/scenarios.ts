import type { Browser, BrowserContext, Page } from '@playwright/test';
import {
  call,
  fenced,
  firstItems,
  guard,
  longestTask,
  longestTaskWithPhase,
  newPage,
  pageBudget,
  phase,
  reason,
  searchByUi,
  selectEvent,
  settle,
  type Value,
  viaUrl,
  watchInput,
} from './pageTools';
import type { DatasetPlan } from './plan';
import { percentile } from './stats';
import { suggestArticle, suggestEventsStep } from './suggestStep';
import { typeInEventForm, typeInNewTimelineForm } from './typingSteps';

export type { Browser };

export interface AppResult {
  loadDefault: Value;
  loadWindow: Value;
  dataFetched: Value;
  longTaskLoad: Value;
  heap: Value;
  actorUrl: Value;
  actorClick: Value;
  actorDeepLink: Value;
  searchUrl: Value;
  searchUi: Value;
  searchDeepLink: Value;
  frameP50: Value;
  frameP95: Value;
  selectHighlight: Value;
  longTaskAfterPaint: Value;
  /** The harness step during which the longest task after first paint started. */
  longTaskPhase: string;
  scriptsBeforeItems: string[];
  /** Each key's time from its keydown to the frame that shows it, p95 (the frame clock included). */
  typingP95: Value;
  /**
   * Each key's own work, p95: its events handled (React's render included), then the frame that
   * shows it drawn; the wait between the two for the display's next frame is left out.
   */
  typingWorkP95: Value;
  /** The longest task while typing, the edit's commit after the pause included. */
  typingLongTask: Value;
  /**
   * Keys typed into the "New timeline" form's title with a 5 MB article pasted in it: their work,
   * p95, as `typingWorkP95` (`typeInNewTimelineForm`). Measured with the first size only: the
   * form does not depend on the dataset on screen.
   */
  newTimelineWorkP95: Value;
  /** The same keys' time to their frame, p95. */
  newTimelineP95: Value;
  /** "Suggest events" for a 2,000-word article: from the click to the first suggestion shown. */
  suggestTime: Value;
  /** The longest main-thread task meanwhile (the work is a worker's). */
  suggestLongTask: Value;
}

export interface BareResult {
  load: Value;
  actor: Value;
  search: Value;
  frameP50: Value;
  frameP95: Value;
  parseJson: Value;
  parseValidate: Value;
  /** Keys typed into a plain input alone on a page: their time to the frame after, p95. */
  typingP95: Value;
}

export interface RunResult {
  app: AppResult;
  bare: BareResult;
}

/** The box of the timeline's item panel (or the region), scrolled into view. */
async function timelineBox(page: Page) {
  return call<{ x: number; y: number; width: number; height: number } | null>(
    page,
    `() => {
      const region = window.__bench.region('Timeline');
      if (!region) return null;
      const panel = region.querySelector('.vis-panel.vis-center') || region;
      panel.scrollIntoView({ block: 'center' });
      const b = panel.getBoundingClientRect();
      return { x: b.left, y: b.top, width: b.width, height: Math.min(b.height, innerHeight - b.top) };
    }`,
  );
}

/** A scripted sequence of wheel zooms and drags over the timeline. */
export async function zoomAndPan(page: Page): Promise<boolean> {
  const box = await timelineBox(page);
  if (!box) return false;
  const cx = box.x + box.width / 2;
  const cy = box.y + Math.min(box.height / 2, 60);
  await page.mouse.move(cx, cy);
  for (const deltaY of [-300, -300, -300, 300, 300, 300, 300, -300]) {
    await page.mouse.wheel(0, deltaY);
    await page.waitForTimeout(120);
  }
  for (const dx of [-300, 300, 200, -200]) {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx + dx, cy, { steps: 20 });
    await page.mouse.up();
    await page.waitForTimeout(100);
  }
  return true;
}

export async function frames(page: Page): Promise<{ p50: Value; p95: Value }> {
  await page.evaluate('window.__bench.startFrames()');
  const ok = await zoomAndPan(page);
  await page.waitForTimeout(200);
  const deltas = (await page.evaluate('window.__bench.stopFrames()')) as number[];
  if (!ok) return { p50: 'timeline not found', p95: 'timeline not found' };
  return { p50: percentile(deltas, 50) ?? 'no frames', p95: percentile(deltas, 95) ?? 'no frames' };
}

/** Opens the folded filters (actors, kinds) in the side panel, if they are not open yet. */
export async function openFilters(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: /^Filters: actors, kinds/ });
  if ((await toggle.count()) === 0) return;
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await page.getByRole('group', { name: 'Actors' }).waitFor({ timeout: 20_000 });
}

/** The actor's checkbox in the filters, found by typing its name when the list is long. */
export async function actorCheckbox(page: Page, name: string) {
  await openFilters(page);
  const group = page.getByRole('group', { name: 'Actors' });
  const box = group.getByRole('checkbox', { name, exact: true });
  if ((await box.count()) > 0) return box;
  const find = group.getByRole('searchbox', { name: 'Find an actor' });
  if ((await find.count()) === 0) return null;
  await find.fill(name);
  await box.waitFor({ timeout: 20_000 }).catch(() => undefined);
  return (await box.count()) > 0 ? box : null;
}

/** Ticks the actor's checkbox in the filters (group "Actors"), measured from the click. */
export async function clickActor(page: Page, name: string): Promise<Value> {
  const box = await actorCheckbox(page, name);
  if (!box) return 'no actor checkbox';
  await box.scrollIntoViewIfNeeded();
  const value = await watchInput(page, 'click', () => box.click());
  await phase(page, 'unticking the actor');
  await box.click();
  await settle(page);
  return value;
}

// ---- runs ------------------------------------------------------------------------------------

/** How long a page may take to show its first items. */
export function loadTimeout(events: number): number {
  return events >= 100_000 ? 180_000 : 30_000;
}

/** The JS heap in use once garbage is collected, bytes. */
export async function heapAfterGc(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize');
  return used ? used.value : Number.NaN;
}

/** The app's address with the dataset and view parameters given. */
export function appUrl(
  origin: string,
  dataUrl: string,
  extra: Record<string, string> = {},
): string {
  const params = new URLSearchParams({ dataset: dataUrl, ...extra });
  return `${origin}/?${params}`;
}

/**
 * One app run: default view (load, heap), windowed view (interactions), typing in a draft, two
 * deep links; with `pasted`, typing in the "New timeline" form with that article pasted in it.
 */
export async function runApp(
  browser: Browser,
  origin: string,
  dataUrl: string,
  plan: DatasetPlan,
  events: number,
  pasted?: string,
): Promise<AppResult> {
  const timeout = loadTimeout(events);
  const result: AppResult = {
    loadDefault: 'not run',
    loadWindow: 'not run',
    dataFetched: 'not run',
    longTaskLoad: 'not run',
    heap: 'not run',
    actorUrl: 'not run',
    actorClick: 'not run',
    actorDeepLink: 'not run',
    searchUrl: 'not run',
    searchUi: 'not run',
    searchDeepLink: 'not run',
    frameP50: 'not run',
    frameP95: 'not run',
    selectHighlight: 'not run',
    longTaskAfterPaint: 'not run',
    longTaskPhase: '',
    scriptsBeforeItems: [],
    typingP95: 'not run',
    typingWorkP95: 'not run',
    typingLongTask: 'not run',
    newTimelineWorkP95: 'not run',
    newTimelineP95: 'not run',
    suggestTime: 'not run',
    suggestLongTask: 'not run',
  };

  // 1. Default view: first items, the longest task until then, heap once settled.
  {
    const { context, page } = await newPage(browser);
    const timer = guard(context, pageBudget(events));
    try {
      const load = await fenced(() => firstItems(page, appUrl(origin, dataUrl), timeout));
      result.loadDefault = load;
      const until = typeof load === 'number' ? load : Number.POSITIVE_INFINITY;
      result.longTaskLoad = await fenced(() => longestTask(page, 0, until));
      const resources = (await page.evaluate(
        `performance.getEntriesByType('resource').map((e) => ({ name: e.name, end: e.responseEnd }))`,
      )) as Array<{ name: string; end: number }>;
      const data = resources.find((r) => r.name.includes('/bench-data/'));
      result.dataFetched = data ? data.end : 'dataset not fetched';
      result.scriptsBeforeItems = resources
        .filter((r) => r.name.includes('/assets/') && r.name.endsWith('.js') && r.end <= until)
        .map((r) => new URL(r.name).pathname);
      if (typeof load === 'number') await settle(page);
      result.heap = await fenced(() => heapAfterGc(context, page));
    } finally {
      clearTimeout(timer);
      await context.close();
    }
  }

  // 2. A two-month window: first items, then the interactions on that page.
  {
    const { context, page } = await newPage(browser);
    const timer = guard(context, pageBudget(events));
    try {
      const url = appUrl(origin, dataUrl, plan.window);
      const load = await fenced(() => firstItems(page, url, timeout));
      result.loadWindow = load;
      if (typeof load === 'number') {
        await phase(page, 'settling after load');
        await settle(page);
        await phase(page, 'actor filter via URL');
        result.actorUrl = await fenced(() => viaUrl(page, { actors: plan.actor.id }));
        await phase(page, 'clearing the actor filter via URL');
        await fenced(() => viaUrl(page, { actors: null }));
        await settle(page);
        await phase(page, 'actor filter by click');
        result.actorClick = await fenced(() => clickActor(page, plan.actor.name));
        await phase(page, 'search via URL');
        result.searchUrl = await fenced(() => viaUrl(page, { q: plan.query }));
        await phase(page, 'clearing the search via URL');
        await fenced(() => viaUrl(page, { q: null }));
        await settle(page);
        await phase(page, 'search box');
        result.searchUi = await fenced(() => searchByUi(page, plan.query));
        await phase(page, 'select');
        result.selectHighlight = await fenced(() => selectEvent(page, plan));
        await settle(page, 300, 5_000);
        await phase(page, 'zoom and pan');
        const frame = await frames(page).catch((error: unknown) => ({
          p50: reason(error),
          p95: reason(error),
        }));
        result.frameP50 = frame.p50;
        result.frameP95 = frame.p95;
        const longest = await longestTaskWithPhase(page, load, Number.POSITIVE_INFINITY);
        result.longTaskAfterPaint = longest.duration;
        result.longTaskPhase = longest.phase;
      } else {
        for (const key of [
          'frameP50',
          'frameP95',
          'actorUrl',
          'actorClick',
          'searchUrl',
          'searchUi',
          'selectHighlight',
          'longTaskAfterPaint',
        ] as const) {
          result[key] = load;
        }
      }
    } catch (error) {
      result.loadWindow = typeof result.loadWindow === 'number' ? result.loadWindow : reason(error);
    } finally {
      clearTimeout(timer);
      await context.close();
    }
  }

  // 5. Editing a copy of the dataset: typing in the event form.
  {
    const { context, page } = await newPage(browser);
    const timer = guard(context, pageBudget(events));
    try {
      const load = await fenced(() =>
        firstItems(page, appUrl(origin, dataUrl, plan.window), timeout),
      );
      if (typeof load === 'number') {
        const typing = await typeInEventForm(page, timeout).catch((error: unknown) => {
          const why = reason(error);
          return { latency: why, work: why };
        });
        result.typingP95 = typing.latency;
        result.typingWorkP95 = typing.work;
        if (typeof typing.latency === 'number') {
          result.typingLongTask = await fenced(async () =>
            Number(await page.evaluate('window.__benchTypingLongest ?? 0')),
          );
        } else result.typingLongTask = typing.latency;
      } else {
        result.typingP95 = load;
        result.typingWorkP95 = load;
        result.typingLongTask = load;
      }
    } finally {
      clearTimeout(timer);
      await context.close();
    }
  }

  // 6. "New timeline" with a 5 MB article pasted: typing in its title.
  if (pasted !== undefined) {
    const { context, page } = await newPage(browser);
    const timer = guard(context, pageBudget(events));
    try {
      const load = await fenced(() =>
        firstItems(page, appUrl(origin, dataUrl, plan.window), timeout),
      );
      if (typeof load === 'number') {
        await settle(page);
        const typing = await typeInNewTimelineForm(page, pasted, timeout).catch(
          (error: unknown) => {
            const why = reason(error);
            return { latency: why, work: why };
          },
        );
        result.newTimelineP95 = typing.latency;
        result.newTimelineWorkP95 = typing.work;
        // 7. "Suggest events" for a 2,000-word article, on a fresh page.
        await page.goto(appUrl(origin, dataUrl, plan.window));
        await settle(page);
        const suggest = await suggestEventsStep(page, suggestArticle(), timeout).catch(
          (error: unknown) => {
            const why = reason(error);
            return { time: why, longTask: why };
          },
        );
        result.suggestTime = suggest.time;
        result.suggestLongTask = suggest.longTask;
      } else {
        result.newTimelineP95 = load;
        result.newTimelineWorkP95 = load;
      }
    } finally {
      clearTimeout(timer);
      await context.close();
    }
  }

  // 3–4. Deep links that open filtered: time to first items.
  for (const [key, extra] of [
    ['actorDeepLink', { actors: plan.actor.id }],
    ['searchDeepLink', { q: plan.query }],
  ] as const) {
    const { context, page } = await newPage(browser);
    const timer = guard(context, pageBudget(events));
    try {
      result[key] = await fenced(() =>
        firstItems(page, appUrl(origin, dataUrl, { ...plan.window, ...extra }), timeout),
      );
    } finally {
      clearTimeout(timer);
      await context.close();
    }
  }
  return result;
}
