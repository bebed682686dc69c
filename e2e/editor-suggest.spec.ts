// Suggested events (issue 19): a whole article proposed as events at once, reviewed one by one.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { article, editorBar, eventList, newTimeline } from './support/editor';

const card = (page: Page) => page.getByRole('region', { name: /^Suggested event/ });

/** The reader's highlighted words and whether they sit inside the reader's visible box. */
async function highlighted(page: Page): Promise<{ text: string; inView: boolean }> {
  return article(page)
    .locator('.article-body')
    .evaluate((body) => {
      const registry = (
        CSS as unknown as { highlights: Map<string, { values(): Iterable<Range> }> }
      ).highlights;
      const [range] = [...(registry.get('find-in-article')?.values() ?? [])];
      if (!range) return { text: '', inView: false };
      const box = range.getBoundingClientRect();
      const frame = body.getBoundingClientRect();
      return {
        text: range.toString(),
        inView: box.top >= frame.top - 1 && box.bottom <= frame.bottom + 1 && box.height > 0,
      };
    });
}

test('paste an article, Suggest events: accept three, skip one, edit one; reload keeps them', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto('/');
  await newTimeline(page);
  await editorBar(page).getByRole('button', { name: 'Suggest events' }).click();
  await expect(card(page)).toBeVisible();
  await expect(card(page).getByRole('heading', { level: 2 })).toHaveText(
    /^Suggested event 1 of \d+$/,
  );
  const total = Number(
    (await card(page).getByRole('heading', { level: 2 }).textContent())?.match(/of (\d+)/)?.[1],
  );
  expect(total).toBeGreaterThan(10);
  // The first: its words highlighted in the reader and in view; its date, words and reasoning.
  await expect(card(page)).toContainText('The Taliban on Sunday confirmed');
  await expect(card(page)).toContainText('Sunday 10 October 2021');
  await expect(card(page)).toContainText('on Sunday');
  await expect(card(page)).toContainText('Past tense');
  await expect.poll(async () => (await highlighted(page)).text).toContain('The Taliban on Sunday');
  expect((await highlighted(page)).inView).toBe(true);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // Accept with Enter, then the button, then Enter again.
  await page.keyboard.press('Enter');
  await expect(card(page).getByRole('heading', { level: 2 })).toHaveText(
    `Suggested event 1 of ${total - 1}`,
  );
  await card(page).getByRole('button', { name: 'Accept', exact: true }).click();
  await page.keyboard.press('Enter');
  await expect(eventList(page).getByRole('listitem')).toHaveCount(3);
  // A suggestion far down the article is brought into the reader's view.
  await card(page).getByRole('heading', { level: 2 }).focus();
  for (let i = 0; i < 8; i++) await card(page).getByRole('button', { name: 'Skip' }).click();
  const far = (await card(page).locator('blockquote').textContent()) ?? '';
  await expect.poll(async () => (await highlighted(page)).text).toBe(far);
  expect((await highlighted(page)).inView).toBe(true);
  await card(page).getByRole('heading', { level: 2 }).focus();
  // Skip one with S.
  const skipped = (await card(page).locator('blockquote').textContent()) ?? '';
  await page.keyboard.press('s');
  await expect(card(page).locator('blockquote')).not.toHaveText(skipped);
  // Edit one: the event form, filled in from the suggestion.
  const edited = (await card(page).locator('blockquote').textContent()) ?? '';
  await card(page).getByRole('button', { name: 'Edit' }).click();
  const form = page.getByRole('region', { name: 'New event' });
  await expect(form.locator('blockquote')).toHaveText(edited);
  await form.getByLabel('Title').fill('An edited suggestion');
  await form.getByRole('button', { name: 'Save event' }).click();
  await expect(eventList(page)).toContainText('An edited suggestion');
  await expect(eventList(page).getByRole('listitem')).toHaveCount(4);

  // Reload: the draft is back with its four events.
  await expect(editorBar(page)).toContainText(/Saved in this browser at/);
  await page.reload();
  await expect(eventList(page).getByRole('listitem')).toHaveCount(4);
  await expect(eventList(page)).toContainText('An edited suggestion');
});

test('Accept all remaining is one step: Undo takes them all back', async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/');
  await newTimeline(page);
  await editorBar(page).getByRole('button', { name: 'Suggest events' }).click();
  await expect(card(page)).toBeVisible();
  await card(page).getByRole('button', { name: 'Accept', exact: true }).click();
  const remaining = card(page).getByRole('button', { name: /^Accept all remaining/ });
  const left = Number((await remaining.textContent())?.match(/\((\d+)\)/)?.[1]);
  await remaining.click();
  await expect(card(page)).toHaveCount(0);
  await expect(eventList(page).getByRole('listitem')).toHaveCount(left + 1);
  await editorBar(page)
    .getByRole('button', { name: /^Undo add \d+ suggested events/ })
    .click();
  await expect(eventList(page).getByRole('listitem')).toHaveCount(1);
  // Asked again, what events quote already is not proposed again.
  await editorBar(page).getByRole('button', { name: 'Suggest events' }).click();
  await expect(card(page).getByRole('heading', { level: 2 })).toHaveText(
    `Suggested event 1 of ${left}`,
  );
});
