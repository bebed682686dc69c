// Hostile shapes of text (issue 12, points 9 and 11): a right-to-left override in a dataset's
// strings or a file's name never reorders the app's own words; a long unbroken string wraps
// instead of widening the page.
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, openAbout, test } from './fixtures';

const RLO = '\u202E';

function seed() {
  return JSON.parse(readFileSync('data/doha-talks-2021.json', 'utf8'));
}

/**
 * Whether the words right after an isolated string are drawn to its right (left to right, as
 * written), not reordered before it by the string's direction.
 */
async function wordsFollow(container: Locator, words: string): Promise<boolean> {
  return container.evaluate((root, after) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(after) ?? -1;
      if (at === -1) continue;
      const before = node.previousSibling;
      if (!(before instanceof HTMLElement) || before.tagName !== 'BDI') return false;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + after.length);
      const text = range.getBoundingClientRect();
      const isolated = before.getBoundingClientRect();
      // On the same line to its right, or wrapped onto a later line.
      const sameLine = Math.abs(text.top - isolated.top) < 4;
      return sameLine ? text.left >= isolated.right - 1 : text.top > isolated.top;
    }
    return false;
  }, words);
}

test('a right-to-left override in a publisher or a file name stays inside it', async ({ page }) => {
  const data = seed();
  data.sources[0].publisher = `${RLO}Latin Post`;
  await page.goto('/');
  await page.getByRole('button', { name: 'Open dataset…' }).click();
  await page.getByLabel(/^Dataset file/).setInputFiles({
    name: `${RLO}nosj.evil.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(data)),
  });
  const notice = page.getByRole('region', { name: 'Notices' }).locator('.notice').first();
  await expect(notice).toContainText('from your computer');
  expect(await wordsFollow(notice, ' from your computer')).toBe(true);
  const origin = page.locator('.origin');
  await expect(origin).toContainText('Loaded from your file');
  // The byline in the reader and the sources line in "About".
  const byline = page.getByRole('region', { name: 'Article' }).locator('.byline');
  expect(await wordsFollow(byline, ', by ')).toBe(true);
  await openAbout(page);
  const sources = page.getByRole('list', { name: 'Sources' });
  expect(await wordsFollow(sources, ', by ')).toBe(true);
});

test('a long unbroken string wraps everywhere instead of widening the page', async ({ page }) => {
  // As long as the format allows: 1,000 characters for titles, 500 for names.
  const long = (n: number) => 'x'.repeat(n - 1);
  const data = seed();
  data.title = `A${long(1_000)}`;
  data.sources[0].publisher = `P${long(500)}`;
  data.events[0].title = `T${long(1_000)}`;
  data.events[0].summary = `S${long(1_500)}`;
  data.actors[0].name = `N${long(500)}`;
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Open dataset…' }).click();
  await page.getByLabel(/^Dataset file/).setInputFiles({
    name: 'long.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(data)),
  });
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Axxxx');
  const list = page.getByRole('list', { name: /^Events/ });
  await list.getByRole('button', { name: /Txxxx/ }).first().click();
  await expect(page.getByRole('region', { name: 'Event details' })).toContainText('Sxxxx');
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(1280);
  await checkNoWideBox(page);
});

async function checkNoWideBox(page: Page): Promise<void> {
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((node) => !node.closest('.vis-timeline'))
      .filter((node) => node.getBoundingClientRect().right > window.innerWidth + 1)
      .map((node) => `${node.tagName}.${node.className}`)
      .slice(0, 5),
  );
  expect(wide).toEqual([]);
}
