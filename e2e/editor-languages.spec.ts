// Issue 20, part 5, in the editor: "New timeline" asks for the article's language; an article in
// Dari reads right to left as it is edited, and the date proposals (English only) propose nothing
// for it, saying so, in select-to-event and in Suggest events.
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { article, editorBar, selectWords } from './support/editor';

const DARI = JSON.parse(readFileSync('e2e/fixtures/dari-source.json', 'utf8')).sources[0];

test('an article in Dari: its language asked, read right to left, no dates guessed', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await page.getByRole('button', { name: 'New timeline' }).click();
  const dialog = page.getByRole('dialog', { name: 'New timeline' });
  const language = dialog.getByLabel('Article language');
  await expect(language).toHaveValue('en');
  await dialog.getByLabel('Timeline title').fill('Doha in Dari');
  await dialog.getByLabel('Article text').fill(DARI.text);
  await dialog.getByLabel('Source title').fill(DARI.title);
  await dialog.getByLabel('Publisher').fill('Test Desk');
  await dialog.getByLabel('Author').fill('Test Author');
  await dialog.getByLabel('Published').fill('2021-10-10');
  // The article's text is typed in its own direction.
  await expect(dialog.getByLabel('Article text')).toHaveAttribute('dir', 'auto');
  await language.fill('fa-AF');
  await expect(dialog).toContainText('Dates are proposed for articles in English only');
  // A tag that is not one is refused beside the field.
  await language.fill('Dari please');
  await dialog.getByRole('button', { name: 'Start' }).click();
  await expect(language).toHaveAttribute('aria-invalid', 'true');
  await expect(language).toBeFocused();
  await language.fill('fa-AF');
  await dialog.getByRole('button', { name: 'Start' }).click();
  await expect(editorBar(page)).toContainText(/Saved in this browser at/);

  const body = article(page).locator('.article-body');
  await expect(body).toHaveAttribute('lang', 'fa-AF');
  await expect(body).toHaveAttribute('dir', 'rtl');

  // Words that name a day ("روز جمعه", Friday): no date is proposed, and the form says why.
  await selectWords(page, 'روز جمعه، یک حمله انتحاری در یک مسجد شیعیان');
  await page.getByRole('button', { name: 'New event from selection' }).click();
  const form = page.getByRole('region', { name: 'New event' });
  await expect(form.getByLabel('Date (EDTF)')).toHaveValue('');
  await expect(form).toContainText('Dates are proposed for articles in English only');
  await expect(form.locator('blockquote')).toHaveAttribute('dir', 'rtl');
  await form.getByRole('button', { name: 'Cancel' }).click();

  // Suggest events proposes nothing for it either, and says so.
  await editorBar(page).getByRole('button', { name: 'Suggest events' }).click();
  await expect(page.getByRole('region', { name: 'Notices' })).toContainText(
    'Events are suggested for articles in English only',
  );
  await expect(page.getByRole('region', { name: 'Suggested event' })).toHaveCount(0);
});
