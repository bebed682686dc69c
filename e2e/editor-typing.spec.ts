// Typing into an event's fields (issue 21 §5): a key draws only the field typed into, and the
// fields sit in a form of their own (the browser's autofill then reads six fields per key, not the
// page's). What a person sees must not change: Enter submits nothing, each field keeps its text
// and its problem, the date reads back as it is typed, and the draft saves what was typed.
import { expect, test } from './fixtures';
import { article, editACopy, editorBar, eventList } from './support/editor';

const BOMBING = /Suicide bombing/;

test('Enter in an event’s fields submits nothing: the page, the words and the other fields stay, and the draft saves them', async ({
  page,
}) => {
  await page.goto('/?event=shia-mosque-suicide-bombing');
  await editACopy(page);
  await eventList(page).getByRole('button', { name: BOMBING }).click();
  const form = page.getByRole('region', { name: 'Edit event' });
  const url = page.url();
  // A page that reloaded (a form submitted) would lose this mark.
  await page.evaluate(() => {
    (window as { stayed?: boolean }).stayed = true;
  });
  const title = form.getByLabel('Title');
  await title.click();
  await title.press('End');
  await page.keyboard.type(', key by key', { delay: 20 });
  await title.press('Enter');
  const kind = form.getByRole('combobox', { name: 'Kind', exact: true });
  const kindBefore = await kind.inputValue();
  await kind.press('Enter');
  const date = form.getByLabel('Date (EDTF)');
  await date.press('Enter');
  await expect(title).toHaveValue('Suicide bombing kills 46 at a Shia mosque, key by key');
  await expect(kind).toHaveValue(kindBefore);
  expect(page.url()).toBe(url);
  expect(await page.evaluate(() => (window as { stayed?: boolean }).stayed)).toBe(true);
  // The date's words read back as the date is typed, and its problem shows beside it.
  await date.fill('2021-10-09');
  await expect(form).toContainText('Reads: Saturday 9 October 2021');
  await date.fill('2021-13');
  await expect(form).toContainText('Not an EDTF date the format accepts');
  await date.fill('2021-10-08');
  await expect(form).toContainText('Reads: Friday 8 October 2021');
  await expect(form).not.toContainText('Not an EDTF date the format accepts');
  // An empty title says so beside it; the title typed back is the event's again.
  await title.fill('');
  await expect(form).toContainText('This cannot be empty.');
  await title.fill('Suicide bombing kills 46 at a Shia mosque, key by key');
  await expect(form).not.toContainText('This cannot be empty.');
  await title.blur();
  await expect(eventList(page)).toContainText(
    'Suicide bombing kills 46 at a Shia mosque, key by key',
  );
  await expect(editorBar(page)).toContainText(/Saved in this browser at/);
  // The fields keep their places in the editor (the form around them adds no space of its own).
  const titleBox = await title.boundingBox();
  const kindBox = await kind.boundingBox();
  const formBox = await form.boundingBox();
  expect(titleBox && kindBox && formBox).toBeTruthy();
  if (titleBox && kindBox && formBox) {
    expect(titleBox.x).toBeGreaterThanOrEqual(formBox.x);
    expect(titleBox.x + titleBox.width).toBeLessThanOrEqual(formBox.x + formBox.width + 1);
    expect(kindBox.y).toBeGreaterThan(titleBox.y);
  }
  // Reloaded, the draft has the title typed key by key.
  await page.reload();
  await eventList(page).getByRole('button', { name: BOMBING }).click();
  await expect(page.getByRole('region', { name: 'Edit event' }).getByLabel('Title')).toHaveValue(
    'Suicide bombing kills 46 at a Shia mosque, key by key',
  );
});

test('an event’s passages in the article name it by its title as typed, once another event is chosen', async ({
  page,
}) => {
  await page.goto('/?event=shia-mosque-suicide-bombing');
  await editACopy(page);
  await eventList(page).getByRole('button', { name: BOMBING }).click();
  const title = page.getByRole('region', { name: 'Edit event' }).getByLabel('Title');
  await title.fill('Bombing at a Shia mosque, retitled');
  await title.blur();
  await expect(editorBar(page)).toContainText(/Saved in this browser at/);
  // Another event chosen, the bombing's passages are links to it, named by its new title.
  await eventList(page)
    .getByRole('button', { name: /ISKP claims the Shia mosque bombing/ })
    .click();
  const links = article(page).locator('a.passage-link[href*="event=shia-mosque-suicide-bombing"]');
  await expect(links.first()).toHaveAttribute(
    'title',
    'Passage of: Bombing at a Shia mosque, retitled',
  );
  // And another's title typed while the bombing is chosen: its links say it too.
  const other = page.getByRole('region', { name: 'Edit event' }).getByLabel('Title');
  await other.fill('ISKP claims the bombing, retitled');
  await other.blur();
  await eventList(page)
    .getByRole('button', { name: /Bombing at a Shia mosque, retitled/ })
    .click();
  await expect(
    article(page).locator('a.passage-link[href*="event=iskp-claims-mosque-bombing"]').first(),
  ).toHaveAttribute('title', 'Passage of: ISKP claims the bombing, retitled');
});
