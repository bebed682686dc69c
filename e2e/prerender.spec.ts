// The pages the build prerenders (scripts/prerender/): what a reader and a link-preview crawler
// get before any script runs, and the app taking the page over without redrawing it.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { crawl } from '../scripts/prerender/crawl';
import { expect, test } from './fixtures';

const SEED_TITLE = 'US–Taliban talks in Doha, October 2021';
const TALKS = 'US and Taliban hold face-to-face talks in Doha';
const TALKS_PAGE = '/events/doha-talks/';
const PASSAGE =
  'The statement came after the face-to-face meetings between senior representatives of the Taliban and a U.S. delegation in Doha, Qatar over the weekend.';
const SIZES = [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
  { width: 360, height: 740 },
];

const details = (page: Page) => page.getByRole('region', { name: 'Event details' });
const eventList = (page: Page) => page.getByRole('list', { name: /^Events/ });
/** Where a box sits in the document (a phone's live app scrolls the chosen event into view). */
async function placeOf(page: Page, selector: string) {
  return page.locator(selector).evaluate((node) => {
    const box = node.getBoundingClientRect();
    return { x: box.x + scrollX, y: box.y + scrollY, width: box.width, height: box.height };
  });
}

/** Holds back the requests matching `pattern` until the returned function is called. */
async function holdBack(page: Page, pattern: string): Promise<() => void> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(pattern, async (route) => {
    await held;
    await route.continue();
  });
  return () => release();
}

/** What a reader sees first of the talks' page, checked by role and by text. */
async function expectTalksPage(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(TALKS);
  await expect(details(page)).toContainText('9–10 October 2021');
  await expect(details(page)).toContainText(
    'Senior Taliban representatives and a US delegation met face to face in Doha',
  );
  await expect(page.locator('.article-body mark').first()).toBeVisible();
  await expect(page.locator('.article-body')).toContainText(PASSAGE);
  await expect(eventList(page).getByRole('listitem')).toHaveCount(18);
}

for (const size of SIZES) {
  test(`${size.width}×${size.height}: an event's page shows the event before any script runs, in the app's own layout`, async ({
    browser,
    page,
  }, testInfo) => {
    const bare = await browser.newContext({ javaScriptEnabled: false, viewport: size });
    try {
      const still = await bare.newPage();
      await still.goto(TALKS_PAGE);
      await expectTalksPage(still);
      // The timeline's place is kept at its final size, so nothing moves when it is drawn.
      const before = await placeOf(still, '.timeline-area');
      const detailsBefore = await placeOf(still, '.detail-panel');
      await still.screenshot({ path: testInfo.outputPath(`no-script-${size.width}.png`) });

      await page.setViewportSize(size);
      await page.goto(TALKS_PAGE);
      if (size.width > 900) {
        await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
      } else {
        // A phone shows the event first; the timeline below is built once the reader goes there.
        await page.waitForTimeout(500);
        await expect(page.locator('.timeline-pane')).toHaveCount(0);
        expect(await page.evaluate(() => scrollY)).toBe(0);
      }
      await expectTalksPage(page);
      expect(await placeOf(page, '.timeline-area')).toEqual(before);
      expect(await placeOf(page, '.detail-panel')).toEqual(detailsBefore);
      if (size.width <= 900) {
        await page.locator('.timeline-area').scrollIntoViewIfNeeded();
        await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
        expect(await placeOf(page, '.timeline-area')).toEqual(before);
      }
      await page.screenshot({ path: testInfo.outputPath(`live-${size.width}.png`) });
    } finally {
      await bare.close();
    }
  });
}

test('the app takes the page over as it is: same nodes, the focus kept, then the live app', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  // The dataset is held back, so the page stays the prerendered one while the reader acts on it.
  const release = await holdBack(page, '**/assets/doha-talks-2021-*.json');
  // Not waiting for the app (the e2e fixtures' goto would): the page is held static on purpose.
  await page.goto(TALKS_PAGE, { waitUntil: 'commit' });
  await expectTalksPage(page);
  const next = details(page).getByRole('button', { name: 'Next event' });
  await next.focus();
  await page.evaluate(() => {
    for (const node of document.querySelectorAll('.detail-panel h2, .detail-panel button')) {
      (node as HTMLElement).dataset.before = 'yes';
    }
  });
  release();
  await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
  // Hydrated, not redrawn: the very nodes are still there, and the focus where it was.
  const kept = await page.evaluate(() => ({
    heading: document.querySelector<HTMLElement>('.detail-panel h2')?.dataset.before,
    focused: (document.activeElement as HTMLElement | null)?.getAttribute('aria-label'),
    focusedKept: (document.activeElement as HTMLElement | null)?.dataset.before,
  }));
  expect(kept).toEqual({ heading: 'yes', focused: 'Next event', focusedKept: 'yes' });
  await expect(eventList(page).getByRole('button', { name: new RegExp(TALKS) })).toHaveAttribute(
    'aria-current',
    'true',
  );
  await expect(page).toHaveURL(TALKS_PAGE);
  // The live app: the next event, and its own page's address.
  await page.keyboard.press('Enter');
  await expect(details(page).getByRole('heading', { level: 2 })).not.toHaveText(TALKS);
  await expect(page).toHaveURL(/\/events\/[a-z0-9-]+\/$/);
  await expect(page).not.toHaveURL(TALKS_PAGE);
  await page.goBack();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(TALKS);
});

test('a page paints before it asks for the app’s modules, then the app takes it over', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(TALKS_PAGE);
  await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
  const timing = await page.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity,
    modules: performance
      .getEntriesByType('resource')
      .filter((entry) => /\/assets\/[^/]+\.js$/.test(entry.name) && !/\/boot-/.test(entry.name))
      .map((entry) => entry.startTime),
  }));
  expect(timing.modules.length).toBeGreaterThan(0);
  expect(Math.min(...timing.modules)).toBeGreaterThanOrEqual(timing.paint);
});

test('the app reads its dataset with the worker the page started: one parsing worker, not two', async ({
  page,
}) => {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto(TALKS_PAGE);
  await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
  await expect(details(page).getByRole('heading', { name: TALKS })).toBeVisible();
  expect(workers.filter((url) => /\/parse\.worker-/.test(url))).toHaveLength(1);
});

test('a link that names another dataset never shows this page’s events, while the app loads or after', async ({
  page,
  baseURL,
}) => {
  const fixture = readFileSync('e2e/fixtures/two-sources.json', 'utf8');
  const url = `${baseURL}/fixtures/two-sources.json`;
  await page.route(url, (route) =>
    route.fulfill({ contentType: 'application/json', body: fixture }),
  );
  await page.setViewportSize({ width: 1280, height: 800 });
  const release = await holdBack(page, '**/assets/index-*.js');
  // (`commit`: the app, held back, cannot say it is live.)
  await page.goto(`/?dataset=${encodeURIComponent(url)}`, { waitUntil: 'commit' });
  await page.waitForLoadState('domcontentloaded');
  // The page's HTML holds the seed; the link is to another dataset.
  expect(await page.locator('#root').innerHTML()).toContain(SEED_TITLE);
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  for (const shown of await page.getByText(TALKS).all()) await expect(shown).toBeHidden();
  release();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(JSON.parse(fixture).title);
  await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
  await expect(page.getByText(SEED_TITLE)).toHaveCount(0);
});

test('an event page keeps its comparison of sources while that code comes late, then it is live', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  // The comparison's code (a chunk of its own, off the first paint) is held back.
  const release = await holdBack(page, '**/assets/SourcesAndClaims-*.js');
  await page.goto('/events/biden-administration-condemns-mosque-bombing/', { waitUntil: 'commit' });
  const section = details(page).getByRole('region', { name: 'Sources and claims' });
  await expect(section).toBeVisible();
  await section.evaluate((node) => {
    (node as HTMLElement).dataset.before = 'yes';
  });
  await expect(page.locator('html[data-app="live"]')).toHaveCount(1);
  // The app is live; the section is still the page's own HTML, shown as it was.
  await expect(section).toBeVisible();
  release();
  await expect(section.getByRole('list', { name: 'What each source claims' })).toBeVisible();
  expect(await section.evaluate((node) => (node as HTMLElement).dataset.before)).toBe('yes');
  // Hydrated: the actor buttons beside it answer, and the section follows a change of event.
  await details(page).getByRole('button', { name: 'Next event' }).click();
  await expect(page).not.toHaveURL(/biden-administration-condemns-mosque-bombing/);
});

test('old ?event= links still work, and land on the page’s address', async ({ page }) => {
  await page.goto('/?event=doha-talks&actors=taliban');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(TALKS);
  await expect(page).toHaveURL('/events/doha-talks/?actors=taliban');
  await expect(eventList(page).getByRole('listitem')).not.toHaveCount(18);
});

test('a page with more in its link applies it, and an unknown event says so', async ({ page }) => {
  await page.goto(`${TALKS_PAGE}?kinds=diplomacy`);
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(TALKS);
  await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
  await expect(page).toHaveURL(`${TALKS_PAGE}?kinds=diplomacy`);
  await page.goto('/events/no-such-event/');
  await expect(page.getByRole('region', { name: 'Notices' })).toContainText(
    'This dataset has no event',
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
});

test.describe('copying', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  test('Copy link gives the page’s path plus the view’s parameters', async ({ page }) => {
    await page.goto('/');
    await page
      .getByRole('button', { name: 'Group by kind' })
      .or(page.getByLabel('Kind'))
      .first()
      .check();
    await eventList(page)
      .getByRole('button', { name: new RegExp(TALKS) })
      .click();
    await page.getByRole('button', { name: 'Copy link' }).click();
    const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(copied.pathname).toBe(TALKS_PAGE);
    expect(copied.search).toBe('?group=kind');
  });
});

test('link previews: crawlers get the page’s own tags and image, with no script', async ({
  request,
}) => {
  const response = await request.get(TALKS_PAGE);
  expect(response.status()).toBe(200);
  const crawled = crawl(await response.text());
  expect(crawled.title).toBe(`${TALKS} — ${SEED_TITLE}`);
  expect(crawled.text).toContain(PASSAGE);
  expect(crawled.meta.get('og:title')).toBe(TALKS);
  for (const key of ['description', 'og:description', 'twitter:description']) {
    expect(crawled.meta.get(key)).toMatch(
      /^9–10 October 2021\. “The statement came after .*” — Latin Post, /,
    );
  }
  expect(crawled.meta.get('twitter:card')).toMatch(/^summary/);
  // With SITE_URL the image's address is absolute; the image is there either way.
  const image = crawled.meta.get('og:image');
  if (image) expect(new URL(image).pathname).toBe(`${TALKS_PAGE}preview.png`);
  const png = await request.get(`${TALKS_PAGE}preview.png`);
  expect(png.headers()['content-type']).toBe('image/png');
  const bytes = await png.body();
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
  const home = crawl(await (await request.get('/')).text());
  expect(home.title).toBe(`${SEED_TITLE} — Sourceline`);
});
