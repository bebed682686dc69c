// A thousand events: the timeline draws counts where events are dense (and zooms in to them from
// the keyboard), and the list draws one page of rows around the selection, never all of them.
import type { Page } from '@playwright/test';
import { generateDataset } from '../bench/generate';
import { expect, test } from './fixtures';

const dataset = generateDataset({ events: 1000, seed: 3 });
const ADDRESS = '/test-data/thousand.json';

/** The same events with 400 of them on one day (1 April 2012): too many to draw one by one. */
const crowded = {
  ...dataset,
  events: dataset.events.map((event, i) =>
    i < 400 ? { ...event, date: { ...event.date, value: '2012-04-01' } } : event,
  ),
};

async function openThousand(
  page: Page,
  baseURL: string | undefined,
  extra = '',
  body = dataset,
): Promise<void> {
  await page.route(`**${ADDRESS}`, (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(body) }),
  );
  await page.goto(`/?dataset=${encodeURIComponent(`${baseURL}${ADDRESS}`)}${extra}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(dataset.title);
}

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const eventList = (page: Page) => page.getByRole('list', { name: /^Events/ });

test('dense stretches are counted, and Enter on a count zooms in to its events', async ({
  page,
  baseURL,
}) => {
  await openThousand(page, baseURL);
  const counts = timeline(page).getByRole('button', { name: /^[\d,]+ events, .*: zoom in/ });
  await expect(counts.first()).toBeVisible();
  // Every event is counted or drawn (a span in each count it runs through): at least 1000.
  const labels = await counts.evaluateAll((nodes) =>
    nodes.map((node) => node.getAttribute('aria-label') ?? ''),
  );
  const counted = labels.reduce(
    (sum, label) => sum + Number(label.split(' ')[0]?.replace(/,/g, '')),
    0,
  );
  const single = await timeline(page).locator('.tl-label').count();
  expect(counted + single).toBeGreaterThanOrEqual(1000);
  // Far fewer things drawn than events.
  expect(await timeline(page).locator('.vis-item').count()).toBeLessThan(300);

  const status = timeline(page).getByText(/ · 1,000 events$/);
  await expect(status).toHaveText(/^All events/);
  const first = counts.first();
  const label = (await first.getAttribute('aria-label')) ?? '';
  await first.focus();
  await page.keyboard.press('Enter');
  // The window is now the count's stretch, and the focus is on something drawn in it.
  await expect(status).not.toHaveText(/^All events/);
  await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}&to=/);
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('role', 'button');
  expect(await focused.evaluate((node) => node.closest('.timeline-canvas') !== null)).toBe(true);
  expect(label).toMatch(/^\d[\d,]* events, \d+ \w{3} \d{4}/);
});

test('the list draws a page of rows around the selected event, with the rest on request', async ({
  page,
  baseURL,
}) => {
  // An event far down the list (date order), chosen through the link.
  const byDate = [...dataset.events].sort((a, b) => a.date.value.localeCompare(b.date.value));
  const late = byDate[700];
  if (!late) throw new Error('no event');
  await openThousand(page, baseURL, `&event=${late.id}`);
  const rows = eventList(page).getByRole('listitem');
  await expect(rows).toHaveCount(200);
  const current = eventList(page).locator('[aria-current="true"]');
  await expect(current).toHaveAttribute('data-event-id', late.id);
  await expect(page.getByText(/^Events \d{3}–\d{3,4} of 1,000$/)).toBeVisible();

  await page.getByRole('button', { name: /^Show 200 earlier of \d+$/ }).click();
  await expect(rows).toHaveCount(400);
  await expect(current).toHaveAttribute('data-event-id', late.id);
  await page.getByRole('button', { name: /^Show \d+ more of \d+$/ }).click();
  await expect(rows).toHaveCount(600);
});

test('with no selection the list starts at the top', async ({ page, baseURL }) => {
  await openThousand(page, baseURL);
  await expect(eventList(page).getByRole('listitem')).toHaveCount(200);
  await expect(page.getByRole('button', { name: /earlier/ })).toHaveCount(0);
  await expect(page.getByText('Events 1–200 of 1,000')).toBeVisible();
  await page.getByRole('button', { name: 'Show 200 more of 800' }).click();
  await expect(eventList(page).getByRole('listitem')).toHaveCount(400);
  // The focus goes on to the first of the new rows, not to the page.
  const row201 = eventList(page).getByRole('listitem').nth(200).getByRole('button');
  await expect(row201).toBeFocused();
});

test('back and forward keep the rows the list has drawn', async ({ page, baseURL }) => {
  await openThousand(page, baseURL);
  const rows = eventList(page).getByRole('listitem');
  await page.getByRole('button', { name: 'Show 200 more of 800' }).click();
  await expect(rows).toHaveCount(400);
  await rows.nth(350).getByRole('button').click();
  await expect(page).toHaveURL(/event=/);
  await rows.nth(360).getByRole('button').click();
  await page.goBack();
  await expect(rows.nth(350).getByRole('button')).toHaveAttribute('aria-current', 'true');
  await expect(rows).toHaveCount(400);
});

test('when the filters keep no event, the timeline draws nothing', async ({ page, baseURL }) => {
  await openThousand(page, baseURL);
  await expect(timeline(page).locator('.vis-item').first()).toBeVisible();
  const search = page.getByRole('searchbox', { name: 'Search events' });
  await search.fill('zzzqqq');
  await search.press('Enter');
  await expect(timeline(page).getByText('No events match the filters.')).toBeVisible();
  await expect(timeline(page).locator('.vis-item')).toHaveCount(0);
});

test('counts are measured again for a resized page', async ({ page, baseURL }) => {
  await openThousand(page, baseURL);
  const counts = timeline(page).locator('.vis-item.tl-aggregate');
  await expect(counts.first()).toBeVisible();
  await page.setViewportSize({ width: 420, height: 900 });
  // Every count stays wide enough to read (about 100 px), however few fit now.
  await expect(async () => {
    const widths = await counts.evaluateAll((nodes) =>
      nodes.map((node) => node.getBoundingClientRect().width),
    );
    expect(widths.length).toBeGreaterThan(0);
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(80);
  }).toPass();
});

test('a day too crowded to draw is counted, and its count shows that day in the list', async ({
  page,
  baseURL,
}) => {
  await openThousand(page, baseURL, '&from=2012-03-31&to=2012-04-02', crowded);
  const day = timeline(page).getByRole('button', {
    name: /^4\d\d events, 1 Apr 2012: show them in the list$/,
  });
  await day.focus();
  await page.keyboard.press('Enter');
  // The list now shows exactly that day's events (those on it, and spans running through it),
  // with a visible, removable day filter carried by the link, and the focus on its first event.
  const focused = eventList(page).locator(':focus');
  await expect(focused).toContainText('1 Apr 2012');
  await expect(page).toHaveURL(/[?&]day=2012-04-01(&|$)/);
  const chip = page.getByText('Only events on Sunday 1 April 2012');
  await expect(chip).toBeVisible();
  await expect(timeline(page).getByText(/of 1,000 events/)).toBeVisible();
  await expect(timeline(page).getByText('· day: 1 Apr 2012')).toBeVisible();
  const heading = await page.getByRole('heading', { name: /^Events/ }).textContent();
  const shown = Number(/\(([\d,]+) of 1,?000\)/.exec(heading ?? '')?.[1]?.replace(/,/g, ''));
  expect(shown).toBeGreaterThanOrEqual(400);
  expect(shown).toBeLessThan(1000);
  for (const date of await eventList(page).locator('time').allTextContents()) {
    // Each row is on the day or a span through it ("… – ongoing", "… – 3 Apr 2012").
    expect(date === '1 Apr 2012' || date.includes('–')).toBe(true);
  }
  await page.getByRole('button', { name: 'Remove the day filter (Sunday 1 April 2012)' }).click();
  await expect(page).not.toHaveURL(/day=/);
  await expect(chip).toHaveCount(0);
});

test('25,000 events: cleared filters bring every kind back, the timeline gathered in slices', async ({
  page,
  baseURL,
}) => {
  test.slow();
  const large = generateDataset({ events: 25_000, seed: 5 });
  await page.route('**/test-data/large.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(large) }),
  );
  const address = encodeURIComponent(`${baseURL}/test-data/large.json`);
  // A quiet stretch (a few events a day), where events are drawn one by one.
  await page.goto(`/?dataset=${address}&from=2005-03-01&to=2005-03-20&kinds=attack`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(large.title);
  const items = timeline(page).locator('.vis-item .tl-label');
  await expect(items.first()).toBeVisible({ timeout: 30_000 });
  const stage = timeline(page).locator('.timeline-stage');
  const kindsDrawn = () =>
    timeline(page)
      .locator('.vis-item.tl-item')
      .evaluateAll((nodes) => [
        ...new Set(nodes.map((node) => /tl-kind-([a-z-]+)/.exec(node.className)?.[1] ?? '')),
      ]);
  await expect(stage).not.toHaveAttribute('aria-busy', 'true');
  expect(await kindsDrawn()).toEqual(['attack']);
  // Every event drawn again (25,000: more than one slice of the model's gathering): the stage
  // says it is busy while the model is gathered, then draws them.
  await timeline(page).getByRole('button', { name: 'Clear filters' }).click();
  await expect(timeline(page).getByText(/ · 25,000 events$/)).toBeVisible();
  await expect(stage).not.toHaveAttribute('aria-busy', 'true');
  await expect.poll(async () => (await kindsDrawn()).length).toBeGreaterThan(3);
  const legend = timeline(page).getByRole('list', { name: 'Event kinds' });
  await expect(legend.getByRole('listitem')).toHaveCount(6);
});
