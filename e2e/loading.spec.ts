// Loading a dataset from an address that misbehaves: cut off, corrupt, endless, dripping, large
// or redirected. A server of the tests' own (127.0.0.1, started and stopped here) plays each part;
// what a person sees is checked by role, and what the browser did to the connection is checked
// from the server's side.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { formatProgress } from '../src/model/loading';
import { expect, openFile, test } from './fixtures';
import { hostileDataset } from './hostile';
import {
  BIG_TITLE,
  startTestServer,
  TEST_SERVER_TITLE,
  type TestServer,
} from './support/testServer';

const SEED_TITLE = 'US–Taliban talks in Doha, October 2021';

let server: TestServer;
test.beforeAll(async () => {
  server = await startTestServer();
});
test.afterAll(async () => {
  await server.close();
});
// biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's needs from this pattern
test.use({ allowedOrigins: async ({}, use) => use([server.origin, server.otherOrigin]) });

const heading = (page: Page) => page.getByRole('heading', { level: 1 });
const loadingStatus = (page: Page) => page.getByRole('status').filter({ hasText: 'Loading' });
const progressBar = (page: Page) => page.getByRole('progressbar', { name: 'Download progress' });
const linkTo = (url: string) => `/?dataset=${encodeURIComponent(url)}`;

async function openAddress(page: Page, url: string) {
  await page.getByRole('button', { name: 'Open dataset…' }).click();
  await page.getByLabel('Dataset address').fill(url);
  await page.getByRole('button', { name: 'Open address' }).click();
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

/** `text` matched literally in a regular expression. */
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function expectSeedUnchanged(page: Page) {
  await expect(heading(page)).toHaveText(SEED_TITLE);
  await expect(loadingStatus(page)).toHaveCount(0);
  await expect(page.getByText(/^Loaded from/)).toHaveCount(0);
}

test.describe('a download that breaks off', () => {
  // The browser logs the failed request (net::ERR_CONNECTION_RESET and the like).
  test.use({ allowedConsoleErrors: [/Failed to load resource/] });

  test('a reset on a first load shows why, beside the default dataset', async ({ page }) => {
    const url = server.url('/reset?test=first&hold');
    await page.goto(linkTo(url));
    // The first half has been read (the page shows how much), and only then the reset comes.
    await expect(page.getByText(/^[\d.]+ of [\d.]+ KB$/)).toBeVisible();
    server.release('/reset?test=first&hold');
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading')).toHaveText(`Could not open ${url}`);
    // Half the served file (the seed, renamed) arrived.
    await expect(alert).toContainText(
      new RegExp(
        `The download of ${escaped(url)} was cut off after (\\d+) of \\d+ KB: the connection was lost before the whole file arrived\\.`,
      ),
    );
    await expect(heading(page)).toHaveText(SEED_TITLE);
    await expect(loadingStatus(page)).toHaveCount(0);
  });

  test('a reset while a dataset is on screen leaves it there', async ({ page }) => {
    await page.goto('/?event=doha-talks');
    await expect(heading(page)).toHaveText(SEED_TITLE);
    const url = server.url('/reset?test=replace');
    await openAddress(page, url);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(
      new RegExp(`The download of ${escaped(url)} was cut off after \\d+ of \\d+ KB`),
    );
    await expect(alert).toContainText('The dataset on screen is unchanged.');
    await expectSeedUnchanged(page);
    await expect(page).toHaveURL(/\/events\/doha-talks\/$/);
  });

  test('a corrupt compressed body gets its own message', async ({ page }) => {
    await page.goto('/');
    await expect(heading(page)).toHaveText(SEED_TITLE);
    // Cross-origin, the browser hides Content-Encoding: both causes are named.
    const hidden = server.url('/corrupt-gzip?test=hidden');
    await openAddress(page, hidden);
    await expect(page.getByRole('alert')).toContainText(
      `The download of ${hidden} was cut off before any data arrived: the connection was lost, or the server sent compressed data that is corrupt.`,
    );
    await expectSeedUnchanged(page);
    // A server that lets the page read it gets the exact cause.
    const exposed = server.url('/corrupt-gzip?test=expose');
    await openAddress(page, exposed);
    await expect(page.getByRole('alert')).toContainText(
      `The download of ${exposed} could not be decompressed: the server sent it compressed (gzip), but the compressed data is corrupt.`,
    );
    await expectSeedUnchanged(page);
  });
});

test.describe('a download that stops sending', () => {
  test('is stopped after 30 seconds without data, with a plain message', async ({ page }) => {
    await page.clock.install();
    await page.goto('/');
    await expect(heading(page)).toHaveText(SEED_TITLE);
    const url = server.url('/never-ends?test=stall');
    await openAddress(page, url);
    await expect(loadingStatus(page)).toContainText(`Loading ${url}…`);
    // The first 100 bytes have come (the progress shows them after a second) before the clock
    // runs on: the 30 seconds count from the last data, which a loaded machine may deliver late.
    await page.clock.fastForward(1_000);
    await expect(page.getByText(/^100 bytes$/)).toBeVisible();
    await page.clock.fastForward(28_000);
    await expect(loadingStatus(page)).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await page.clock.fastForward(3_000);
    await expect(page.getByRole('alert')).toContainText(
      `${url} stopped sending data for 30 seconds (after 100 bytes), so the download was stopped.`,
    );
    await expectSeedUnchanged(page);
    await server.closedEarly('/never-ends?test=stall');
  });
});

test.describe('progress and cancel', () => {
  test('a dripping download shows its progress and is cancelled by keyboard', async ({ page }) => {
    await page.goto('/?event=doha-talks');
    await expect(heading(page)).toHaveText(SEED_TITLE);
    const url = server.url('/drip?test=cancel');
    await openAddress(page, url);
    await expect(loadingStatus(page)).toContainText(`Loading ${url}…`);
    // A slow download shows its progress after a second: bytes so far, total unknown.
    await expect(progressBar(page)).toBeVisible();
    await expect(page.getByText(/^\d+ bytes$/)).toBeVisible();
    const cancel = page.getByRole('button', { name: 'Cancel' });
    await cancel.focus();
    await page.keyboard.press('Enter');
    await expectSeedUnchanged(page);
    await expect(page.getByRole('region', { name: 'Notices' })).toContainText(
      `Loading ${url} was cancelled; the dataset on screen is unchanged.`,
    );
    await expect(
      page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 }),
    ).toHaveText('US and Taliban hold face-to-face talks in Doha');
    await expect(page.getByRole('button', { name: 'Open dataset…' })).toBeFocused();
    await expect(page).toHaveURL(/\/events\/doha-talks\/$/);
    await server.closedEarly('/drip?test=cancel');
    // The next load works.
    await openAddress(page, server.url('/ok.json?test=after-cancel'));
    await expect(heading(page)).toHaveText(TEST_SERVER_TITLE);
  });

  test('a large download shows how much of its total has arrived', async ({ page }) => {
    await page.goto('/');
    await expect(heading(page)).toHaveText(SEED_TITLE);
    await openAddress(page, server.url('/big?test=replace'));
    // The server holds at the first 64 KB step past half of the file.
    const held = Math.ceil(Math.floor(server.bigSize / 2) / 65536) * 65536;
    expect(server.bigSize).toBeGreaterThan(1024 * 1024);
    await expect(page.getByText(formatProgress(held, server.bigSize))).toBeVisible();
    expect(formatProgress(held, server.bigSize)).toMatch(/^0\.\d of 1\.\d MB$/);
    await expect(progressBar(page)).toHaveAttribute('max', String(server.bigSize));
    await expect(progressBar(page)).toHaveAttribute('value', String(held));
    await expect(heading(page)).toHaveText(SEED_TITLE);
    await expectNoAxeViolations(page);
    server.release('/big?test=replace');
    await expect(heading(page)).toHaveText(BIG_TITLE);
    await expect(progressBar(page)).toHaveCount(0);
    await expect(loadingStatus(page)).toHaveCount(0);
  });

  test('a first load shows its progress before anything else is on screen', async ({ page }) => {
    const url = server.url('/big?test=first');
    await page.goto(linkTo(url));
    await expect(progressBar(page)).toBeVisible();
    await expect(page.getByText(/^[\d.]+ of [\d.]+ MB$/)).toBeVisible();
    server.release('/big?test=first');
    await expect(heading(page)).toHaveText(BIG_TITLE);
    await expect(loadingStatus(page)).toHaveCount(0);
  });

  test('a cancelled first load says so, names nothing it did not show, and offers the default', async ({
    page,
  }) => {
    const url = server.url('/drip?test=first-cancel');
    await page.goto(`${linkTo(url)}&event=doha-talks`);
    await expect(loadingStatus(page)).toContainText(`Loading ${url}…`);
    await page.getByRole('button', { name: 'Cancel' }).press('Space');
    const cancelled = page.getByRole('region', { name: 'Loading was cancelled' });
    await expect(cancelled).toContainText(`${url} was not loaded.`);
    await expect(loadingStatus(page)).toHaveCount(0);
    await server.closedEarly('/drip?test=first-cancel');
    // Nothing is on screen, so the address names nothing: reloading does not start it again.
    await expect(page).toHaveURL(/\/$/);
    const loadDefault = cancelled.getByRole('button', { name: 'Load the default dataset' });
    await expect(loadDefault).toBeFocused();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Enter');
    await expect(heading(page)).toHaveText(SEED_TITLE);
    await expect(cancelled).toHaveCount(0);
  });

  test('"Open dataset…" works during a first load, and the new load replaces it', async ({
    page,
  }) => {
    const url = server.url('/never-ends?test=open-during');
    await page.goto(linkTo(url));
    await expect(loadingStatus(page)).toContainText(`Loading ${url}…`);
    await page.getByRole('button', { name: 'Open dataset…' }).click();
    await expect(page.getByRole('heading', { name: 'Open a dataset' })).toBeVisible();
    await page.getByRole('button', { name: 'Open bundled dataset' }).click();
    await expect(heading(page)).toHaveText(SEED_TITLE);
    await expect(loadingStatus(page)).toHaveCount(0);
    await server.closedEarly('/never-ends?test=open-during');
  });

  test('a load replaced by a newer one has its request closed', async ({ page }) => {
    await page.goto('/');
    await expect(heading(page)).toHaveText(SEED_TITLE);
    await openAddress(page, server.url('/drip?test=superseded'));
    await expect(loadingStatus(page)).toBeVisible();
    const newer = hostileDataset() as { title: string };
    newer.title = 'The newer file';
    await openFile(page, 'newer.json', JSON.stringify(newer));
    await expect(heading(page)).toHaveText('The newer file');
    await server.closedEarly('/drip?test=superseded');
    await expect(loadingStatus(page)).toHaveCount(0);
  });

  test('cancelling a load from the history puts the address back to what is shown', async ({
    page,
  }) => {
    const url = server.url('/ok.json?test=history');
    await page.goto(linkTo(url));
    await expect(heading(page)).toHaveText(TEST_SERVER_TITLE);
    await page.getByRole('button', { name: 'Open dataset…' }).click();
    await page.getByRole('button', { name: 'Open bundled dataset' }).click();
    await expect(heading(page)).toHaveText(SEED_TITLE);
    await expect(page).toHaveURL(/\/$/);
    // Back to the address's step, which now never answers.
    await page.route(url, () => undefined);
    await page.goBack();
    await expect(loadingStatus(page)).toContainText(`Loading ${url}…`);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expectSeedUnchanged(page);
    await expect(page).toHaveURL(/\/$/);
  });
});

test('a redirected address shows where the data came from, and where it was asked', async ({
  page,
}) => {
  const url = server.url('/redirect?test=origin');
  await page.goto(linkTo(url));
  await expect(heading(page)).toHaveText(TEST_SERVER_TITLE);
  const from = new URL(server.otherOrigin).host;
  const asked = new URL(server.origin).host;
  await expect(page.getByText(`Loaded from ${from} (redirected from ${asked})`)).toBeVisible();
  // The link keeps the address that was asked for.
  expect(new URL(page.url()).searchParams.get('dataset')).toBe(url);
});
