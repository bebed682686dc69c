// The bench's "Suggest events" step: a 2,000-word article made a draft, then "Suggest events"
// timed from the click to the first suggestion shown, with the longest main-thread task meanwhile
// (the work is a worker's: the page must stay free).
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Value } from './pageTools';

/** How many words the article read for suggestions holds. */
export const SUGGEST_ARTICLE_WORDS = 2_000;

/** About 2,000 words of news: the seed's article, its paragraphs repeated in order. */
export function suggestArticle(seedFile = 'data/doha-talks-2021.json'): string {
  const seed = JSON.parse(readFileSync(seedFile, 'utf8')) as { sources: Array<{ text: string }> };
  const paragraphs = (seed.sources[0]?.text ?? 'An article.').split('\n\n');
  const out: string[] = [];
  let words = 0;
  for (let i = 0; words < SUGGEST_ARTICLE_WORDS; i++) {
    const paragraph = paragraphs[i % paragraphs.length] ?? '';
    out.push(paragraph);
    words += paragraph.split(/\s+/).filter(Boolean).length;
  }
  return out.join('\n\n');
}

/**
 * On a page showing the app: New timeline with `article`, Start, then "Suggest events". The time
 * from the click to the first suggestion on screen, and the longest task on the page's thread
 * from the click until then.
 */
export async function suggestEventsStep(
  page: Page,
  article: string,
  timeout: number,
): Promise<{ time: Value; longTask: Value }> {
  await page.getByRole('button', { name: 'New timeline' }).click();
  const dialog = page.getByRole('dialog', { name: 'New timeline' });
  await dialog.getByLabel('Timeline title').fill('Suggestions in the bench');
  await dialog.getByLabel('Article text').fill(article);
  await dialog.getByLabel('Source title').fill('An article');
  await dialog.getByLabel('Publisher').fill('A publisher');
  await dialog.getByLabel('Author').fill('A reporter');
  await dialog.getByLabel('Published').fill('2021-10-10');
  await dialog.getByRole('button', { name: 'Start' }).click();
  const bar = page.getByRole('region', { name: 'Editor' });
  await bar.getByText(/Saved in this browser at/).waitFor({ timeout });
  await page.waitForTimeout(500);
  await page.evaluate(() => {
    const w = window as unknown as { __suggestTasks: number[] };
    w.__suggestTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__suggestTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  const clicked = await page.evaluate(() => performance.now());
  await bar.getByRole('button', { name: 'Suggest events' }).click();
  await page.getByRole('heading', { name: /^Suggested event 1 of \d+$/ }).waitFor({ timeout });
  const shown = await page.evaluate(() => performance.now());
  await page.waitForTimeout(100);
  const longest = await page.evaluate(() =>
    Math.max(0, ...(window as unknown as { __suggestTasks: number[] }).__suggestTasks),
  );
  return { time: shown - clicked, longTask: longest };
}
