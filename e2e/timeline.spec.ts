import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const BOMBING = 'Suicide bombing kills 46 at a Shia mosque';
const BOMBING_ID = 'shia-mosque-suicide-bombing';
const TALKS = 'US and Taliban hold face-to-face talks in Doha';

const pane = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const item = (page: Page, name: string | RegExp) =>
  pane(page).getByRole('button', {
    name: typeof name === 'string' ? new RegExp(`^${name},`) : name,
  });
/** Selected items (a box item also has a selected line and dot). */
const selectedItems = (page: Page) =>
  pane(page).locator('.vis-item.vis-selected:is(.vis-box, .vis-range, .vis-point)');
const minorLabels = (page: Page) =>
  pane(page).locator('.vis-time-axis .vis-text.vis-minor:not(.vis-measure)');

function params(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

/** Length in days of the window the URL carries. */
function windowDays(page: Page): number {
  const from = params(page).get('from');
  const to = params(page).get('to');
  if (!from || !to) throw new Error(`no window in ${page.url()}`);
  return (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
}

async function open(page: Page, search = '', shown = BOMBING) {
  await page.goto(`/${search}`);
  await expect(item(page, shown).first()).toBeVisible();
}

test('zoom buttons change the window in the URL (replacing history), Fit all clears it', async ({
  page,
}) => {
  await open(page);
  const historyLength = await page.evaluate(() => history.length);
  expect(params(page).has('from')).toBe(false);

  await pane(page).getByRole('button', { name: 'Zoom in' }).click();
  await expect(page).toHaveURL(/[?&]from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
  const zoomedIn = windowDays(page);

  await pane(page).getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(() => windowDays(page)).toBeLessThan(zoomedIn);
  const closer = windowDays(page);

  await pane(page).getByRole('button', { name: 'Zoom out' }).click();
  await expect.poll(() => windowDays(page)).toBeGreaterThan(closer);
  expect(await page.evaluate(() => history.length)).toBe(historyLength);
  await expect(pane(page)).toContainText(/\d+ \w{3,4} 2021 – \d+ \w{3,4} 2021/);

  await pane(page).getByRole('button', { name: 'Fit all' }).click();
  await expect(page).not.toHaveURL(/[?&](from|to)=/);
  await expect(pane(page)).toContainText('All events');
  await expect(item(page, 'Chaotic withdrawal of US troops from Afghanistan')).toBeVisible();
});

test('the mouse wheel zooms', async ({ page }) => {
  await open(page);
  const canvas = pane(page).locator('.vis-center');
  const box = await canvas.boundingBox();
  if (!box) throw new Error('no timeline canvas');
  await page.mouse.move(box.x + box.width * 0.8, box.y + 20);
  await page.mouse.wheel(0, -400);
  await expect(page).toHaveURL(/[?&]from=.*&to=/);
  const first = windowDays(page);
  await page.mouse.wheel(0, -400);
  await expect.poll(() => windowDays(page)).toBeLessThan(first);
  const second = windowDays(page);
  await page.mouse.wheel(0, 400);
  await expect.poll(() => windowDays(page)).toBeGreaterThan(second);
});

test('arrow keys pan the window when the timeline has focus', async ({ page }) => {
  await open(page, '?from=2021-10-07&to=2021-10-11');
  await item(page, BOMBING).focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => params(page).get('from')).toBe('2021-10-08');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => params(page).get('from')).not.toBe('2021-10-08');
  expect((params(page).get('from') ?? '') < '2021-10-07').toBe(true);
});

test('clicking an item selects its event', async ({ page }) => {
  await open(page, '?from=2021-10-07&to=2021-10-11');
  await item(page, BOMBING).click();
  await expect(page).toHaveURL(new RegExp(`/events/${BOMBING_ID}/(\\?|$)`));
  await expect(selectedItems(page)).toHaveCount(1);
  await expect(selectedItems(page)).toContainText(BOMBING);
  await expect(
    page.getByRole('region', { name: 'Event details' }).getByRole('heading', { name: BOMBING }),
  ).toBeVisible();
});

test('an item can be selected with the keyboard', async ({ page }) => {
  await open(page, '?from=2021-10-07&to=2021-10-11');
  const bombing = item(page, BOMBING);
  await expect(bombing).toHaveAttribute('tabindex', '0');
  await expect(bombing).toHaveAttribute('title', /Friday 8 October 2021/);
  await bombing.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/events/${BOMBING_ID}/(\\?|$)`));

  await item(page, TALKS).focus();
  await page.keyboard.press(' ');
  await expect(page).toHaveURL(/\/events\/doha-talks\/(\?|$)/);
  await expect(selectedItems(page)).toContainText(TALKS);
});

test('selecting in the list brings the item into view', async ({ page }) => {
  await open(page, '?from=2021-10-07&to=2021-10-11');
  await expect(item(page, 'US military leaves Afghanistan')).toHaveCount(0);
  await page
    .getByRole('list', { name: /^Events/ })
    .getByRole('button', { name: /US military leaves Afghanistan/ })
    .click();
  await expect(item(page, 'US military leaves Afghanistan')).toBeVisible();
  await expect(selectedItems(page)).toContainText('US military leaves Afghanistan');
  await expect(page).toHaveURL(/[?&]from=2021-08-/);
});

test('grouping by kind shows lanes, by actor repeats an event per actor; no re-creation', async ({
  page,
}) => {
  await open(page);
  await page.evaluate(() => {
    (window as unknown as { tlRoot: Element | null }).tlRoot =
      document.querySelector('.vis-timeline');
  });
  const groupBy = pane(page).getByRole('radiogroup', { name: 'Group by' });
  await expect(groupBy.getByRole('radio', { name: 'None' })).toBeChecked();

  await groupBy.getByRole('radio', { name: 'Kind' }).check();
  await expect(page).toHaveURL(/[?&]group=kind/);
  const lanes = pane(page).locator('.vis-labelset .vis-label');
  await expect(lanes).toHaveText([
    'Analysis',
    'Attack',
    'Diplomacy',
    'Military',
    'Political',
    'Statement',
  ]);
  const attackLane = lanes.filter({ hasText: 'Attack' });
  const laneBox = await attackLane.boundingBox();
  const bombingBox = await item(page, BOMBING).boundingBox();
  if (!laneBox || !bombingBox) throw new Error('missing boxes');
  expect(bombingBox.y).toBeGreaterThanOrEqual(laneBox.y);
  expect(bombingBox.y + bombingBox.height).toBeLessThanOrEqual(laneBox.y + laneBox.height);

  await groupBy.getByRole('radio', { name: 'Actor' }).check();
  await expect(page).toHaveURL(/[?&]group=actor/);
  await expect(lanes.first()).toHaveText('Taliban');
  // The talks have five actors: one item per actor lane, each selecting the one event. (Narrowed
  // by a search, so that every lane fits: vis-timeline draws only the lanes scrolled into view.)
  await page.getByRole('searchbox', { name: 'Search events' }).fill('face-to-face meetings');
  await expect(lanes).toHaveText([
    'Taliban',
    'United States',
    'US delegation',
    'Qatar',
    'Latin Post',
  ]);
  await expect(pane(page).locator('.vis-item', { hasText: TALKS })).toHaveCount(5);

  await pane(page).getByRole('button', { name: 'Fit all' }).click();
  await page.getByRole('searchbox', { name: 'Search events' }).fill('mosque');
  await expect(item(page, BOMBING).first()).toBeVisible();
  await expect(item(page, TALKS)).toHaveCount(0);

  await groupBy.getByRole('radio', { name: 'None' }).check();
  await expect(lanes.filter({ hasText: /\S/ })).toHaveCount(0);
  const same = await page.evaluate(
    () =>
      (window as unknown as { tlRoot: Element | null }).tlRoot ===
      document.querySelector('.vis-timeline'),
  );
  expect(same, 'the vis-timeline instance is kept across grouping and filter changes').toBe(true);
});

test('an event selected in actor lanes is selected in each lane', async ({ page }) => {
  // Narrowed by a search so that all five actor lanes fit in the drawing area.
  await open(page, '?group=actor&from=2021-10-07&to=2021-10-11&q=face-to-face+meetings', TALKS);
  await item(page, TALKS).first().click();
  await expect(page).toHaveURL(/\/events\/doha-talks\/(\?|$)/);
  // Lanes scrolled out of view are not drawn: every drawn copy of the talks is selected.
  const copies = pane(page).locator('.vis-item.vis-range', { hasText: TALKS });
  await expect(selectedItems(page)).toHaveCount(await copies.count());
  expect(await copies.count()).toBeGreaterThan(1);
  await expect(selectedItems(page).filter({ hasNotText: TALKS })).toHaveCount(0);
});

test('a deep-linked window shows those days on the axis', async ({ page }) => {
  await open(page, '?from=2021-10-07&to=2021-10-11');
  const labels = await minorLabels(page).allTextContents();
  for (const day of ['Thu 7', 'Fri 8', 'Sat 9', 'Sun 10', 'Mon 11']) expect(labels).toContain(day);
  expect(labels).not.toContain('Wed 6');
  await expect(pane(page)).toContainText('7 Oct 2021 – 11 Oct 2021');
  await expect(page).toHaveURL(/from=2021-10-07&to=2021-10-11/);
});

test('item text is text, never HTML', async ({ page, baseURL }) => {
  const dataset = JSON.parse(readFileSync('data/doha-talks-2021.json', 'utf8'));
  const title = '<img src=x onerror=alert(1)>';
  const bombing = dataset.events.find((event: { id: string }) => event.id === BOMBING_ID);
  bombing.title = title;
  await page.route('**/hostile-dataset.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(dataset) }),
  );
  await page.goto(
    `/?dataset=${encodeURIComponent(`${baseURL}/hostile-dataset.json`)}&from=2021-10-07&to=2021-10-11`,
  );
  const hostile = pane(page).getByRole('button', { name: `${title}, 8 Oct 2021` });
  await expect(hostile).toHaveText(title);
  await expect(pane(page).locator('img')).toHaveCount(0);
});

for (const timezoneId of ['America/Los_Angeles', 'Asia/Tokyo']) {
  test.describe(`in ${timezoneId}`, () => {
    test.use({ timezoneId });

    test('a day event of 8 October sits on 8 October', async ({ page }) => {
      await open(page, '?from=2021-10-07&to=2021-10-11');
      const eighth = await minorLabels(page)
        .filter({ hasText: /^Fri 8$/ })
        .boundingBox();
      const ninth = await minorLabels(page)
        .filter({ hasText: /^Sat 9$/ })
        .boundingBox();
      const bombing = await pane(page)
        .locator('.vis-item.vis-box', { hasText: BOMBING })
        .boundingBox();
      if (!eighth || !ninth || !bombing) throw new Error('missing boxes');
      // A box stands on its day at one edge (its title runs right, or left near the window's
      // right edge): that edge lies inside the day labelled 8.
      const edges = [bombing.x, bombing.x + bombing.width];
      expect(edges.some((x) => x > eighth.x && x < ninth.x)).toBe(true);
    });
  });
}
