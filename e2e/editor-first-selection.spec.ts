// The first selection is never lost (issue 19): the editor's code starts loading as soon as a
// person asks to make a timeline, and words selected while it loads get their toolbar once it is in.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { article, editorBar } from './support/editor';

/** Holds the editor's own chunks back, as a slow network would, until `release` is called. */
async function holdEditorCode(page: Page): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(
    /\/assets\/(EditorShell|EventEditor|SelectionToolbar)-[^/]+\.js$/,
    async (route) => {
      await released;
      await route.continue();
    },
  );
  return release;
}

/** Selects words of the reader's text with the DOM's selection, as a drag would. */
async function selectInReader(page: Page, words: string): Promise<void> {
  await article(page)
    .locator('.article-body')
    .evaluate((body, text) => {
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(text) ?? -1;
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        window.getSelection()?.removeAllRanges();
        window.getSelection()?.addRange(range);
        body.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        return;
      }
      throw new Error(`not in the reader: ${text}`);
    }, words);
}

test('words selected while the editor loads get their toolbar once it is in', async ({ page }) => {
  await page.goto('/');
  const release = await holdEditorCode(page);
  await page.getByRole('button', { name: 'Edit a copy' }).click();
  // The draft shows before the editor's code is in: the reader says so.
  await expect(article(page)).toContainText('Preparing the editor…');
  await expect(article(page)).toContainText('The Taliban on Sunday confirmed');
  await selectInReader(page, 'face-to-face meetings');
  release();
  await expect(editorBar(page)).toContainText(/Saved in this browser at/);
  const toolbar = page.getByRole('toolbar', { name: 'Selected words' });
  await expect(toolbar.getByRole('button', { name: 'New event from selection' })).toBeVisible();
  await expect(article(page)).not.toContainText('Preparing the editor…');
  await toolbar.getByRole('button', { name: 'New event from selection' }).click();
  await expect(page.getByRole('region', { name: 'New event' })).toContainText(
    'face-to-face meetings',
  );
});

test('opening New timeline starts loading the editor’s code', async ({ page }) => {
  await page.goto('/');
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.getByRole('button', { name: 'New timeline' }).click();
  await expect(page.getByRole('dialog', { name: 'New timeline' })).toBeVisible();
  await expect
    .poll(() =>
      requested.filter((path) => /\/(EditorShell|EventEditor|SelectionToolbar)-/.test(path)),
    )
    .toHaveLength(3);
});
