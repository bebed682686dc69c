// Never lose a keystroke (issue 23): a browser killed mid-typing, a reload a moment after a key, a
// draft deleted in another tab and brought back, the other tab's version loaded, no storage at
// all, and a history saved apart from its draft. Persistent profiles where a crash is the point.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from '@playwright/test';
import { chromiumExecutable } from '../scripts/chromium.mjs';
import { expect, test, waitForTheApp } from './fixtures';
import { downloadText, editACopy, editorBar, eventList, validate } from './support/editor';

const BOMBING = /Suicide bombing/;
const BOMBING_TITLE = 'Suicide bombing kills 46 at a Shia mosque';

/** The title field of the bombing's event form, with the caret at its end. */
async function bombingTitle(page: Page) {
  await eventList(page).getByRole('button', { name: BOMBING }).click();
  const title = page.getByRole('region', { name: 'Edit event' }).getByLabel('Title');
  await title.click();
  await title.press('End');
  return title;
}

/** Another tab of the same browser deletes the (only) draft in My timelines, left open. */
async function deleteInAnotherTab(context: BrowserContext) {
  const other = await context.newPage();
  await other.goto('/');
  await other.getByRole('button', { name: 'My timelines' }).click();
  const dialog = other.getByRole('dialog', { name: 'My timelines' });
  await dialog.getByRole('button', { name: /^Delete / }).click();
  return { other, dialog };
}

function launchProfile(dir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(dir, {
    executablePath: chromiumExecutable() ?? undefined,
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/** Kills every process of the browser using `dir` at once, as a crash or a power cut would. */
function killBrowser(dir: string): void {
  const processes = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.includes(dir));
  for (const line of processes) {
    try {
      process.kill(Number(line.trim().split(/\s+/)[0]), 'SIGKILL');
    } catch {
      // Gone already.
    }
  }
}

test('a browser killed during 5 s of steady typing keeps all but the last second', async ({
  baseURL,
}) => {
  test.setTimeout(90_000);
  const dir = mkdtempSync(join(tmpdir(), 'sourceline-profile-'));
  try {
    const context = await launchProfile(dir);
    const page = context.pages()[0] ?? (await context.newPage());
    waitForTheApp(page, new URL(baseURL ?? '').origin);
    await page.goto(`${baseURL}/`);
    await editACopy(page);
    const link = page.url();
    const title = await bombingTitle(page);
    // About 70 words a minute: a key every 150 ms, never the pause that commits at once.
    const typed = ' and typed on steadily for five secs';
    await title.pressSequentially(typed, { delay: 150 });
    killBrowser(dir);
    await context.close().catch(() => undefined);

    const again = await launchProfile(dir);
    const reopened = again.pages()[0] ?? (await again.newPage());
    waitForTheApp(reopened, new URL(baseURL ?? '').origin);
    await reopened.goto(link);
    const row = eventList(reopened).getByRole('button', { name: BOMBING });
    await expect(row).toBeVisible();
    const kept = (await row.textContent()) ?? '';
    const start = kept.indexOf(BOMBING_TITLE) + BOMBING_TITLE.length;
    const keptTyped = kept.slice(start, start + typed.length);
    expect(typed.startsWith(keptTyped), `kept “${keptTyped}”`).toBe(true);
    // The last second is about 7 keys at this pace.
    expect(keptTyped.trimEnd().length).toBeGreaterThanOrEqual(typed.length - 8);
    await again.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a reload 50 ms after typing keeps the typing', async ({ page }) => {
  await editACopy(page, '/');
  const title = await bombingTitle(page);
  await title.pressSequentially(', reloaded at once');
  await page.waitForTimeout(50);
  await page.reload();
  await expect(
    eventList(page).getByRole('button', { name: `${BOMBING_TITLE}, reloaded at once` }),
  ).toBeVisible();
  // And it is stored: a second reload finds it in the saved draft itself.
  await expect(editorBar(page)).toContainText(/Saved in this browser at/);
  await page.reload();
  await expect(eventList(page)).toContainText(`${BOMBING_TITLE}, reloaded at once`);
});

test('the bar says Saving… while typed text is not stored, and a reload keeps what no save could', async ({
  page,
}) => {
  await editACopy(page, '/');
  const status = editorBar(page).getByRole('status');
  // Storage starts refusing every write: only the journal can keep what follows.
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  const title = await bombingTitle(page);
  await title.pressSequentially(' (journaled)');
  // Typed and not stored: never "Saved".
  await expect(status).not.toContainText('Saved');
  await expect(status).toContainText('Not saved');
  await page.reload();
  await expect(page.getByRole('region', { name: 'Notices' })).toContainText(
    'made just before this draft was last closed was put back',
  );
  await expect(eventList(page)).toContainText(`${BOMBING_TITLE} (journaled)`);
  await expect(status).toContainText(/Saved in this browser at/);
  // Put back as an edit of its own: Undo takes it back.
  await editorBar(page).getByRole('button', { name: /^Undo/ }).click();
  await expect(eventList(page)).not.toContainText('(journaled)');
});

test('a draft deleted in another tab: this tab is told, saves nothing, and Undo there loses nothing', async ({
  page,
  context,
}) => {
  await editACopy(page, '/');
  const link = page.url();
  const { other, dialog } = await deleteInAnotherTab(context);

  // The tab with the draft open is told, and offered its choices.
  const alert = editorBar(page).getByRole('alert');
  await expect(alert).toContainText('This draft was deleted in another tab');
  await expect(alert.getByRole('button', { name: 'Keep my copy' })).toBeVisible();
  await expect(alert.getByRole('button', { name: 'Close' })).toBeVisible();
  const title = await bombingTitle(page);
  await title.pressSequentially(' (edited after the delete)');
  await title.blur();
  await expect(editorBar(page).getByRole('status')).toContainText('Deleted in another tab');
  // Nothing brought the deleted draft back.
  await dialog.getByRole('button', { name: 'Close' }).click();
  await other.getByRole('button', { name: 'My timelines' }).click();
  await expect(dialog.getByText('No drafts yet')).toBeVisible();
  await other.close();
  // Close leaves the draft: the default dataset is shown, read-only.
  await editorBar(page).getByRole('button', { name: 'Close' }).click();
  await expect(editorBar(page)).toHaveCount(0);
  await expect(page).not.toHaveURL(link);
});

test('Undo of a delete in another tab lets the open tab go on saving, nothing lost', async ({
  page,
  context,
}) => {
  await editACopy(page, '/');
  const link = page.url();
  const { other, dialog } = await deleteInAnotherTab(context);
  await expect(editorBar(page).getByRole('alert')).toContainText('deleted in another tab');

  const title = await bombingTitle(page);
  await title.pressSequentially(' (kept through a delete)');
  await title.blur();
  await expect(editorBar(page).getByRole('status')).toContainText('Deleted in another tab');

  await dialog.getByRole('button', { name: 'Undo' }).click();
  await expect(dialog.getByRole('list', { name: 'Drafts' }).getByRole('listitem')).toHaveCount(1);
  // Told that it is back, the open tab saves its edit on it.
  await expect(editorBar(page).getByRole('status')).toContainText(/Saved in this browser at/);
  await other.close();
  await page.goto(link);
  await expect(eventList(page)).toContainText(`${BOMBING_TITLE} (kept through a delete)`);
});

test('Keep my copy saves the deleted draft as a new one, with its edits', async ({
  page,
  context,
}) => {
  await editACopy(page, '/');
  const title = await bombingTitle(page);
  await deleteInAnotherTab(context);
  await expect(editorBar(page).getByRole('alert')).toContainText('deleted in another tab');
  await title.pressSequentially(' (my copy)');
  await title.blur();
  const before = page.url();
  await editorBar(page).getByRole('button', { name: 'Keep my copy' }).click();
  await expect(page).not.toHaveURL(before);
  await expect(editorBar(page).getByRole('status')).toContainText(/Saved in this browser at/);
  await page.reload();
  await expect(eventList(page)).toContainText(`${BOMBING_TITLE} (my copy)`);
});

test('after loading the other tab’s version, the next edit is stored', async ({
  page,
  context,
}) => {
  await editACopy(page, '/');
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(editorBar(other)).toContainText(/Saved in this browser at/);
  const title = await bombingTitle(page);
  await title.pressSequentially(' (first tab)');
  await title.blur();
  await expect(editorBar(page)).toContainText(/Saved in this browser at/);
  await expect(editorBar(other).getByRole('alert')).toContainText('Another tab saved this draft');
  await editorBar(other).getByRole('button', { name: 'Load the other tab’s version' }).click();
  await expect(eventList(other)).toContainText('(first tab)');
  await expect(editorBar(other).getByRole('alert')).toHaveCount(0);

  const otherTitle = await bombingTitle(other);
  await otherTitle.pressSequentially(' and the second');
  await otherTitle.blur();
  await expect(editorBar(other).getByRole('status')).toContainText(/Saved in this browser at/);
  await other.reload();
  await expect(eventList(other)).toContainText(`${BOMBING_TITLE} (first tab) and the second`);
});

test.describe('with no usable IndexedDB', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(globalThis, 'indexedDB', { get: () => undefined, configurable: true });
    });
  });

  test('the editor opens, says nothing is kept and why, and Export now downloads the draft', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'New timeline' }).click();
    const dialog = page.getByRole('dialog', { name: 'New timeline' });
    await dialog.getByLabel('Timeline title').fill('Kept in memory');
    await dialog.getByLabel('Article text').fill('On Sunday the talks began in Doha.');
    await dialog.getByLabel('Source title').fill('A short article');
    await dialog.getByLabel('Publisher').fill('Latin Post');
    await dialog.getByLabel('Author').fill('A reporter');
    await dialog.getByLabel('Published').fill('2021-10-10');
    await dialog.getByRole('button', { name: 'Start' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(editorBar(page).getByRole('status')).toContainText('Not kept in this browser');
    const alert = editorBar(page).getByRole('alert');
    await expect(alert).toContainText('IndexedDB is missing or turned off');
    await expect(page.getByRole('banner')).toContainText('Your draft, kept in this tab only');
    const downloading = page.waitForEvent('download');
    await alert.getByRole('button', { name: 'Export now' }).click();
    const text = await downloadText(await downloading);
    expect(validate(text).code).toBe(0);
    expect(JSON.parse(text).title).toBe('Kept in memory');

    // "Edit a copy" opens the editor the same way.
    await page.goto('/');
    await page.getByRole('button', { name: 'Edit a copy' }).click();
    await expect(editorBar(page).getByRole('status')).toContainText('Not kept in this browser');
  });
});

test('a history saved apart from its draft is cleared with a notice; the draft stays', async ({
  page,
}) => {
  await editACopy(page, '/');
  const title = await bombingTitle(page);
  await title.pressSequentially(' (saved)');
  await title.blur();
  await expect(editorBar(page)).toContainText(/Saved in this browser at/);
  // What an edit made while a save was under way could leave: a step in the history that the
  // stored dataset does not have.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('sourceline');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const store = open.result.transaction('drafts', 'readwrite').objectStore('drafts');
          const cursor = store.openCursor();
          cursor.onsuccess = () => {
            const record = cursor.result?.value;
            const top = record.history.undo.at(-1);
            record.history.undo.push({
              ...top,
              label: 'change the event’s title',
              command: { ...top.command, before: top.command.after, after: 'Never stored' },
            });
            cursor.result?.update(record);
            resolve();
          };
        };
      }),
  );
  await page.reload();
  await expect(page.getByRole('region', { name: 'Notices' })).toContainText(
    'undo history no longer matches this draft',
  );
  await expect(eventList(page)).toContainText(`${BOMBING_TITLE} (saved)`);
  await expect(editorBar(page).getByRole('button', { name: /^Undo/ })).toBeDisabled();
  // Editing goes on, and undoes as usual.
  const again = await bombingTitle(page);
  await again.pressSequentially('!');
  await again.blur();
  await editorBar(page).getByRole('button', { name: /^Undo/ }).click();
  await expect(eventList(page)).toContainText(`${BOMBING_TITLE} (saved)`);
  await expect(eventList(page)).not.toContainText('(saved)!');
});

test('a very long article pasted into New timeline shows as its summary, and is kept whole', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto('/');
  await page.getByRole('button', { name: 'New timeline' }).click();
  const dialog = page.getByRole('dialog', { name: 'New timeline' });
  const paragraph = 'On Sunday the talks began in Doha, officials said. ';
  const article = paragraph.repeat(Math.ceil(300_000 / paragraph.length));
  // As a paste lands: the whole text in one input event.
  await dialog.getByLabel('Article text').evaluate((field, text) => {
    const textarea = field as HTMLTextAreaElement;
    textarea.focus();
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set?.call(
      textarea,
      text,
    );
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  }, article);
  await expect(dialog).toContainText(`${article.length.toLocaleString('en-GB')} characters`);
  const show = dialog.getByRole('button', { name: 'Show and edit the article text' });
  // The focus stays in the field: on its button.
  await expect(show).toBeFocused();
  await dialog.getByLabel('Timeline title').fill('A long one');
  await dialog.getByLabel('Source title').fill('A long article');
  await dialog.getByLabel('Publisher').fill('Latin Post');
  await dialog.getByLabel('Author').fill('A reporter');
  await dialog.getByLabel('Published').fill('2021-10-10');
  // Asked for, the text is there to edit.
  await show.click();
  await expect(dialog.getByLabel('Article text')).toHaveValue(article);
  await dialog.getByRole('button', { name: 'Start' }).click();
  await expect(editorBar(page)).toContainText(/Saved in this browser at/);
  await expect(page.getByRole('region', { name: 'Article' })).toContainText(
    'On Sunday the talks began in Doha',
  );
});
