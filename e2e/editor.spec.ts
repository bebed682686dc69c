// Making one's own timeline (issue 10): a draft from an article, events from selected words with
// their proposed dates, saved in the browser as you go (reload, a closed window, two tabs, a full
// disk), undo and redo, and exported as a dataset the validator accepts.
import type { Page } from '@playwright/test';
import { expect, openFile, test, waitForTheApp } from './fixtures';
import {
  article,
  downloadText,
  editACopy,
  editorBar,
  eventList,
  newTimeline,
  seed,
  selectWords,
  validate,
} from './support/editor';

async function eventFromWords(page: Page, words: string, date: string): Promise<void> {
  await selectWords(page, words);
  await page.getByRole('button', { name: 'New event from selection' }).click();
  const form = page.getByRole('region', { name: 'New event' });
  await expect(form.getByLabel('Date (EDTF)')).toHaveValue(date);
  await form.getByRole('button', { name: 'Save event' }).click();
  await expect(page.getByRole('region', { name: 'Edit event' })).toBeVisible();
}

test('paste an article, make three events from its words, reload, undo and redo, export', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await newTimeline(page);
  await expect(eventList(page).getByRole('listitem')).toHaveCount(0);

  await eventFromWords(
    page,
    "Friday's suicide bombing that killed 46 people at a Shia mosque",
    '2021-10-08',
  );
  await eventFromWords(
    page,
    'the group on Saturday said there will be no cooperation with the U.S.',
    '2021-10-09',
  );
  await eventFromWords(
    page,
    // The article has no-break spaces around "Taliban", as published.
    'face-to-face meetings between senior representatives of the\u00a0Taliban\u00a0and a U.S. delegation in Doha, Qatar over the weekend',
    '2021-10-09/2021-10-10',
  );
  await expect(eventList(page).getByRole('listitem')).toHaveCount(3);

  // Reload (once saved: within a second of the last change): the draft comes back.
  await expect(editorBar(page)).toContainText(/Saved in this browser at/);
  await page.reload();
  await expect(eventList(page).getByRole('listitem')).toHaveCount(3);
  await expect(editorBar(page)).toContainText('Editing');

  // Undo and redo: the buttons and the keys.
  await editorBar(page).getByRole('button', { name: /^Undo/ }).click();
  await expect(eventList(page).getByRole('listitem')).toHaveCount(2);
  await editorBar(page).getByRole('button', { name: /^Redo/ }).click();
  await expect(eventList(page).getByRole('listitem')).toHaveCount(3);
  await page.keyboard.press('Control+z');
  await expect(eventList(page).getByRole('listitem')).toHaveCount(2);
  await page.keyboard.press('Control+Shift+z');
  await expect(eventList(page).getByRole('listitem')).toHaveCount(3);

  // Export: a file the validator accepts, which the viewer opens with its passages highlighted.
  const downloading = page.waitForEvent('download');
  await editorBar(page).getByRole('button', { name: 'Export dataset' }).click();
  const text = await downloadText(await downloading);
  expect(validate(text).code).toBe(0);
  await editorBar(page).getByRole('button', { name: 'Preview' }).click();
  await page.goto('/');
  await openFile(page, 'mine.json', text);
  await eventList(page)
    .getByRole('button', { name: /Friday/ })
    .first()
    .click();
  await expect(article(page).locator('mark').first()).toBeVisible();
});

test('Edit a copy of the seed, change one title, export: the file is the seed but that title', async ({
  page,
}) => {
  await page.goto('/?event=shia-mosque-suicide-bombing');
  await editACopy(page);
  await eventList(page)
    .getByRole('button', { name: /Suicide bombing/ })
    .click();
  const form = page.getByRole('region', { name: 'Edit event' });
  await form.getByLabel('Title').fill('A suicide bombing kills 46 at a Shia mosque');
  await form.getByLabel('Title').blur();
  await expect(eventList(page)).toContainText('A suicide bombing kills 46 at a Shia mosque');
  // The timeline's item takes the new words where it stood (its model swapped, not rebuilt).
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(
    timeline.getByRole('button', { name: /^A suicide bombing kills 46 at a Shia mosque, / }),
  ).toBeVisible();
  await expect(timeline.getByRole('button', { name: /^Suicide bombing/ })).toHaveCount(0);
  const downloading = page.waitForEvent('download');
  await editorBar(page).getByRole('button', { name: 'Export dataset' }).click();
  const exported = JSON.parse(await downloadText(await downloading));
  const expected = structuredClone(seed);
  const bombing = expected.events.find(
    (event: { id: string }) => event.id === 'shia-mosque-suicide-bombing',
  );
  bombing.title = 'A suicide bombing kills 46 at a Shia mosque';
  expect(exported).toEqual(expected);
});

test('a storage failure is shown in plain words, with Export now', async ({ page }) => {
  await page.goto('/');
  await editACopy(page);
  // The browser's storage fills up.
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await eventList(page)
    .getByRole('button', { name: /Suicide bombing/ })
    .click();
  const title = page.getByRole('region', { name: 'Edit event' }).getByLabel('Title');
  await title.fill('Changed while the disk is full');
  await title.blur();
  const alert = editorBar(page).getByRole('alert');
  await expect(alert).toContainText('storage for this site is full');
  await expect(editorBar(page)).toContainText('Not saved');
  const downloading = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Export now' }).click();
  expect(JSON.parse(await downloadText(await downloading)).events.length).toBe(18);
});

test('two tabs on one draft never overwrite each other silently', async ({ page, context }) => {
  await page.goto('/');
  await editACopy(page);
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(editorBar(other)).toContainText(/Saved in this browser at/);

  await eventList(page)
    .getByRole('button', { name: /Suicide bombing/ })
    .click();
  const title = page.getByRole('region', { name: 'Edit event' }).getByLabel('Title');
  await title.fill('Changed in the first tab');
  await title.blur();
  await expect(editorBar(page)).toContainText(/Saved in this browser at/);
  // The second tab is told, and offered the other version or a copy of its own.
  await expect(editorBar(other).getByRole('alert')).toContainText('Another tab saved this draft');
  await editorBar(other).getByRole('button', { name: 'Load the other tab’s version' }).click();
  await expect(eventList(other)).toContainText('Changed in the first tab');
});

test('a window closed mid-edit loses at most the last second', async ({ browser, baseURL }) => {
  const first = await browser.newContext({ baseURL });
  const page = await first.newPage();
  waitForTheApp(page, new URL(baseURL ?? '').origin);
  await page.goto('/');
  await editACopy(page);
  await eventList(page)
    .getByRole('button', { name: /Suicide bombing/ })
    .click();
  await page
    .getByRole('region', { name: 'Edit event' })
    .getByLabel('Title')
    .fill('Typed before closing');
  // A second later the window closes, without leaving the field.
  await page.waitForTimeout(1_000);
  const link = page.url();
  const state = await first.storageState({ indexedDB: true });
  await first.close();

  const second = await browser.newContext({ baseURL, storageState: state });
  const again = await second.newPage();
  waitForTheApp(again, new URL(baseURL ?? '').origin);
  await again.goto(link);
  await expect(eventList(again)).toContainText('Typed before closing');
  await second.close();
});

test('the New timeline form says what it still needs, beside each field', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New timeline' }).click();
  const dialog = page.getByRole('dialog', { name: 'New timeline' });
  await dialog.getByRole('button', { name: 'Start' }).click();
  await expect(dialog.getByLabel('Timeline title')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByLabel('Timeline title')).toBeFocused();
  await expect(dialog).toContainText('Give the day it was published');
  await dialog.getByLabel('Address').fill('javascript:alert(1)');
  await dialog.getByRole('button', { name: 'Start' }).click();
  await expect(dialog).toContainText('An address must start with https://');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});

test('keyboard only: select words with Shift and the arrows, Alt+N makes the event', async ({
  page,
}) => {
  await page.goto('/');
  await editACopy(page);
  const reader = article(page).getByRole('textbox', {
    name: 'Article text: select words to make an event',
  });
  await reader.focus();
  // From the start of the text: "The Taliban" is 11 characters.
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < 11; i++) await page.keyboard.press('Shift+ArrowRight');
  await expect(page.getByRole('toolbar', { name: 'Selected words' })).toBeVisible();
  await page.keyboard.press('Alt+n');
  const form = page.getByRole('region', { name: 'New event' });
  await expect(form.locator('blockquote')).toHaveText('The Taliban');
  // Nothing typed into the reader changes the article.
  await reader.focus();
  await page.keyboard.type('xyz');
  await expect(article(page)).not.toContainText('xyz');
});

test('My timelines lists the drafts; a deleted one comes back with Undo; a reopened one says it is back', async ({
  page,
}) => {
  await page.goto('/');
  await editACopy(page);
  const draftLink = page.url();
  await page.goto('/');
  await page.getByRole('button', { name: 'My timelines' }).click();
  const dialog = page.getByRole('dialog', { name: 'My timelines' });
  const drafts = dialog.getByRole('list', { name: 'Drafts' });
  await expect(drafts.getByRole('listitem')).toHaveCount(1);
  await expect(drafts).toContainText('18 events');
  await dialog.getByRole('button', { name: /^Delete / }).click();
  await expect(drafts).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Undo' }).click();
  await expect(drafts.getByRole('listitem')).toHaveCount(1);
  await dialog.getByRole('button', { name: 'Close' }).click();
  // Opened from its link (a reload, a crash), the draft says it is back.
  await page.goto(draftLink);
  await expect(page.getByRole('region', { name: 'Notices' })).toContainText(
    /is back, as last saved in this browser/,
  );
});

test('the live check finds a problem typed into a draft, and clears it once mended', async ({
  page,
}) => {
  await page.goto('/?event=shia-mosque-suicide-bombing');
  await editACopy(page);
  await eventList(page)
    .getByRole('button', { name: /Suicide bombing/ })
    .click();
  const form = page.getByRole('region', { name: 'Edit event' });
  // Date words longer than the format allows (1,000 characters): the field takes them, the
  // validator finds them.
  const words = form.getByLabel('Date words');
  await words.fill('Friday '.repeat(150));
  await words.blur();
  // The check runs in its worker on the draft's text (sent as the pieces that changed).
  await editorBar(page)
    .getByText(/1 problem the validator found/)
    .click();
  await expect(editorBar(page)).toContainText('date.expression');
  await words.fill('Friday’s');
  await words.blur();
  await expect(editorBar(page)).not.toContainText(/problem the validator found/);
  await words.fill('Friday '.repeat(150));
  await words.blur();
  await expect(editorBar(page)).toContainText(/1 problem the validator found/);
});
