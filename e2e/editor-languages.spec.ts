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

test('“New timeline” in Persian on a phone: the whole form and its buttons within the dialog (screenshot)', async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/?lang=fa');
  await page.getByRole('button', { name: 'خط زمانی تازه' }).click();
  const dialog = page.getByRole('dialog', { name: 'خط زمانی تازه' });
  await expect(dialog).toBeVisible();
  const frame = await dialog.boundingBox();
  if (!frame) throw new Error('no dialog box');
  expect(frame.x).toBeGreaterThanOrEqual(0);
  expect(frame.x + frame.width).toBeLessThanOrEqual(360);
  // Nothing inside runs past the dialog's edges (its scroll box), on either side.
  const sideways = await dialog.evaluate((box) => box.scrollWidth - box.clientWidth);
  expect(sideways).toBeLessThanOrEqual(0);
  for (const button of await dialog.getByRole('button').all()) {
    await button.scrollIntoViewIfNeeded();
    const box = await button.boundingBox();
    const inner = await dialog.evaluate((d) => {
      const r = d.getBoundingClientRect();
      const style = getComputedStyle(d);
      return {
        left: r.left + Number.parseFloat(style.borderLeftWidth),
        right: r.right - Number.parseFloat(style.borderRightWidth),
      };
    });
    expect(box?.x ?? -1, (await button.textContent()) ?? '').toBeGreaterThanOrEqual(inner.left);
    expect(
      (box?.x ?? 0) + (box?.width ?? 0),
      (await button.textContent()) ?? '',
    ).toBeLessThanOrEqual(inner.right);
  }
  await dialog.getByRole('button', { name: 'آغاز' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('new-timeline-fa-360.png') });
});
