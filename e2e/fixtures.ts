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
  // A prerendered page shows its buttons before React answers them: going to one of the app's
  // pages (or reloading) waits until the app drives it, as a person's click would need. Pages
  // opened later in the same context (a second tab) wait the same way.
  context: async ({ context, baseURL }, use) => {
    const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    context.on('page', (opened) => waitForTheApp(opened, origin));
    await use(context);
  },
  page: async ({ page, baseURL }, use) => {
    waitForTheApp(page, new URL(baseURL ?? 'http://127.0.0.1').origin);
    await use(page);
  },
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

const wrapped = new WeakSet<Page>();

/** Makes `page.goto` and `page.reload` of the app's pages wait until the app drives the page. */
export function waitForTheApp(page: Page, origin: string): void {
  if (wrapped.has(page)) return;
  wrapped.add(page);
  // The app's page (it has the #root React draws in) once live; any other page (a test's own page
  // that frames the app, say) at once.
  const live = () =>
    page
      .locator('html[data-app="live"], body:not(:has(#root))')
      .first()
      .waitFor({ state: 'attached' });
  const goto = page.goto.bind(page);
  page.goto = async (url, options) => {
    const response = await goto(url, options);
    if (new URL(url, origin).origin === origin && options?.waitUntil !== 'commit') await live();
    return response;
  };
  const reload = page.reload.bind(page);
  page.reload = async (options) => {
    const response = await reload(options);
    if (new URL(page.url()).origin === origin) await live();
    return response;
  };
}

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
