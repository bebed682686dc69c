// The bench's typing steps: keys typed into the event form of a draft, into the "New timeline"
// form with a 5 MB article pasted, and into a plain input alone on a page (the frame clock's
// floor); each key's time to its frame and its own work, p95.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { newPage, type Value } from './pageTools';
import { percentile } from './stats';

/**
 * What the typing step types into the title: 41 keys, so that their 95th percentile is the
 * third slowest (of the 19 keys typed before 1 December 2026, it was the slowest).
 */
export const TYPED = ' typed in the bench, one key at a time ok';

/** "Edit a copy", the list's first event, and the caret at the end of its title. */
export async function openTitleField(page: Page, timeout: number): Promise<void> {
  await page.getByRole('button', { name: 'Edit a copy' }).click();
  await page
    .getByRole('region', { name: 'Editor' })
    .getByText(/Saved in this browser at/)
    .waitFor({ timeout });
  await page
    .getByRole('list', { name: /^Events/ })
    .getByRole('button')
    .first()
    .click();
  const title = page.getByRole('region', { name: 'Edit event' }).getByLabel('Title');
  await title.waitFor({ timeout });
  await title.click();
  await title.press('End');
}

/**
 * Instruments the page's keys: for each keydown, its time to the frame after it (as a person
 * sees it) and its own work: from the keydown to the end of its input event's handlers (where
 * React has rendered), plus the frame that shows it, from its animation-frame callbacks to its
 * paint. The difference is the wait for the display's next frame (up to 16.7 ms at 60 Hz), which
 * a plain input alone on an empty page meets too (`typeInBareInput`).
 */
const KEY_PROBE = `(() => {
  window.__benchKeys = [];
  let handled = null;
  document.addEventListener('input', () => { handled = performance.now(); });
  document.addEventListener('keydown', (event) => {
    const start = event.timeStamp;
    handled = null;
    requestAnimationFrame(() => {
      const frameStart = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const end = performance.now();
        const events = handled !== null && handled <= frameStart ? handled - start : frameStart - start;
        window.__benchKeys.push({ latency: end - start, work: events + (end - frameStart) });
      };
      channel.port2.postMessage(0);
    });
  }, true);
})()`;

/** The p95 of the keys' latencies and of their work (see `KEY_PROBE`). */
async function keyFigures(page: Page): Promise<{ latency: Value; work: Value }> {
  const keys = (await page.evaluate('window.__benchKeys')) as Array<{
    latency: number;
    work: number;
  }>;
  const none = 'no key measured';
  return {
    latency:
      percentile(
        keys.map((k) => k.latency),
        95,
      ) ?? none,
    work:
      percentile(
        keys.map((k) => k.work),
        95,
      ) ?? none,
  };
}

/**
 * Opens the dataset as a draft ("Edit a copy"), chooses an event and types `TYPED` into its
 * title, a key every 60 ms: returns the p95 of the keys' time to their frame and of their work
 * (`KEY_PROBE`). The edit itself is applied once typing pauses; its task is the longest one kept.
 */
export async function typeInEventForm(
  page: Page,
  timeout: number,
): Promise<{ latency: Value; work: Value }> {
  await openTitleField(page, timeout);
  await page.evaluate(`(() => {
    window.__benchTypingLongest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        window.__benchTypingLongest = Math.max(window.__benchTypingLongest, entry.duration);
      }
    }).observe({ type: 'longtask' });
  })()`);
  await page.evaluate(KEY_PROBE);
  for (const char of TYPED) await page.keyboard.type(char, { delay: 60 });
  await page.waitForTimeout(1_500);
  return keyFigures(page);
}

/** The size of the article pasted into the "New timeline" form by `typeInNewTimelineForm`. */
export const PASTED_ARTICLE_BYTES = 5 * 1024 * 1024;

/** About `bytes` of article text: `paragraph` repeated, numbered, in paragraphs. */
export function articleOf(paragraph: string, bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 1; size < bytes; i++) {
    const part = `${i}. ${paragraph}`;
    parts.push(part);
    size += part.length + 2;
  }
  return parts.join('\n\n').slice(0, bytes);
}

/** The article pasted by `typeInNewTimelineForm`: the seed's first paragraph, to 5 MB. */
export function pastedArticle(seedFile = 'data/doha-talks-2021.json'): string {
  const seed = JSON.parse(readFileSync(seedFile, 'utf8')) as { sources: Array<{ text: string }> };
  const paragraph = seed.sources[0]?.text.split('\n\n')[0] ?? 'An article.';
  return articleOf(paragraph, PASTED_ARTICLE_BYTES);
}

/**
 * "New timeline" with `article` (5 MB) pasted into its article field, then `TYPED` typed into
 * its "Timeline title", a key every 60 ms: the p95 of the keys' time to their frame and of their
 * work (`KEY_PROBE`). The other fields of the form must not pay for the article's size.
 */
export async function typeInNewTimelineForm(
  page: Page,
  article: string,
  timeout: number,
): Promise<{ latency: Value; work: Value }> {
  await page.getByRole('button', { name: 'New timeline' }).click();
  const dialog = page.getByRole('dialog', { name: 'New timeline' });
  // As a paste lands: the whole text in one input event (fill() types 5 MB in for minutes).
  await dialog.getByLabel('Article text').evaluate((field, text) => {
    const textarea = field as HTMLTextAreaElement;
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
    setter?.call(textarea, text);
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  }, article);
  // A text this long then shows as its summary (SourceFields.tsx), which gives its length.
  await dialog
    .getByText(`${article.length.toLocaleString('en-GB')} characters`)
    .waitFor({ timeout });
  const title = dialog.getByLabel('Timeline title');
  await title.click();
  await page.waitForTimeout(500);
  await page.evaluate(KEY_PROBE);
  for (const char of TYPED) await page.keyboard.type(char, { delay: 60 });
  await page.waitForTimeout(1_000);
  return keyFigures(page);
}

/**
 * The same keys typed into a plain input on a page of its own, with nothing else on it: the
 * frame clock's share of a key (an idle page waits for the display's next frame, as ours does).
 */
export async function typeInBareInput(browser: Browser): Promise<Value> {
  const { context, page } = await newPage(browser);
  try {
    await page.setContent('<input aria-label="Bare input">');
    await page.getByRole('textbox', { name: 'Bare input' }).click();
    await page.evaluate(KEY_PROBE);
    for (const char of TYPED) await page.keyboard.type(char, { delay: 60 });
    await page.waitForTimeout(500);
    return (await keyFigures(page)).latency;
  } finally {
    await context.close();
  }
}
