// Editing the rest of a draft (issue 10, "editing everything"): the timeline's title, actors with
// their aliases, the articles' details, and passages moved onto other words; every change undoable
// and exported. And the editor refusing to run inside another site's frame (issue 12, framing).
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  article,
  downloadText,
  editACopy,
  editorBar,
  eventList,
  seed,
  selectWords,
  validate,
} from './support/editor';

const castDialog = (page: Page) => page.getByRole('dialog', { name: 'Actors and sources' });

/** The disclosure of one actor or article in the dialog, opened. */
async function openRecord(page: Page, name: string) {
  const item = castDialog(page)
    .getByRole('listitem')
    .filter({ has: page.locator('summary', { hasText: name }) });
  await item.locator('summary').click();
  return item;
}

test('Actors and sources: rename an actor and give it aliases, add one, delete one (with undo), change an article and the title; all exported', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await editACopy(page, '/');
  const opener = editorBar(page).getByRole('button', { name: 'Actors and sources' });
  await opener.click();
  const dialog = castDialog(page);
  await expect(
    dialog.getByRole('heading', { name: `Actors (${seed.actors.length})` }),
  ).toBeVisible();

  // The timeline's own title.
  await dialog.getByLabel('Timeline title').fill('Doha talks, my copy');

  // An actor found by name, renamed, with aliases one per line.
  await dialog.getByLabel('Find an actor').fill('qatar');
  await expect(dialog.locator('.cast-list').first().getByRole('listitem')).toHaveCount(1);
  const qatar = await openRecord(page, 'Qatar');
  await qatar.getByLabel('Name').fill('State of Qatar');
  await qatar.getByLabel('Aliases').fill('Qatari government\n\nDoha\nDoha');
  await qatar.getByLabel('Kind').selectOption('state');
  await qatar.getByLabel('Description').focus();
  await expect(qatar.locator('summary')).toContainText('State of Qatar');

  // A new actor.
  await dialog.getByLabel('Find an actor').fill('');
  await dialog.getByLabel('New actor').fill('Zabihullah Mujahid');
  await dialog.getByRole('button', { name: 'Add actor' }).click();
  await expect(
    dialog.getByRole('heading', { name: `Actors (${seed.actors.length + 1})` }),
  ).toBeVisible();

  // Deleting an actor that events name takes it off them too; one Undo brings all of it back.
  const named = seed.events.filter((e: { actors: { id: string }[] }) =>
    e.actors.some((a) => a.id === 'iskp'),
  ).length;
  await dialog.getByLabel('Find an actor').fill('Khorasan');
  const iskp = await openRecord(page, 'Islamic State in Khorasan Province');
  await iskp
    .getByRole('button', { name: `Delete actor (and take it off ${named} events)` })
    .click();
  await expect(dialog.locator('.cast-list').first().getByRole('listitem')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(dialog.locator('.cast-list').first().getByRole('listitem')).toHaveCount(1);

  // The article's publisher; its text stays as it is.
  const source = await openRecord(page, seed.sources[0].title);
  await source.getByLabel('Publisher').fill('Latin Post (New York)');
  await expect(source).toContainText('The text itself does not change here');
  // A quoted article cannot be removed; it says why.
  await expect(source.getByRole('button', { name: 'Remove article' })).toBeDisabled();
  await source.getByLabel('Published').focus();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toHaveCount(0);

  // The viewer's own parts follow: the heading and the article's attribution.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Doha talks, my copy');
  await expect(article(page)).toContainText('Latin Post (New York)');
  await expect(editorBar(page)).toContainText(/Saved in this browser at/);

  const downloading = page.waitForEvent('download');
  await editorBar(page).getByRole('button', { name: 'Export dataset' }).click();
  const text = await downloadText(await downloading);
  expect(validate(text).code).toBe(0);
  const exported = JSON.parse(text);
  const expected = structuredClone(seed);
  expected.title = 'Doha talks, my copy';
  expected.sources[0].publisher = 'Latin Post (New York)';
  const expectedQatar = expected.actors.find((a: { id: string }) => a.id === 'qatar');
  expectedQatar.name = 'State of Qatar';
  expectedQatar.aliases = ['Qatari government', 'Doha'];
  expected.actors.push({ id: 'zabihullah-mujahid', name: 'Zabihullah Mujahid', kind: 'person' });
  expect(exported).toEqual(expected);

  // And it is all still there after a reload.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Doha talks, my copy');
});

test('a passage moves onto other words selected in the article, in one undoable step', async ({
  page,
}) => {
  await editACopy(page, '/');
  await eventList(page)
    .getByRole('button', { name: /Suicide bombing/ })
    .click();
  const form = page.getByRole('region', { name: 'Edit event' });
  const passages = form.getByRole('group', { name: 'Passages' });
  const third = passages.getByRole('listitem').nth(2);
  await expect(third.locator('blockquote')).toHaveText(/^The blast blew out windows/);
  // With nothing selected, the button says what to do first.
  const use = passages.getByRole('button', { name: 'Use the selected words for passage 3' });
  await expect(use).toBeDisabled();

  await selectWords(page, 'The blast blew out windows, scattered debris');
  await expect(use).toBeEnabled();
  await use.click();
  await expect(third.locator('blockquote')).toHaveText(
    'The blast blew out windows, scattered debris',
  );
  // The reader highlights the new words.
  await expect(
    article(page).locator('mark', { hasText: 'The blast blew out windows, scattered debris' }),
  ).toBeVisible();

  await editorBar(page).getByRole('button', { name: /^Undo/ }).click();
  await expect(third.locator('blockquote')).toHaveText(/charred the ceiling of the structure\.$/);
});

test.describe('inside another site’s frame', () => {
  const HOST = 'https://news.example';
  test.use({ allowedOrigins: [HOST] });

  test('editing refuses to start: New timeline, Edit a copy', async ({ page, baseURL }) => {
    // A plain static host that sends no framing rules: the app itself must refuse.
    await page.route(
      (url) => url.origin === baseURL && url.pathname === '/',
      async (route) => {
        const response = await route.fetch();
        const headers = response.headers();
        headers['content-security-policy'] = (headers['content-security-policy'] ?? '').replace(
          /frame-ancestors[^;]*/,
          `frame-ancestors ${HOST}`,
        );
        await route.fulfill({ response, headers });
      },
    );
    await page.route(`${HOST}/story.html`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><head><title>A story</title></head><body><iframe src="${baseURL}/" title="Sourceline" width="1200" height="760"></iframe></body></html>`,
      }),
    );
    await page.goto(`${HOST}/story.html`);
    const frame = page.frameLocator('iframe');
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(seed.title);

    await frame.getByRole('button', { name: 'New timeline' }).click();
    const dialog = frame.getByRole('dialog', { name: 'New timeline' });
    await expect(dialog.getByRole('alert')).toContainText(
      'Editing is turned off inside another site’s page',
    );
    await expect(dialog.getByRole('button', { name: 'Start' })).toBeDisabled();
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await frame.getByRole('button', { name: 'Edit a copy' }).click();
    await expect(frame.getByRole('region', { name: 'Notices' })).toContainText(
      'Editing is turned off inside another site’s page',
    );
    await expect(frame.getByRole('region', { name: 'Editor' })).toHaveCount(0);

    await frame.getByRole('button', { name: 'My timelines' }).click();
    await expect(frame.getByRole('dialog', { name: 'My timelines' })).toContainText(
      'open Sourceline in its own tab',
    );
  });
});
