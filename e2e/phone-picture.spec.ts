// A phone's prerendered default view shows a picture of its timeline until the reader reaches for
// it (src/timeline/timelinePicture.ts, TimelineSlot.tsx): what it shows, what builds the live
// timeline, and what is never pictured.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, openFile, test } from './fixtures';
import { box, inside, viewport } from './support/geometry';

const BOMBING = 'Suicide bombing kills 46 at a Shia mosque';

const pane = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const details = (page: Page) => page.getByRole('region', { name: 'Event details' });
const heading = (page: Page) => details(page).getByRole('heading', { level: 2 });
const timelineItem = (page: Page, title: string) =>
  pane(page).getByRole('button', { name: new RegExp(`^${title}`) });
const pictureOf = (page: Page) =>
  pane(page).getByRole('img', { name: /^US–Taliban talks in Doha/ });

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('the default view shows a picture of the timeline until the reader reaches for it', async ({
    page,
  }) => {
    await page.goto('/');
    const picture = pictureOf(page);
    await expect(picture).toBeVisible();
    // Whole inside the timeline's area and the window's width, legible: not shrunk to a stamp.
    const area = await box(page.locator('.timeline-area'));
    const drawn = await box(picture);
    expect(inside(drawn, area)).toBe(true);
    expect(drawn.x).toBeGreaterThanOrEqual(0);
    expect(drawn.x + drawn.width).toBeLessThanOrEqual(360);
    expect(drawn.width).toBeGreaterThan(280);
    await expect(picture.locator('text', { hasText: /^Suicide bombing kills/ })).toBeVisible();
    // Nothing built meanwhile, while it is on screen.
    await page.waitForTimeout(500);
    await expect(page.locator('.timeline-pane')).toHaveCount(0);
    await page.screenshot({ path: test.info().outputPath('phone-picture.png') });
    // The keyboard's way in: the button builds the timeline and puts the focus in it.
    await pane(page).getByRole('button', { name: 'Explore the timeline' }).focus();
    await page.keyboard.press('Enter');
    await expect(pane(page).locator('.vis-panel.vis-center')).toBeInViewport();
    await expect(picture).toHaveCount(0);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('.timeline-pane') !== null))
      .toBe(true);
    await expect(timelineItem(page, BOMBING)).toBeVisible();
  });

  test('a tap on the picture builds the timeline; a tap on an event in it opens the event', async ({
    page,
  }) => {
    await page.goto('/');
    const picture = pictureOf(page);
    await picture.locator('g[data-event]', { hasText: /^Suicide bombing kills/ }).tap();
    await expect(heading(page)).toHaveText(BOMBING);
    const screen = await viewport(page);
    await expect.poll(async () => inside(await box(heading(page)), screen)).toBe(true);
    await expect(picture).toHaveCount(0);
    // Elsewhere on it: the timeline.
    await page.goto('/');
    const axis = await box(picture);
    await page.touchscreen.tap(axis.x + axis.width / 2, axis.y + 8);
    await expect(pane(page).locator('.vis-panel.vis-center')).toBeVisible();
    await expect(heading(page)).toHaveCount(0);
  });

  test('a phone turned wide builds the timeline in the picture’s place', async ({ page }) => {
    await page.goto('/');
    const picture = pictureOf(page);
    await expect(picture).toBeVisible();
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect(pane(page).locator('.vis-panel.vis-center')).toBeVisible();
    await expect(timelineItem(page, BOMBING)).toBeVisible();
  });

  test('a link with more than the default view builds the timeline, with no picture', async ({
    page,
  }) => {
    await page.goto('/?kinds=attack');
    await expect(pane(page).locator('.vis-panel.vis-center')).toBeVisible();
    await expect(pictureOf(page)).toHaveCount(0);
  });

  test('read with JavaScript off, the picture is there and no button that would do nothing', async ({
    browser,
  }) => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    await page.goto('/');
    await expect(pictureOf(page)).toBeVisible();
    await expect(pane(page).getByRole('button', { name: 'Explore the timeline' })).toHaveCount(0);
    const before = await box(pictureOf(page));
    await context.close();
    // With the app, the button is there, and the picture has not moved for it.
    const live = await browser.newContext({
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    const livePage = await live.newPage();
    await livePage.goto('/');
    await expect(
      pane(livePage).getByRole('button', { name: 'Explore the timeline' }),
    ).toBeVisible();
    expect(await box(pictureOf(livePage))).toEqual(before);
    await live.close();
  });

  test('another document is never pictured: a file opened, or a copy to edit', async ({ page }) => {
    await page.goto('/');
    await expect(pictureOf(page)).toBeVisible();
    // The seed under another title: another document, with the same events.
    const seed = JSON.parse(readFileSync('data/doha-talks-2021.json', 'utf8'));
    await openFile(page, 'other.json', JSON.stringify({ ...seed, title: 'Another story' }));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Another story');
    await expect(pictureOf(page)).toHaveCount(0);
    await expect(pane(page).locator('.vis-panel.vis-center')).toBeVisible();
    await expect(timelineItem(page, BOMBING)).toBeVisible();
  });
});
