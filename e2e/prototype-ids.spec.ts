// Ids and kinds named after Object.prototype's properties. "constructor" is a slug, so a valid
// dataset can use it as a dataset, source, actor and event id and as a kind: the timeline (which
// keys its items by id in plain objects) must still draw, select and colour them. The other
// prototype names are not slugs; in a link they are unknown ids, ignored with a notice.
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, openFile, openFilters, test } from './fixtures';

const FIXTURE = readFileSync(new URL('./fixtures/prototype-ids.json', import.meta.url), 'utf8');
const MEETING = 'The Constructor Guild meets the Builders';
const WALK_OUT = 'The Builders walk out';
const SILENCE = 'The Guild says nothing more';

const pane = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const timelineItem = (page: Page, title: string) =>
  pane(page).getByRole('button', { name: new RegExp(`^${title}, `) });
const eventList = (page: Page) => page.getByRole('list', { name: /^Events/ });
const details = (page: Page) => page.getByRole('region', { name: 'Event details' });
const filters = (page: Page) => page.getByRole('region', { name: 'Filters' });

/**
 * A colour that shows (neither transparent nor white), returned for comparison. A period on the
 * timeline shows its kind's colour in the line under its title (its ::after).
 */
async function expectColoured(locator: Locator): Promise<string> {
  const colour = await locator.evaluate((node) =>
    node.classList.contains('vis-range')
      ? getComputedStyle(node, '::after').backgroundColor
      : getComputedStyle(node).backgroundColor,
  );
  expect(colour).toMatch(/^rgb/);
  expect(['rgba(0, 0, 0, 0)', 'transparent', 'rgb(255, 255, 255)']).not.toContain(colour);
  return colour;
}

test('a dataset using "constructor" as every kind of id draws, selects, colours and filters', async ({
  page,
}) => {
  await page.goto('/');
  await openFile(page, 'prototype-ids.json', FIXTURE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prototype names as ids');

  for (const title of [MEETING, WALK_OUT, SILENCE]) {
    await expect(timelineItem(page, title)).toBeVisible();
  }

  // The event whose id is "constructor": selected on the timeline, its details and passages.
  await timelineItem(page, MEETING).click();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(MEETING);
  await expect(details(page)).toContainText('Constructor Guild');
  await expect(page.getByRole('region', { name: 'Article' }).locator('mark')).toHaveText([
    'On Friday the Constructor Guild met the Builders in Doha.',
    'The Guild said the talks went well.',
  ]);
  await expect(pane(page).locator('.vis-item.vis-selected', { hasText: MEETING })).toBeVisible();

  // The kind "constructor" has a colour everywhere it is shown.
  const legend = pane(page).getByRole('list', { name: 'Event kinds' });
  await expect(legend.getByRole('listitem')).toHaveText(['Constructor', 'Diplomacy']);
  // The same colour everywhere: the legend, the items (whose own style carries it), the details
  // and the kind filter.
  const colour = await expectColoured(
    legend.getByRole('listitem').filter({ hasText: 'Constructor' }).locator('.tl-swatch'),
  );
  await openFilters(page);
  const kindFilter = filters(page).getByRole('group', { name: 'Event kinds' });
  for (const swatch of [
    pane(page).locator('.vis-item', { hasText: MEETING }),
    pane(page).locator('.vis-item', { hasText: SILENCE }),
    details(page).locator('.kind-swatch'),
    kindFilter.locator('.check', { hasText: 'Constructor' }).locator('.kind-swatch'),
  ]) {
    expect(await expectColoured(swatch)).toBe(colour);
  }

  // Filters by the actor and the kind named "constructor".
  const rows = eventList(page).getByRole('listitem');
  await expect(rows).toHaveCount(3);
  await filters(page)
    .getByRole('checkbox', { name: /Constructor Guild/ })
    .check();
  await expect(rows).toHaveCount(2);
  await expect(timelineItem(page, WALK_OUT)).toHaveCount(0);
  await expect(timelineItem(page, SILENCE)).toBeVisible();
  await filters(page)
    .getByRole('checkbox', { name: /Constructor Guild/ })
    .uncheck();
  await expect(rows).toHaveCount(3);
  await kindFilter.getByRole('checkbox', { name: 'Constructor' }).check();
  await expect(rows).toHaveCount(2);
  await expect(timelineItem(page, WALK_OUT)).toHaveCount(0);
  await expect(timelineItem(page, MEETING)).toBeVisible();
  await kindFilter.getByRole('checkbox', { name: 'Constructor' }).uncheck();

  // Lanes named by the kind and by the actor.
  const groupBy = pane(page).getByRole('radiogroup', { name: 'Group by' });
  const lanes = pane(page).locator('.vis-labelset .vis-label');
  await groupBy.getByRole('radio', { name: 'Kind' }).check();
  await expect(lanes).toHaveText(['Constructor', 'Diplomacy']);
  await expect(timelineItem(page, MEETING)).toBeVisible();
  await groupBy.getByRole('radio', { name: 'Actor' }).check();
  await expect(lanes).toHaveText(['Constructor Guild', 'The Builders']);
  await expect(timelineItem(page, MEETING)).toHaveCount(2);
  await timelineItem(page, SILENCE).click();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(SILENCE);
});

test('links to "constructor" work, and other prototype names are unknown ids', async ({
  page,
  baseURL,
}) => {
  const url = `${baseURL}/fixtures/prototype-ids.json`;
  await page.route(url, (route) =>
    route.fulfill({ contentType: 'application/json', body: FIXTURE }),
  );
  const dataset = encodeURIComponent(url);
  await page.goto(`/?dataset=${dataset}&event=constructor&actors=constructor&kinds=constructor`);
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(MEETING);
  await expect(eventList(page).getByRole('listitem')).toHaveCount(2);
  await expect(timelineItem(page, MEETING)).toBeVisible();

  await page.goto(
    `/?dataset=${dataset}&event=__proto__&actors=toString,hasOwnProperty&kinds=valueOf&group=kind`,
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prototype names as ids');
  // Not slugs, so not ids: each is named in a notice, and the rest of the link applies.
  await expect(page.getByText(/“event” is not an event id: “__proto__”/)).toBeVisible();
  await expect(
    page.getByText(/“actors” has values that are not ids: “toString”, “hasOwnProperty”/),
  ).toBeVisible();
  await expect(page.getByText(/“kinds” has values that are not ids: “valueOf”/)).toBeVisible();
  await expect(pane(page).locator('.vis-labelset .vis-label')).toHaveText([
    'Constructor',
    'Diplomacy',
  ]);
  await expect(eventList(page).getByRole('listitem')).toHaveCount(3);
  await expect(timelineItem(page, WALK_OUT)).toBeVisible();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveCount(0);
});
