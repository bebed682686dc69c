import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, openFilters, test } from './fixtures';

const BOMBING = 'Suicide bombing kills 46 at a Shia mosque';

const eventList = (page: Page) => page.getByRole('list', { name: /^Events/ });
const details = (page: Page) => page.getByRole('region', { name: 'Event details' });
const article = (page: Page) => page.getByRole('region', { name: 'Article' });

test('selecting an event in the list opens its details and highlights its passages', async ({
  page,
}) => {
  await page.goto('/');
  await eventList(page)
    .getByRole('button', { name: new RegExp(BOMBING) })
    .click();

  await expect(details(page).getByRole('heading', { name: BOMBING })).toBeVisible();
  await expect(details(page)).toContainText('Friday 8 October 2021');
  await expect(details(page)).toContainText("Friday's suicide bombing");
  await expect(page).toHaveURL(/\/events\/shia-mosque-suicide-bombing\/(\?|$)/);

  const marks = article(page).locator('mark');
  await expect(marks.first()).toBeVisible();
  await expect(article(page)).toContainText('46 Killed Inside Afghanistan Mosque');
  const marked = await marks.allTextContents();
  expect(marked.join(' ')).toContain(
    "Friday's suicide bombing that killed 46 people at a Shia mosque",
  );
});

test('keyboard only: reach the list, open an event, walk to the next one', async ({ page }) => {
  await page.goto('/');
  const first = eventList(page).getByRole('button').first();
  await expect(first).toBeVisible();
  // The skip link is the first stop and leads to the list.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Skip to the list of events' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  const heading = details(page).getByRole('heading', { level: 2 });
  await expect(heading).toHaveText('Chaotic withdrawal of US troops from Afghanistan');
  await details(page).getByRole('button', { name: 'Next event' }).focus();
  await page.keyboard.press('Enter');
  await expect(heading).toHaveText('US military leaves Afghanistan');
  await expect(heading).toBeFocused();
  await details(page).getByRole('button', { name: 'Previous event' }).press('Enter');
  await expect(heading).toHaveText('Chaotic withdrawal of US troops from Afghanistan');
});

test('clicking a passage in the article lands on its event', async ({ page }) => {
  await page.goto('/');
  await article(page)
    .getByRole('link', { name: /no cooperation with the U\.S\. in containing/ })
    .click();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(
    'Taliban rule out cooperating with the US against Islamic State',
  );
  await expect(article(page).locator('mark').first()).toContainText('on Saturday said');
});

test('"Show in article" scrolls the passage into the reader', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 700 });
  await page.goto('/?event=roggio-criticizes-taliban-counterterrorism-partnership');
  await details(page)
    .getByRole('button', { name: /Show in article/ })
    .first()
    .click();
  await expect(article(page).locator('mark').first()).toBeInViewport();
});

test('filter by actor with any/all, by kind and by search', async ({ page }) => {
  await page.goto('/');
  await openFilters(page);
  const filters = page.getByRole('region', { name: 'Filters' });
  const items = eventList(page).getByRole('listitem');
  await expect(items).toHaveCount(18);

  await filters.getByRole('checkbox', { name: 'Associated Press', exact: true }).check();
  await expect(items).toHaveCount(2);
  await expect(page).toHaveURL(/actors=associated-press/);
  await filters.getByRole('checkbox', { name: 'China', exact: true }).check();
  await filters.getByRole('checkbox', { name: 'Suhail Shaheen', exact: true }).check();
  // Any of: events with AP, China or Shaheen.
  await expect(items).toHaveCount(2);
  await filters.getByRole('checkbox', { name: 'Taliban', exact: true }).check();
  await expect(items).toHaveCount(12);
  await filters.getByRole('radio', { name: 'All of' }).check();
  await expect(page).toHaveURL(/match=all/);
  await expect(items).toHaveCount(0);
  await filters.getByRole('checkbox', { name: 'Suhail Shaheen', exact: true }).uncheck();
  // All of: AP, China and the Taliban.
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('AP: Uyghur bomber targeted Shiites and the Taliban');
  await expect(filters).toContainText('Showing 1 of 18 events');

  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await expect(items).toHaveCount(18);

  await filters.getByRole('checkbox', { name: 'Attack' }).check();
  await expect(items).toHaveCount(2);
  await filters.getByRole('checkbox', { name: 'Attack' }).uncheck();

  await page.getByRole('searchbox', { name: 'Search events' }).fill('women girls');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('rights of women and girls');
  await expect(page).toHaveURL(/q=women\+girls/);
});

test('a selected event hidden by a filter is deselected with a notice', async ({ page }) => {
  await page.goto('/?event=shia-mosque-suicide-bombing');
  await expect(details(page).getByRole('heading', { name: BOMBING })).toBeVisible();
  await openFilters(page);
  await page
    .getByRole('region', { name: 'Filters' })
    .getByRole('checkbox', { name: 'Diplomacy' })
    .check();
  await expect(page.getByRole('region', { name: 'Notices' })).toContainText(
    `“${BOMBING}” is hidden by the filters, so it was deselected.`,
  );
  await expect(details(page).getByRole('heading', { name: BOMBING })).toHaveCount(0);
  await expect(page).not.toHaveURL(/event=/);
});

test('an actor in the details panel filters by that actor', async ({ page }) => {
  await page.goto('/?event=ap-reports-uyghur-bomber');
  const actor = details(page).getByRole('button', { name: 'China', exact: true });
  await actor.click();
  await expect(actor).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/actors=china/);
  await expect(eventList(page).getByRole('listitem')).toHaveCount(1);
});

test('deep links reopen the same view cold', async ({ page }) => {
  await page.goto(
    '/?event=doha-talks&actors=taliban,united-states&match=all&kinds=diplomacy&q=doha&group=kind',
  );
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(
    'US and Taliban hold face-to-face talks in Doha',
  );
  await expect(details(page)).toContainText('9–10 October 2021');
  await openFilters(page);
  const filters = page.getByRole('region', { name: 'Filters' });
  await expect(filters.getByRole('checkbox', { name: 'Taliban', exact: true })).toBeChecked();
  await expect(filters.getByRole('checkbox', { name: 'United States', exact: true })).toBeChecked();
  await expect(filters.getByRole('radio', { name: 'All of' })).toBeChecked();
  await expect(filters.getByRole('checkbox', { name: 'Diplomacy' })).toBeChecked();
  await expect(page.getByRole('searchbox', { name: 'Search events' })).toHaveValue('doha');
  await expect(eventList(page).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('radio', { name: 'Kind', exact: true })).toBeChecked();
});

test('a deep link naming the bundled dataset opens it', async ({ page }) => {
  await page.goto('/?dataset=doha-talks-2021&event=taliban-refuses-cooperation-against-is');
  await expect(details(page)).toContainText('Saturday 9 October 2021');
  await expect(page.getByText(/Loaded from/)).toHaveCount(0);
  // The default dataset's events have their pages at the root.
  await expect(page).toHaveURL(/\/events\/taliban-refuses-cooperation-against-is\/$/);
});

test('unknown ids and malformed values in a link are ignored with a notice', async ({ page }) => {
  await page.goto(
    '/?event=no-such-event&actors=taliban,nobody&match=sometimes&from=2021-13-45&to=x',
  );
  const notices = page.getByRole('region', { name: 'Notices' });
  await expect(notices).toContainText('This dataset has no event “no-such-event”');
  await expect(notices).toContainText('no actor “nobody”');
  await expect(notices).toContainText('“match” must be “any” or “all”');
  await expect(notices).toContainText('is not a date');
  // The rest of the link still applies.
  await openFilters(page);
  await expect(
    page
      .getByRole('region', { name: 'Filters' })
      .getByRole('checkbox', { name: 'Taliban', exact: true }),
  ).toBeChecked();
  await expect(details(page)).toContainText('Select an event');
});

test('back and forward walk through selections and filters', async ({ page }) => {
  await page.goto('/');
  const list = eventList(page);
  const heading = details(page).getByRole('heading', { level: 2 });
  await list.getByRole('button', { name: new RegExp(BOMBING) }).click();
  await expect(heading).toHaveText(BOMBING);
  await list.getByRole('button', { name: /US military leaves Afghanistan/ }).click();
  await expect(heading).toHaveText('US military leaves Afghanistan');
  await openFilters(page);
  await page
    .getByRole('region', { name: 'Filters' })
    .getByRole('checkbox', { name: 'Military', exact: true })
    .check();
  await expect(list.getByRole('listitem')).toHaveCount(2);

  await page.goBack();
  await expect(list.getByRole('listitem')).toHaveCount(18);
  await expect(heading).toHaveText('US military leaves Afghanistan');
  await page.goBack();
  await expect(heading).toHaveText(BOMBING);
  await page.goForward();
  await expect(heading).toHaveText('US military leaves Afghanistan');
  await page.goForward();
  await expect(list.getByRole('listitem')).toHaveCount(2);
});

test('copy link copies the current view and confirms it', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto('/?event=doha-talks&actors=taliban');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(
    'US and Taliban hold face-to-face talks in Doha',
  );
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('region', { name: 'Notices' })).toContainText('Link copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  expect(copied).toContain('/events/doha-talks/?');
  expect(copied).toContain('actors=taliban');
});

test('a dataset with several sources has a source switcher, and passages open their source', async ({
  page,
  baseURL,
}) => {
  // The seed dataset with a second source: a short wire report that one event also quotes.
  const seed = JSON.parse(
    readFileSync(new URL('../data/doha-talks-2021.json', import.meta.url), 'utf8'),
  );
  const wire = 'Wire report. Talks in Doha ended on Sunday, officials said.';
  const exact = 'Talks in Doha ended on Sunday';
  const start = wire.indexOf(exact);
  seed.sources.push({
    id: 'wire',
    title: 'A wire report',
    publisher: 'Example Wire',
    author: 'Staff',
    published: '2021-10-10',
    text: wire,
  });
  const talks = seed.events.find((e: { id: string }) => e.id === 'doha-talks');
  talks.passages.push({ source: 'wire', exact, start, end: start + exact.length });
  const url = `${baseURL}/fixtures/two-sources.json`;
  await page.route(url, (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(seed) }),
  );
  await page.goto(`/?dataset=${encodeURIComponent(url)}&event=doha-talks`);

  const switcher = article(page).getByRole('combobox', { name: 'Source' });
  await expect(switcher).toHaveValue('latin-post-2021-10-us-taliban-doha');
  await details(page).getByRole('button', { name: 'Show in article: passage 3 of 3' }).click();
  await expect(switcher).toHaveValue('wire');
  await expect(article(page).locator('mark')).toHaveText(exact);
  // Under the passage it quotes (the source's title also heads its claim under "Sources and
  // claims").
  await expect(details(page).locator('.detail-passages').getByText('A wire report')).toBeVisible();
  await switcher.selectOption('latin-post-2021-10-us-taliban-doha');
  await expect(article(page).locator('mark').first()).toContainText('face-to-face meetings');
});
