// The stress section of the benchmark (`npm run bench -- --stress`): each shape of stress.ts is
// generated into bench/data/stress/, opened in the app, and put through the steps a person takes
// first: the first items, choosing an event in the list (to its highlighted passage), a search,
// and for the actors shape the actor filter found by typing. Measured: time to first items, each
// step, and the longest main-thread task of the whole run with the step it fell in.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Dataset } from '../src/dataset/schema';
import {
  fenced,
  firstItems,
  guard,
  longestTaskWithPhase,
  newPage,
  phase,
  settle,
  type Value,
  watchInput,
} from './pageTools';
import { actorCheckbox, appUrl, type Browser } from './scenarios';
import { STRESS_SHAPES, type StressShape } from './stress';

const SEED = 1;

export interface StressFile {
  shape: StressShape;
  path: string;
  bytes: number;
}

/** Generates the stress datasets that are missing or were made by another generator. */
export function ensureStressData(dir: string, labels: readonly string[] | null): StressFile[] {
  mkdirSync(dir, { recursive: true });
  const stamp = createHash('sha256')
    .update(readFileSync(new URL('./stress.ts', import.meta.url)))
    .update(readFileSync(new URL('./generate.ts', import.meta.url)))
    .update(String(SEED))
    .digest('hex');
  const shapes = STRESS_SHAPES.filter((shape) => !labels || labels.includes(shape.label));
  return shapes.map((shape) => {
    const path = join(dir, `${shape.label}.json`);
    const stampPath = join(dir, `${shape.label}.stamp`);
    const fresh =
      existsSync(path) && existsSync(stampPath) && readFileSync(stampPath, 'utf8') === stamp;
    if (!fresh) {
      console.log(`Generating ${path}…`);
      writeFileSync(path, JSON.stringify(shape.make(SEED)));
      writeFileSync(stampPath, stamp);
    }
    return { shape, path, bytes: statSync(path).size };
  });
}

export interface StressResult {
  firstItems: Value;
  /** The longest task until the first items. */
  longTaskLoad: Value;
  /** Click on the first row of the list until its passage is highlighted in the reader. */
  select: Value;
  /** Search box + Enter until the timeline has changed. */
  search: Value;
  /** Actors shape only: typing a name in "Find an actor" until its checkbox shows. */
  findActor: Value;
  /** Actors shape only: ticking it until the timeline has changed. */
  actorFilter: Value;
  /** Text shapes only: "Find in the article" + Enter until every match is counted. */
  findInArticle: Value;
  /** The longest task of the whole run, load included, and the step it fell in. */
  longTask: Value;
  longTaskPhase: string;
}

/** Clicks the list's first row and times the click to the highlighted passage. */
async function selectFirstRow(page: Page, dataset: Dataset): Promise<Value> {
  const row = page
    .getByRole('list', { name: /^Events/ })
    .getByRole('button')
    .first();
  await row.waitFor({ timeout: 30_000 });
  const id = await row.getAttribute('data-event-id');
  const event = dataset.events.find((e) => e.id === id);
  if (!event) return `no event for the first row (${id ?? 'no id'})`;
  const snippets = event.passages.map((p) => p.exact);
  await page.evaluate(
    `window.__hl = window.__bench.armHighlight(${JSON.stringify(snippets)}, 60000), true`,
  );
  await row.click();
  const result = (await page.evaluate('window.__hl')) as
    | { ok: true; painted: number }
    | { ok: false; reason: string };
  return result.ok ? result.painted : result.reason;
}

async function search(page: Page, query: string): Promise<Value> {
  const box = page.getByRole('searchbox', { name: 'Search events' });
  await box.fill(query);
  const value = await watchInput(page, 'keydown', () => box.press('Enter'));
  await phase(page, 'clearing the search');
  await box.fill('');
  await box.press('Enter');
  await settle(page, 400, 60_000);
  return value;
}

/** Finds a word in the article, until every match is counted ("1 of N", no "…"). */
async function findInArticle(page: Page, word: string): Promise<Value> {
  const box = page.getByRole('searchbox', { name: 'Find in the article' });
  if ((await box.count()) === 0)
    await page.getByRole('button', { name: 'Find in article' }).click();
  await box.fill(word);
  const started = Date.now();
  await box.press('Enter');
  await page
    .getByRole('region', { name: 'Article' })
    .getByText(/^1 of [\d,]+\+?$|^Not found$/)
    .waitFor({ timeout: 120_000 });
  return Date.now() - started;
}

/** Types a rare actor's name in "Find an actor", then ticks it. */
async function findAndFilterActor(
  page: Page,
  dataset: Dataset,
): Promise<{ find: Value; filter: Value }> {
  const named = new Set(dataset.events.flatMap((e) => e.actors.map((a) => a.id)));
  const rare = dataset.actors.filter((a) => named.has(a.id)).at(-1);
  if (!rare) return { find: 'no actor', filter: 'no actor' };
  await phase(page, 'opening the filters');
  const started = Date.now();
  const box = await actorCheckbox(page, rare.name);
  const find = box ? Date.now() - started : 'not found by typing';
  if (!box) return { find, filter: find };
  await phase(page, 'actor filter by click');
  const filter = await watchInput(page, 'click', () => box.click());
  await settle(page, 400, 60_000);
  await phase(page, 'unticking the actor');
  await box.click();
  return { find, filter };
}

export async function runStress(
  browser: Browser,
  origin: string,
  dataUrl: string,
  shape: StressShape,
  dataset: Dataset,
): Promise<StressResult> {
  const result: StressResult = {
    firstItems: 'not run',
    longTaskLoad: 'not run',
    select: 'not run',
    search: 'not run',
    findActor: 'n/a',
    actorFilter: 'n/a',
    findInArticle: 'n/a',
    longTask: 'not run',
    longTaskPhase: '',
  };
  const { context, page } = await newPage(browser);
  const timer = guard(context, 15 * 60_000);
  try {
    const load = await fenced(() =>
      firstItems(page, appUrl(origin, dataUrl, shape.params), 240_000),
    );
    result.firstItems = load;
    const until = typeof load === 'number' ? load : Number.POSITIVE_INFINITY;
    result.longTaskLoad = await fenced(async () => {
      return (await longestTaskWithPhase(page, 0, until)).duration;
    });
    if (typeof load !== 'number') return result;
    await phase(page, 'settling after load');
    await settle(page, 400, 60_000);
    await phase(page, 'select in the list');
    result.select = await fenced(() => selectFirstRow(page, dataset));
    await settle(page, 400, 60_000);
    if (shape.label.startsWith('actors')) {
      // The filters stay open for the search after it: their counts follow every search.
      const actor = await findAndFilterActor(page, dataset).catch((error: unknown) => ({
        find: String(error),
        filter: String(error),
      }));
      result.findActor = actor.find;
      result.actorFilter = actor.filter;
      await settle(page, 400, 60_000);
    }
    await phase(page, 'search box');
    result.search = await fenced(() => search(page, 'envoy'));
    if (shape.label.startsWith('line')) {
      await phase(page, 'find in the article');
      result.findInArticle = await fenced(() => findInArticle(page, 'envoy'));
    }
    const longest = await longestTaskWithPhase(page, 0, Number.POSITIVE_INFINITY);
    result.longTask = longest.duration;
    result.longTaskPhase = longest.phase;
  } catch (error) {
    result.longTask = typeof result.longTask === 'number' ? result.longTask : String(error);
  } finally {
    clearTimeout(timer);
    await context.close();
  }
  return result;
}
