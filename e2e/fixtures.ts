// Shared fixtures: every test fails on an uncaught page error or a console error, and on any
// request to another origin (the app must make none).
import { test as base, expect, type Page } from '@playwright/test';

export const test = base.extend<{
  pageErrors: string[];
  allowedConsoleErrors: RegExp[];
  allowedOrigins: string[];
}>({
  /** Console errors a sad-path test expects (e.g. the browser logging a failed fetch). */
  allowedConsoleErrors: [[], { option: true }],
  /** Origins besides the app's that a test's page may reach (a test server of its own). */
  allowedOrigins: [[], { option: true }],
  pageErrors: [
    async ({ page, baseURL, allowedConsoleErrors, allowedOrigins }, use) => {
      const errors: string[] = [];
      const origins = new Set([new URL(baseURL ?? 'http://127.0.0.1').origin, ...allowedOrigins]);
      page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        const text = message.text();
        if (message.type() !== 'error') return;
        if (allowedConsoleErrors.some((pattern) => pattern.test(text))) return;
        errors.push(`console error: ${text}`);
      });
      page.on('dialog', (dialog) => {
        errors.push(`dialog opened: ${dialog.message()}`);
        void dialog.dismiss();
      });
      page.on('request', (request) => {
        const url = request.url();
        if (
          !url.startsWith('data:') &&
          !url.startsWith('blob:') &&
          !origins.has(new URL(url).origin)
        ) {
          errors.push(`request to another origin: ${url}`);
        }
      });
      await use(errors);
      expect(errors, 'no page errors, console errors, dialogs or foreign requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens a dataset file through "Open dataset…", as a person picking a file would. */
export async function openFile(page: Page, name: string, contents: string): Promise<void> {
  await page.getByRole('button', { name: 'Open dataset…' }).click();
  await page.getByLabel('Dataset file (.json or .csv)').setInputFiles({
    name,
    mimeType: name.endsWith('.csv') ? 'text/csv' : 'application/json',
    buffer: Buffer.from(contents),
  });
}

/** Opens the folded filters (actors and kinds) in the side panel, if they are not open yet. */
export async function openFilters(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: /^Filters: actors, kinds/ });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect(page.getByRole('region', { name: 'Filters' })).toBeVisible();
}

/** Opens "About this timeline", where the dataset's description and sources are. */
export async function openAbout(page: Page): Promise<void> {
  const about = page.locator('details.about');
  if (!(await about.evaluate((node) => (node as HTMLDetailsElement).open))) {
    await about.locator('summary').click();
  }
}
