import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

async function expectNoViolations(page: import('@playwright/test').Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}

test('axe finds no violations on the main view with an event selected', async ({ page }) => {
  await page.goto('/?event=shia-mosque-suicide-bombing');
  await expect(page.getByRole('region', { name: 'Article' }).locator('mark').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
  await expectNoViolations(page);
});

test('axe finds no violations with filters applied and nothing selected', async ({ page }) => {
  await page.goto('/?actors=taliban&kinds=statement&group=actor');
  await expect(page.getByRole('list', { name: /^Events/ })).toBeVisible();
  await expectNoViolations(page);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('the layout stacks without sideways scrolling, and axe is clean', async ({ page }) => {
    await page.goto('/?event=doha-talks');
    const details = page.getByRole('region', { name: 'Event details' });
    await expect(details.getByRole('heading', { level: 2 })).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    // Stacked, the chosen event first: details, then the timeline, then the article. Measured
    // once the timeline has replaced its placeholder (same name), built when the reader goes there.
    await details.getByRole('button', { name: 'Go to the timeline' }).click();
    await expect(page.locator('.vis-timeline')).toBeVisible();
    const timeline = await page.getByRole('region', { name: 'Timeline' }).boundingBox();
    const detailBox = await details.boundingBox();
    const articleBox = await page.getByRole('region', { name: 'Article' }).boundingBox();
    expect(timeline && detailBox && articleBox).toBeTruthy();
    if (timeline && detailBox && articleBox) {
      expect(timeline.y).toBeGreaterThan(detailBox.y);
      expect(articleBox.y).toBeGreaterThan(timeline.y);
    }
    await page.screenshot({ path: test.info().outputPath('phone.png'), fullPage: true });
    await expectNoViolations(page);
  });
});

test.describe('on a phone, the default view', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('axe is clean with the picture of the timeline in its place', async ({ page }) => {
    await page.goto('/');
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await expect(timeline.getByRole('img', { name: /^US–Taliban talks in Doha/ })).toBeVisible();
    await expect(timeline.getByRole('button', { name: 'Explore the timeline' })).toBeVisible();
    await expectNoViolations(page);
  });
});

test.describe('the editor', () => {
  test('axe is clean on the event form, the Actors and sources dialog and the New timeline form', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Edit a copy' }).click();
    const bar = page.getByRole('region', { name: 'Editor' });
    await expect(bar).toContainText(/Saved in this browser at/);
    await page
      .getByRole('list', { name: /^Events/ })
      .getByRole('button', { name: /Suicide bombing/ })
      .click();
    await expect(page.getByRole('region', { name: 'Edit event' })).toBeVisible();
    await expectNoViolations(page);

    await bar.getByRole('button', { name: 'Actors and sources' }).click();
    const cast = page.getByRole('dialog', { name: 'Actors and sources' });
    await cast.locator('summary', { hasText: 'Qatar' }).click();
    await expect(cast.getByLabel('Aliases')).toBeVisible();
    await expectNoViolations(page);
    await cast.getByRole('button', { name: 'Done' }).click();
    await expect(bar.getByRole('button', { name: 'Actors and sources' })).toBeFocused();

    await page.getByRole('button', { name: 'New timeline' }).click();
    await expect(page.getByRole('dialog', { name: 'New timeline' })).toBeVisible();
    await expectNoViolations(page);
  });
});
