// What the editor's end-to-end tests share: its regions, making a draft from the seed's article,
// and selecting words in the reader as a person dragging over them would.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from '@playwright/test';
import { expect } from '../fixtures';

export const seed = JSON.parse(readFileSync('data/doha-talks-2021.json', 'utf8'));
const ARTICLE = seed.sources[0].text as string;

export const editorBar = (page: Page) => page.getByRole('region', { name: 'Editor' });
export const eventList = (page: Page) => page.getByRole('list', { name: /^Events/ });
export const article = (page: Page) => page.getByRole('region', { name: 'Article', exact: true });

/** "Edit a copy" of what is shown (of the page at `path` if given), once it is saved here. */
export async function editACopy(page: Page, path?: string): Promise<void> {
  if (path !== undefined) await page.goto(path);
  await page.getByRole('button', { name: 'Edit a copy' }).click();
  await expect(editorBar(page)).toContainText(/Saved in this browser at/);
}

export async function newTimeline(page: Page, title = 'My Doha timeline'): Promise<void> {
  await page.getByRole('button', { name: 'New timeline' }).click();
  const dialog = page.getByRole('dialog', { name: 'New timeline' });
  await dialog.getByLabel('Timeline title').fill(title);
  await dialog.getByLabel('Article text').fill(ARTICLE);
  await dialog.getByLabel('Source title').fill('Taliban: US will provide aid');
  await dialog.getByLabel('Publisher').fill('Latin Post');
  await dialog.getByLabel('Author').fill('Joshua Summers');
  await dialog.getByLabel('Published').fill('2021-10-10');
  await dialog.getByRole('button', { name: 'Start' }).click();
  await expect(editorBar(page)).toContainText(/Saved in this browser at/);
  await expect(page).toHaveURL(/[?&]dataset=draft:my-doha-timeline-[a-z0-9]{4}/);
}

/** Selects `words` in the article reader, as a person dragging over them would. */
export async function selectWords(page: Page, words: string): Promise<void> {
  // The reader takes selections for events once the editor is in.
  await expect(
    article(page).getByRole('textbox', { name: 'Article text: select words to make an event' }),
  ).toBeVisible();
  await article(page)
    .locator('.article-body')
    .evaluate((body, text) => {
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      let all = '';
      const nodes: Array<{ node: Text; at: number }> = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        nodes.push({ node: node as Text, at: all.length });
        all += node.textContent ?? '';
      }
      const start = all.indexOf(text);
      if (start === -1) throw new Error(`not in the reader: ${text}`);
      const end = start + text.length;
      const at = (offset: number) => {
        const hit = nodes.findLast((n) => n.at <= offset) as { node: Text; at: number };
        return [hit.node, offset - hit.at] as const;
      };
      // The words are brought into view first, as a person sees what they select.
      at(start)[0].parentElement?.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(...at(start));
      range.setEnd(...at(end));
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      body.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    }, words);
}

export async function downloadText(download: Download): Promise<string> {
  const path = await download.path();
  return readFileSync(path, 'utf8');
}

export function validate(text: string): { code: number; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'sourceline-export-'));
  const file = join(dir, 'export.json');
  writeFileSync(file, text);
  try {
    const output = execFileSync('npx', ['tsx', 'scripts/validate.ts', file], { encoding: 'utf8' });
    return { code: 0, output };
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string };
    return { code: failed.status, output: `${failed.stdout}${failed.stderr}` };
  }
}
