import type { Page } from '@playwright/test';
import { expect, openAbout, openFile, openFilters, test } from './fixtures';
import { hostileDataset, PAYLOADS } from './hostile';

const SEED_TITLE = 'US–Taliban talks in Doha, October 2021';

async function expectNothingRan(page: Page) {
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  await expect(page.locator('img[src="x"], svg[onload], script:not([src])')).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
}

test('a hostile dataset from a file shows every string literally and runs nothing', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
  await openFile(page, 'hostile.json', JSON.stringify(hostileDataset()));

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Hostile ${PAYLOADS.img}`);
  // The title isolated (U+2068 … U+2069), so its direction cannot reorder the tab's words.
  expect(await page.title()).toBe(`\u2068Hostile ${PAYLOADS.img}\u2069 — Sourceline`);
  await expect(page.getByText('Loaded from your file hostile.json')).toBeVisible();

  const list = page.getByRole('list', { name: /^Events/ });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await list.getByRole('button', { name: PAYLOADS.img }).click();
  const details = page.getByRole('region', { name: 'Event details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(PAYLOADS.img);
  await expect(details).toContainText(PAYLOADS.link);
  await expect(details.getByRole('button', { name: PAYLOADS.img })).toBeVisible();

  const article = page.getByRole('region', { name: 'Article' });
  await expect(article.locator('mark')).toHaveText(`${PAYLOADS.img} was said on Friday.`);
  await expect(article).toContainText(PAYLOADS.svg);
  await expect(page.getByRole('region', { name: 'Timeline' })).toContainText(PAYLOADS.img);

  // The astral characters before the passages: the second event's mark is exactly its quote.
  await list.getByRole('button', { name: /zero/ }).click();
  await expect(article.locator('mark')).toHaveText(`Then ${PAYLOADS.script} and ${PAYLOADS.rtl}.`);
  await expectNothingRan(page);
});

test('a dataset from an address shows where it came from', async ({ page, baseURL }) => {
  const url = `${baseURL}/fixtures/hostile.json`;
  await page.route(url, (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(hostileDataset()) }),
  );
  await page.goto(`/?dataset=${encodeURIComponent(url)}&event=rtl-event`);
  await expect(page.getByText(`Loaded from ${new URL(url).host}`)).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 }),
  ).toContainText(PAYLOADS.script);
  await expectNothingRan(page);
});

test.describe('bad files', () => {
  test.use({ allowedConsoleErrors: [/Failed to load resource/] });

  test('a broken dataset is refused with its problems listed, and the view is kept', async ({
    page,
  }) => {
    await page.goto('/?event=doha-talks');
    const broken = hostileDataset() as { events: Array<Record<string, unknown>> };
    const events = Array.from({ length: 30 }, (_, i) => ({
      ...broken.events[0],
      id: `e-${i}`,
      date: { value: '2021-02-30', expression: '', note: '' },
    }));
    await openFile(page, 'broken.json', JSON.stringify({ ...broken, events }));

    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading')).toHaveText('Could not open broken.json');
    await expect(alert).toContainText('The dataset has 30 problems.');
    await expect(alert).toContainText(
      'events[0].date.value: "2021-02-30" is not a valid EDTF date',
    );
    await expect(alert.getByRole('listitem')).toHaveCount(20);
    await expect(alert).toContainText('…and 10 more problems.');
    await expect(alert).toContainText('The dataset on screen is unchanged.');
    // Nothing lost: the same dataset and selection.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
    await expect(
      page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 }),
    ).toHaveText('US and Taliban hold face-to-face talks in Doha');
    await expect(page).toHaveURL(/\/events\/doha-talks\//);
  });

  const cases: Array<[string, string, string]> = [
    ['not JSON', '{"format": "sourceline/1", oops', 'The file is not JSON'],
    ['empty', '   ', 'The file is empty.'],
    ['another format', '{"format": "geojson"}', 'The file is not a Sourceline dataset'],
    ['a JSON array', '[1, 2]', 'a dataset must be a JSON object'],
    [
      'of a hostile format',
      JSON.stringify({ format: PAYLOADS.img }),
      `format: unsupported format ${JSON.stringify(PAYLOADS.img)}`,
    ],
  ];
  for (const [what, contents, message] of cases) {
    test(`a file that is ${what} gets its own message`, async ({ page }) => {
      await page.goto('/');
      await openFile(page, 'bad.json', contents);
      await expect(page.getByRole('alert')).toContainText(message);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
    });
  }

  test('an unreachable or failing address gets a plain message', async ({ page, baseURL }) => {
    await page.route(`${baseURL}/gone.json`, (route) => route.abort('connectionrefused'));
    await page.route(`${baseURL}/missing.json`, (route) =>
      route.fulfill({ status: 404, body: 'Not found' }),
    );
    await page.goto(`/?dataset=${encodeURIComponent(`${baseURL}/missing.json`)}`);
    await expect(page.getByRole('alert')).toContainText('The server answered 404');
    // The default dataset is shown meanwhile.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);

    // An address that answers with a web page rather than a dataset.
    await page.goto(`/?dataset=${encodeURIComponent(`${baseURL}/not-a-dataset.json`)}`);
    await expect(page.getByRole('alert')).toContainText('returned a web page, not a dataset');
    // The default dataset is shown meanwhile.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);

    await page.getByRole('button', { name: 'Open dataset…' }).click();
    await page.getByLabel('Dataset address').fill(`${baseURL}/gone.json`);
    await page.getByRole('button', { name: 'Open address' }).click();
    await expect(page.getByRole('alert')).toContainText('could not be fetched');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
  });
});

test('passages with stale offsets are re-anchored with a warning; lost ones are reported', async ({
  page,
}) => {
  const data = hostileDataset() as {
    events: Array<{ passages: Array<{ start: number; end: number; exact: string }> }>;
  };
  const [first, second] = data.events;
  if (!first?.passages[0] || !second?.passages[0]) throw new Error('fixture changed');
  first.passages[0].start += 3;
  first.passages[0].end += 3;
  second.passages[0].exact = 'These words are nowhere in the article.';
  second.passages[0].end = second.passages[0].start + second.passages[0].exact.length;
  await page.goto('/');
  await openFile(page, 'stale.json', JSON.stringify(data));
  await expect(page.getByRole('region', { name: 'Notices' })).toContainText(
    'Some passage positions in this dataset were out of date: 1 passage found word for word at another place; 1 passage not found in the article (lost).',
  );
  const list = page.getByRole('list', { name: /^Events/ });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await list.getByRole('button', { name: PAYLOADS.img }).click();
  await expect(page.getByRole('region', { name: 'Article' }).locator('mark')).toHaveText(
    `${PAYLOADS.img} was said on Friday.`,
  );
  await list.getByRole('button', { name: /zero/ }).click();
  await expect(page.getByRole('region', { name: 'Event details' })).toContainText(
    'This passage was not found in the article text.',
  );
});

test('a dataset dropped on the page opens', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
  const json = JSON.stringify(hostileDataset());
  await page.evaluate((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    for (const type of ['dragenter', 'dragover', 'drop']) {
      document.body.dispatchEvent(
        new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
    }
  }, json);
  await expect(page.getByText('Loaded from your file dropped.json')).toBeVisible();
});

test('broken deep links are ignored or clamped with a notice, the rest applies', async ({
  page,
}) => {
  const long = 'x'.repeat(5_000);
  await page.goto(
    `/?from=0001-01-01&to=9999-12-31&event=doha-talks&event=other&q=${long}&group=sideways&kinds=attack`,
  );
  const notices = page.getByRole('region', { name: 'Notices' });
  await expect(notices).toContainText('time window reaches far beyond the data');
  await expect(notices).toContainText('repeats “event”');
  await expect(notices).toContainText('“q” is too long');
  await expect(notices).toContainText('“group” must be');
  // The rest applies: the kind filter, and the rule that a hidden event is not left selected.
  await openFilters(page);
  await expect(
    page.getByRole('region', { name: 'Filters' }).getByRole('checkbox', { name: 'Attack' }),
  ).toBeChecked();
  await expect(notices).toContainText(
    '“US and Taliban hold face-to-face talks in Doha” is hidden by the filters, so it was deselected.',
  );
  await expect(page.getByRole('list', { name: /^Events/ }).getByRole('listitem')).toHaveCount(2);

  await page.goto('/?from=2021-10-10&to=2021-10-01');
  await expect(notices).toContainText('is after its “to”');
});

test.describe('content security policy', () => {
  test.use({ allowedConsoleErrors: [/Content Security Policy/] });

  test('the built app ships a strict Content Security Policy', async ({ page, request }) => {
    const response = await request.get('/');
    const html = await response.text();
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    const policy = meta.replace(/&#39;/g, "'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
    // An injected inline script is refused by the policy.
    await expect(page.addScriptTag({ content: 'window.__pwned = "inline"' })).rejects.toThrow();
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  });
});

test('the page makes no request to another origin', async ({ page, baseURL }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('/?event=shia-mosque-suicide-bombing');
  await expect(page.getByRole('region', { name: 'Article' }).locator('mark').first()).toBeVisible();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Open dataset…' }).click();
  await expect(page.getByLabel('Dataset address')).toBeVisible();
  expect(requests.length).toBeGreaterThan(2);
  const origin = new URL(baseURL ?? '').origin;
  expect(
    requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin),
  ).toEqual([]);
});

test.describe('a part that fails', () => {
  test.use({ allowedConsoleErrors: [/TimelinePane|timeline chunk|Failed to fetch dynamically/i] });

  test('is contained by its error boundary: the rest keeps working and it offers a reload', async ({
    page,
  }) => {
    // The timeline's chunk fails to load, as on a flaky connection after a deploy.
    await page.route(/TimelinePane-[^/]*\.js$/, (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: 'throw new Error("timeline chunk broken");',
      }),
    );
    await page.goto('/');
    const failure = page.getByRole('alert').filter({ hasText: 'The timeline stopped working' });
    await expect(failure).toBeVisible();
    await expect(failure.getByRole('button', { name: 'Reload the page' })).toBeVisible();
    // The list, details and article still work.
    await page
      .getByRole('list', { name: /^Events/ })
      .getByRole('button', { name: /US military leaves Afghanistan/ })
      .click();
    await expect(
      page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 }),
    ).toHaveText('US military leaves Afghanistan');
    await expect(
      page.getByRole('region', { name: 'Article' }).locator('mark').first(),
    ).toBeVisible();
  });
});

test('only http(s) source addresses become links, opened without referrer or opener', async ({
  page,
}) => {
  const data = hostileDataset() as { sources: Array<{ url?: string }> };
  const source = data.sources[0];
  if (!source) throw new Error('fixture changed');
  source.url = 'https://example.org/article';
  await page.goto('/');
  await openFile(page, 'linked.json', JSON.stringify(data));
  await openAbout(page);
  const link = page.getByRole('list', { name: 'Sources' }).getByRole('link');
  await expect(link).toHaveAttribute('href', 'https://example.org/article');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(link).toHaveText(PAYLOADS.svg);
});
