// Filters over long lists of choices: 100,000 actors, 2,000 kinds. The lists show their busiest
// choices and the chosen ones; the rest are found by typing.
import type { Page } from '@playwright/test';
import { manyActors, manyKinds } from '../bench/stress';
import type { Dataset } from '../src/dataset/schema';
import { expect, openFilters, test } from './fixtures';

const ADDRESS = '/test-data/long-lists.json';

async function open(page: Page, baseURL: string | undefined, dataset: Dataset): Promise<void> {
  const body = JSON.stringify(dataset);
  await page.route(`**${ADDRESS}`, (route) =>
    route.fulfill({ contentType: 'application/json', body }),
  );
  await page.goto(`/?dataset=${encodeURIComponent(`${baseURL}${ADDRESS}`)}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(dataset.title);
}

const filters = (page: Page) => page.getByRole('region', { name: 'Filters' });
const eventList = (page: Page) => page.getByRole('list', { name: /^Events/ });

test('100,000 actors: the busiest are listed, any other is found by typing and filters', async ({
  page,
  baseURL,
}) => {
  const dataset = manyActors(2, 100_000, 5_000);
  // A rare actor, far from the busiest: the last one that any event names.
  const named = new Map<string, number>();
  for (const event of dataset.events) {
    for (const ref of event.actors) named.set(ref.id, (named.get(ref.id) ?? 0) + 1);
  }
  const rare = dataset.actors.filter((actor) => named.has(actor.id)).at(-1);
  if (!rare) throw new Error('no named actor');
  const expected = named.get(rare.id) ?? 0;

  await open(page, baseURL, dataset);
  await openFilters(page);
  const actors = filters(page).getByRole('group', { name: 'Actors' });
  expect(await actors.getByRole('checkbox').count()).toBeLessThanOrEqual(50);
  await expect(actors.getByText(/^99,950 more — type to find$/)).toBeVisible();
  await expect(actors.getByRole('checkbox', { name: rare.name, exact: true })).toHaveCount(0);

  const find = actors.getByRole('searchbox', { name: 'Find an actor' });
  await find.fill(rare.name.toUpperCase());
  const box = actors.getByRole('checkbox', { name: rare.name, exact: true });
  await expect(box).toBeVisible();
  await expect(actors.getByText(`${expected} event${expected === 1 ? '' : 's'}`)).toBeVisible();
  await box.check();
  await expect(page).toHaveURL(new RegExp(`[?&]actors=${rare.id}(&|$)`));
  await expect(eventList(page).getByRole('listitem')).toHaveCount(expected);

  // The chosen actor stays listed once the box is cleared, among the busiest.
  await find.fill('');
  await expect(box).toBeChecked();
  await find.fill('no such name at all');
  await expect(actors.getByText('No actor’s name has “no such name at all”.')).toBeVisible();
});

test('2,000 kinds: the kind filter and the legend show the busiest, the rest by typing', async ({
  page,
  baseURL,
}) => {
  const dataset = manyKinds(2, 2000, 5_000);
  const counts = new Map<string, number>();
  for (const event of dataset.events) counts.set(event.kind, (counts.get(event.kind) ?? 0) + 1);
  await open(page, baseURL, dataset);

  const legend = page.getByRole('region', { name: 'Timeline' }).getByRole('list', {
    name: 'Event kinds',
  });
  await expect(legend.getByRole('listitem')).toHaveCount(13);
  await expect(legend.getByRole('listitem').last()).toHaveText(
    `and ${(counts.size - 12).toLocaleString('en')} more kinds`,
  );

  await openFilters(page);
  const kinds = filters(page).getByRole('group', { name: 'Event kinds' });
  expect(await kinds.getByRole('checkbox').count()).toBe(50);
  const rare = [...counts.keys()].sort().at(-1) as string;
  const label = `Kind ${rare.slice('kind-'.length)}`;
  await kinds.getByRole('searchbox', { name: 'Find a kind' }).fill(rare.slice('kind-'.length));
  await kinds.getByRole('checkbox', { name: label }).check();
  await expect(eventList(page).getByRole('listitem')).toHaveCount(counts.get(rare) ?? 0);
});
