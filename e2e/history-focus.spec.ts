import type { Page } from '@playwright/test';
import { expect, openFile, test } from './fixtures';
import { hostileDataset } from './hostile';

const SEED_TITLE = 'US–Taliban talks in Doha, October 2021';
const TALKS = 'US and Taliban hold face-to-face talks in Doha';

const details = (page: Page) => page.getByRole('region', { name: 'Event details' });
const article = (page: Page) => page.getByRole('region', { name: 'Article' });
const eventList = (page: Page) => page.getByRole('list', { name: /^Events/ });
const notices = (page: Page) => page.getByRole('region', { name: 'Notices' });
const historyLength = (page: Page) => page.evaluate(() => window.history.length);

test.describe('history', () => {
  test('a link that needed repair is replaced by its clean form, not stacked under it', async ({
    page,
  }) => {
    await page.goto('/?event=nope&zzz=1&actors=taliban');
    await expect(notices(page)).toContainText('no event “nope”');
    await expect(page).toHaveURL(/\?actors=taliban$/);
    // One step back leaves the app rather than landing on the raw link.
    await page.goBack();
    await expect(page).toHaveURL('about:blank');
  });

  test('a run of edits to the search text makes one history step', async ({ page }) => {
    await page.goto('/');
    await expect(eventList(page).getByRole('listitem')).toHaveCount(18);
    const before = await historyLength(page);
    const search = page.getByRole('searchbox', { name: 'Search events' });
    await search.fill('wom');
    await expect(page).toHaveURL(/q=wom$/);
    await search.fill('women');
    await expect(page).toHaveURL(/q=women$/);
    await search.fill('women girls');
    await expect(page).toHaveURL(/q=women\+girls$/);
    expect(await historyLength(page)).toBe(before + 1);
  });

  test('a history step the app did not write shows its view without reading the dataset again', async ({
    page,
  }) => {
    const reads: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('.json')) reads.push(request.url());
    });
    await page.goto('/');
    await expect(eventList(page).getByRole('listitem')).toHaveCount(18);
    expect(reads).toHaveLength(1);
    // What another script or an edited address does: a step with no state of ours.
    await page.evaluate(() => {
      window.history.pushState(null, '', '/?event=doha-talks&from=2021-10-01&to=2021-10-12');
      window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
    });
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(TALKS);
    await expect(page.getByText('1 Oct 2021 – 12 Oct 2021')).toBeVisible();
    expect(reads).toHaveLength(1);
  });

  test('going back past an opened file returns to the bundled dataset', async ({ page }) => {
    await page.goto('/?event=doha-talks');
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(TALKS);
    await openFile(page, 'mine.json', JSON.stringify(hostileDataset()));
    await expect(page.getByText('Loaded from your file mine.json')).toBeVisible();
    await eventList(page).getByRole('button').first().click();
    await expect(page).toHaveURL(/event=/);

    await page.goBack();
    await expect(page.getByText('Loaded from your file mine.json')).toBeVisible();
    await expect(details(page)).toContainText('Select an event');
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(TALKS);

    // Forward to the file's step: the file can't be reopened from a URL, and says so.
    await page.goForward();
    await expect(notices(page)).toContainText('shows the file mine.json, which is no longer open');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
  });
});

test('only the newest of overlapping loads lands', async ({ page, baseURL }) => {
  const slow = `${baseURL}/slow.json`;
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(slow, async (route) => {
    await released;
    await route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify(hostileDataset()),
    });
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
  await page.getByRole('button', { name: 'Open dataset…' }).click();
  await page.getByLabel('Dataset address').fill(slow);
  await page.getByRole('button', { name: 'Open address' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Loading' })).toBeVisible();

  const newer = hostileDataset() as { title: string };
  newer.title = 'The newer file';
  await openFile(page, 'newer.json', JSON.stringify(newer));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The newer file');
  release();
  // The slow answer arrives after the newer file: it is dropped.
  await page.waitForTimeout(500);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The newer file');
});

test.describe('focus', () => {
  test('closing the details returns focus to the event in the list', async ({ page }) => {
    await page.goto('/');
    const item = eventList(page).getByRole('button', { name: new RegExp(TALKS) });
    // The timeline's item for the same event is in the page too: focus must go to the list's.
    await expect(
      page.getByRole('region', { name: 'Timeline' }).locator(`[data-event-id="doha-talks"]`),
    ).toBeAttached();
    await item.focus();
    await page.keyboard.press('Enter');
    await details(page).getByRole('button', { name: 'Close event details' }).press('Enter');
    await expect(details(page)).toContainText('Select an event');
    await expect(item).toBeFocused();
  });

  test('"Show in article" moves the focus to the passage', async ({ page }) => {
    await page.goto('/?event=shia-mosque-suicide-bombing');
    await details(page)
      .getByRole('button', { name: /Show in article: passage 3/ })
      .click();
    const focused = article(page).locator('mark:focus');
    await expect(focused).toHaveText(
      'The blast blew out windows, scattered debris, and charred the ceiling of the structure.',
    );
  });

  test('a passage link chosen by keyboard keeps the focus on that passage', async ({ page }) => {
    await page.goto('/');
    await article(page)
      .getByRole('link', { name: /no cooperation with the U\.S\. in containing/ })
      .press('Enter');
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(
      'Taliban rule out cooperating with the US against Islamic State',
    );
    await expect(article(page).locator('mark:focus')).toContainText('on Saturday said');
  });

  test('arrow keys keep panning after the focused item leaves the window', async ({ page }) => {
    await page.goto('/?from=2021-10-07&to=2021-10-11');
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await timeline.getByRole('button', { name: /^Suicide bombing kills 46/ }).focus();
    const start = page.url();
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
    await expect(page).not.toHaveURL(start);
    const focusInPane = await timeline.evaluate((pane) => pane.contains(document.activeElement));
    expect(focusInPane).toBe(true);
    const before = page.url();
    await page.keyboard.press('ArrowLeft');
    await expect(page).not.toHaveURL(before);
  });

  test('on a phone, picking an event in the list moves the focus to its details', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/');
    await eventList(page)
      .getByRole('button', { name: new RegExp(TALKS) })
      .click();
    const heading = details(page).getByRole('heading', { level: 2 });
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport();
  });
});

test('choosing a passage of an event the filters hide clears the filters, aloud', async ({
  page,
}) => {
  await page.goto('/?kinds=attack');
  await expect(eventList(page).getByRole('listitem')).toHaveCount(2);
  await article(page)
    .getByRole('link', { name: /no cooperation with the U\.S\. in containing/ })
    .click();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(
    'Taliban rule out cooperating with the US against Islamic State',
  );
  await expect(notices(page)).toContainText('The filters were cleared to show');
  await expect(eventList(page).getByRole('listitem')).toHaveCount(18);
});
