// The ways out of Sourceline and into other pages: export (every format, whole or filtered) as a
// download under the app's CSP, the embedded view in a framed page that sizes its frame, print,
// and periods drawn on the timeline.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Download, Page } from '@playwright/test';
import Papa from 'papaparse';
import { generateDataset } from '../bench/generate';
import { parseDataset } from '../src/dataset/parse';
import { EMBED_DEFAULT_HEIGHT } from '../src/model/embedding';
import { CONTENT_SECURITY_POLICY } from '../vite.config';
import { expect, openFile, test } from './fixtures';

const seed = JSON.parse(
  readFileSync(new URL('../data/doha-talks-2021.json', import.meta.url), 'utf8'),
) as {
  id: string;
  title: string;
  events: Array<{ id: string; kind: string; passages: unknown[] }>;
};

const GOLD_RUSH = {
  title: { text: { headline: 'The Gold Rush', text: '<p>How it began.</p>' } },
  events: [
    {
      start_date: { year: 1848, month: 1, day: 24 },
      text: { headline: 'Gold at Sutter’s Mill', text: '<p>James Marshall finds gold.</p>' },
      group: 'Discovery',
      unique_id: 'sutters-mill',
    },
    {
      start_date: { year: 1849 },
      text: { headline: 'The forty-niners', text: '<p>Some 300,000 people arrive.</p>' },
      group: 'Migration',
    },
    {
      start_date: { year: 1852 },
      text: { headline: 'Peak output', text: '<p>Output peaks.</p>' },
      group: 'Mining',
    },
    {
      start_date: { year: 1860 },
      text: { headline: 'After the rush', text: '<p>Hydraulic mining.</p>' },
      group: 'Mining',
    },
  ],
  eras: [
    {
      start_date: { year: 1848 },
      end_date: { year: 1855 },
      text: { headline: 'The <b onmouseover="window.__pwned=1">rush</b>' },
    },
    { start_date: { year: 1856 }, end_date: { year: 1861 }, text: { headline: 'Afterwards' } },
  ],
};

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}

const eventList = (page: Page) => page.getByRole('list', { name: /^Events/ });
const exportDialog = (page: Page) => page.getByRole('dialog', { name: 'Export' });

/** The event ids the list shows, in its order (the seed has fewer than a page of them). */
async function listedEventIds(page: Page): Promise<string[]> {
  await expect(eventList(page)).toBeVisible();
  return eventList(page)
    .locator('[data-event-id]')
    .evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).dataset.eventId ?? ''));
}

/** Chooses what and which format in the open Export dialog, downloads, and reads the file. */
async function exportAs(
  page: Page,
  what: 'The whole dataset' | 'The filtered view',
  format: RegExp,
): Promise<{ name: string; text: string; download: Download }> {
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = exportDialog(page);
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: new RegExp(`^${what}`) }).check();
  await dialog.getByRole('radio', { name: format }).check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download' }).click(),
  ]);
  const path = await download.path();
  const text = readFileSync(path, 'utf8');
  // Closed, with the focus back on the button that opened it.
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Export…' })).toBeFocused();
  return { name: download.suggestedFilename(), text, download };
}

test.describe('export', () => {
  test('every format of the whole dataset downloads through a blob: address under the CSP', async ({
    page,
  }) => {
    const response = await page.goto('/');
    // The strict policy is in force (as a header here, and in the page's <meta>).
    expect(response?.headers()['content-security-policy']).toBe(
      `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
    );
    await expect(eventList(page)).toBeVisible();
    const passages = seed.events.reduce((sum, event) => sum + event.passages.length, 0);

    const sourceline = await exportAs(page, 'The whole dataset', /^Sourceline JSON/);
    expect(sourceline.name).toBe('doha-talks-2021.json');
    expect(sourceline.download.url()).toMatch(/^blob:/);
    const parsed = parseDataset(JSON.parse(sourceline.text), { anchors: 'strict' });
    expect(parsed.ok && parsed.value.events.length).toBe(seed.events.length);
    expect(JSON.parse(sourceline.text)).toEqual(seed);
    await expect(page.getByText('Downloaded doha-talks-2021.json: 18 events')).toBeVisible();

    const timelineJs = await exportAs(page, 'The whole dataset', /^TimelineJS JSON/);
    expect(timelineJs.name).toBe('doha-talks-2021.timelinejs.json');
    const slides = JSON.parse(timelineJs.text) as {
      title: { text: { headline: string } };
      events: Array<{ unique_id: string; start_date: { year: number } }>;
    };
    expect(slides.events.map((slide) => slide.unique_id).sort()).toEqual(
      seed.events.map((event) => event.id).sort(),
    );
    expect(slides.events.every((slide) => slide.start_date.year === 2021)).toBe(true);

    const csv = await exportAs(page, 'The whole dataset', /^CSV/);
    expect(csv.name).toBe('doha-talks-2021.csv');
    const rows = Papa.parse<Record<string, string>>(csv.text, {
      header: true,
      skipEmptyLines: true,
    });
    expect(rows.errors).toEqual([]);
    expect(rows.data.map((row) => row.id).sort()).toEqual(seed.events.map((e) => e.id).sort());

    const annotations = await exportAs(page, 'The whole dataset', /^Web Annotations/);
    expect(annotations.name).toBe('doha-talks-2021.annotations.jsonld');
    const collection = JSON.parse(annotations.text) as {
      type: string;
      first: { items: unknown[] };
    };
    expect(collection.type).toBe('AnnotationCollection');
    expect(annotations.text.match(/"TextQuoteSelector"/g)).toHaveLength(passages);
  });

  test('the filtered view exports only the events the filters show, as a valid dataset', async ({
    page,
  }) => {
    await page.goto('/?actors=taliban&kinds=statement');
    const shown = await listedEventIds(page);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(seed.events.length);

    await page.getByRole('button', { name: 'Export…' }).click();
    // With filters on, the filtered view is the first choice, and says what it holds.
    await expect(
      exportDialog(page).getByRole('radio', { name: /^The filtered view/ }),
    ).toBeChecked();
    await expect(exportDialog(page)).toContainText(`${shown.length} of 18 events: actor: Taliban`);
    await page.keyboard.press('Escape');

    const sourceline = await exportAs(page, 'The filtered view', /^Sourceline JSON/);
    expect(sourceline.name).toBe('doha-talks-2021-filtered.json');
    const parsed = parseDataset(JSON.parse(sourceline.text), { anchors: 'strict' });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.value.events.map((r) => r.event.id).sort()).toEqual([...shown].sort());
    expect(parsed.value.events.every((r) => r.event.kind === 'statement')).toBe(true);

    const csv = await exportAs(page, 'The filtered view', /^CSV/);
    expect(csv.name).toBe('doha-talks-2021-filtered.csv');
    const rows = Papa.parse<Record<string, string>>(csv.text, {
      header: true,
      skipEmptyLines: true,
    });
    expect(rows.data.map((row) => row.id).sort()).toEqual([...shown].sort());

    const timelineJs = await exportAs(page, 'The filtered view', /^TimelineJS JSON/);
    expect(timelineJs.name).toBe('doha-talks-2021-filtered.timelinejs.json');
    expect((JSON.parse(timelineJs.text) as { events: unknown[] }).events).toHaveLength(
      shown.length,
    );
  });

  test('works from the keyboard alone; Escape closes it and gives the focus back', async ({
    page,
  }) => {
    await page.goto('/?event=doha-talks');
    const exportButton = page.getByRole('button', { name: 'Export…' });
    await expect(exportButton).toBeEnabled();
    await exportButton.focus();
    await page.keyboard.press('Enter');
    const dialog = exportDialog(page);
    await expect(dialog).toBeVisible();
    // No filters: the whole dataset, and the filtered view cannot be chosen.
    await expect(dialog.getByRole('radio', { name: /^The whole dataset/ })).toBeChecked();
    await expect(dialog.getByRole('radio', { name: /^The filtered view/ })).toBeDisabled();
    await expectNoViolations(page);

    // Escape closes the dialog only: the selected event stays selected.
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(exportButton).toBeFocused();
    await expect(page).toHaveURL(/\/events\/doha-talks\//);
    await expect(
      page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 }),
    ).toBeVisible();

    // Tab into the formats, arrow to CSV, Tab to Download, Enter.
    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    const sourceline = dialog.getByRole('radio', { name: /^Sourceline JSON/ });
    while (!(await sourceline.evaluate((node) => node === document.activeElement))) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(dialog.getByRole('radio', { name: /^CSV/ })).toBeChecked();
    await expect(dialog).toContainText('File: doha-talks-2021.csv');
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: 'Download' })).toBeFocused();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.keyboard.press('Enter'),
    ]);
    expect(download.suggestedFilename()).toBe('doha-talks-2021.csv');
    await expect(exportButton).toBeFocused();
  });
});

/** The app's HTML for a framed view, its CSP letting this origin frame it (for this test only). */
async function allowFraming(page: Page): Promise<void> {
  await page.route(
    (url) => url.pathname === '/' && url.searchParams.get('embed') === '1',
    async (route) => {
      const response = await route.fetch();
      const headers = response.headers();
      headers['content-security-policy'] = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'self'`;
      await route.fulfill({ response, headers });
    },
  );
}

/** A host page with a frame of the app and the resize script the Embed dialog offers. */
async function serveHost(page: Page, snippet: string, script: string): Promise<void> {
  await page.route('**/host.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><title>Host</title></head><body style="margin:0"><main><h1>A news story</h1>${snippet}</main>${script}</body></html>`,
    }),
  );
}

test.describe('embed', () => {
  test('the Embed dialog gives an iframe snippet for the view, and says framing must be allowed', async ({
    page,
    baseURL,
  }) => {
    await page.goto('/?event=doha-talks&kinds=diplomacy');
    const embedButton = page.getByRole('button', { name: 'Embed…' });
    await embedButton.click();
    const dialog = page.getByRole('dialog', { name: 'Embed this view' });
    await expect(dialog).toBeVisible();
    const code = dialog.getByRole('textbox', { name: 'Embed code' });
    const snippet = await code.inputValue();
    expect(snippet).toBe(
      `<iframe src="${baseURL}/?event=doha-talks&amp;kinds=diplomacy&amp;embed=1" title="${seed.title} — a Sourceline timeline" width="100%" height="${EMBED_DEFAULT_HEIGHT}" loading="lazy" style="border: 0"></iframe>`,
    );
    // Selectable: focusing it selects it all.
    await code.focus();
    expect(
      await code.evaluate((node: HTMLTextAreaElement) => node.selectionEnd - node.selectionStart),
    ).toBe(snippet.length);
    await expect(dialog).toContainText('frame-ancestors');
    await expectNoViolations(page);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(embedButton).toBeFocused();
  });

  test('in a frame, the compact view sizes the frame to its content, and links to the full view', async ({
    page,
  }) => {
    await allowFraming(page);
    // The snippet and script exactly as the Embed dialog gives them.
    await page.goto('/?event=doha-talks');
    await page.getByRole('button', { name: 'Embed…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this view' });
    const snippet = await dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
    await dialog.getByText('Let the frame take the height of its content').click();
    const script = await dialog.getByRole('textbox', { name: 'Resize script' }).inputValue();
    await serveHost(page, snippet.replace(/height="\d+"/, 'height="150"'), script);

    await page.goto('/host.html');
    const frameElement = page.locator('iframe');
    const frame = page.frameLocator('iframe');
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(/US–Taliban/);
    await expect(
      frame.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 }),
    ).toBeVisible();
    await expect(
      frame.getByRole('region', { name: 'Timeline' }).locator('.vis-timeline'),
    ).toBeVisible();
    await expect(
      frame.getByRole('region', { name: 'Article' }).locator('mark').first(),
    ).toBeVisible();
    // No header chrome, no filters, no list.
    await expect(frame.getByRole('button', { name: 'Open dataset…' })).toHaveCount(0);
    await expect(frame.getByRole('button', { name: 'Export…' })).toHaveCount(0);
    await expect(frame.getByRole('list', { name: /^Events/ })).toHaveCount(0);
    const open = frame.getByRole('link', { name: /^Open in Sourceline/ });
    // The full view's own page (the embed itself keeps the query form).
    await expect(open).toHaveAttribute('href', '/events/doha-talks/');
    await expect(open).toHaveAttribute('target', '_blank');

    // The frame takes the height the view posts, which is the app's own height.
    const appHeight = () =>
      frame.locator('.app').evaluate((node) => Math.ceil(node.getBoundingClientRect().height));
    await expect
      .poll(async () => Math.round((await frameElement.boundingBox())?.height ?? 0))
      .toBe(await appHeight());
    const wide = await appHeight();
    expect(wide).toBeGreaterThan(400);
    await page.screenshot({ path: test.info().outputPath('embedded-wide.png'), fullPage: true });

    // Narrower, the view stacks and grows taller: the frame follows.
    await frameElement.evaluate((node: HTMLIFrameElement) => {
      node.style.width = '420px';
    });
    await expect.poll(appHeight).toBeGreaterThan(wide);
    await expect
      .poll(async () => Math.round((await frameElement.boundingBox())?.height ?? 0))
      .toBe(await appHeight());
    // Sized to its content, the frame needs no scroll bar of its own.
    const scrolls = await frame
      .locator('html')
      .evaluate((node) => node.scrollHeight > node.clientHeight + 1);
    expect(scrolls).toBe(false);
    await page.screenshot({ path: test.info().outputPath('embedded.png'), fullPage: true });
  });

  test('the embedded view is clean for axe, and choosing an event adds no history entry', async ({
    page,
  }) => {
    await page.goto('/?embed=1');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/US–Taliban/);
    await expect(
      page.getByRole('region', { name: 'Timeline' }).locator('.vis-timeline'),
    ).toBeVisible();
    const length = await page.evaluate(() => history.length);
    await page
      .getByRole('region', { name: 'Timeline' })
      .getByRole('button', { name: /^US and Taliban hold face-to-face talks/ })
      .first()
      .click();
    await expect(page).toHaveURL(/event=doha-talks.*embed=1/);
    expect(await page.evaluate(() => history.length)).toBe(length);
    await expect(
      page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 }),
    ).toBeVisible();
    await expectNoViolations(page);
  });
});

test('an embedded dataset from an address says where it came from, and draws its periods', async ({
  page,
  baseURL,
}) => {
  const url = `${baseURL}/fixtures/gold-rush.json`;
  await page.route(url, (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(GOLD_RUSH) }),
  );
  await page.goto(`/?dataset=${encodeURIComponent(url)}&embed=1`);
  const banner = page.getByRole('banner');
  await expect(banner.getByRole('heading', { level: 1 })).toHaveText('The Gold Rush');
  await expect(banner).toContainText(`Loaded from ${new URL(url).host}`);
  await expect(page.locator('.vis-item.vis-background.tl-period')).toHaveCount(2);
  await expect(banner.getByRole('link', { name: /^Open in Sourceline/ })).toHaveAttribute(
    'href',
    `/?dataset=${url}`,
  );
});

test.describe('embed refused', () => {
  test.use({ allowedConsoleErrors: [/frame-ancestors/] });

  test('vite preview keeps framing forbidden', async ({ page }) => {
    await serveHost(page, '<iframe src="/?embed=1" title="Sourceline"></iframe>', '');
    await page.goto('/host.html');
    const frame = page.frameLocator('iframe');
    await page.waitForTimeout(500);
    await expect(frame.getByRole('heading', { level: 1 })).toHaveCount(0);
  });
});

/** Elements in print that cut their content: a box that scrolls or clips with more inside. */
function clippedBoxes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const clipped: string[] = [];
    for (const node of document.querySelectorAll<HTMLElement>('body *')) {
      const style = getComputedStyle(node);
      if (style.display === 'none' || node.getClientRects().length === 0) continue;
      const clips = (value: string) => value !== 'visible';
      const cutY = clips(style.overflowY) && node.scrollHeight > node.clientHeight + 1;
      const cutX = clips(style.overflowX) && node.scrollWidth > node.clientWidth + 1;
      if (cutY || cutX) clipped.push(`${node.tagName.toLowerCase()}.${node.className}`);
    }
    return clipped;
  });
}

test.describe('print', () => {
  test('prints every filtered event with its date, summary and quotes, and no controls', async ({
    page,
  }) => {
    await page.goto('/?kinds=statement,attack&event=shia-mosque-suicide-bombing');
    const shown = await listedEventIds(page);
    const wanted = seed.events.filter((event) => ['statement', 'attack'].includes(event.kind));
    expect(shown.sort()).toEqual(wanted.map((event) => event.id).sort());

    await page.emulateMedia({ media: 'print' });
    const printed = page.locator('.print-view');
    await expect(printed).toBeVisible();
    const entries = printed
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 3 }) });
    await expect(entries).toHaveCount(wanted.length);
    // In date order, as the list has them.
    const printedTitles = await entries.getByRole('heading', { level: 3 }).allTextContents();
    await page.emulateMedia({ media: 'screen' });
    const listTitles = await eventList(page).locator('.event-title').allTextContents();
    expect(printedTitles).toEqual(listTitles);
    await page.emulateMedia({ media: 'print' });

    // Every quote, with its attribution.
    const passages = wanted.reduce((sum, event) => sum + event.passages.length, 0);
    await expect(printed.locator('blockquote')).toHaveCount(passages);
    await expect(printed.locator('figcaption').first()).toContainText('Latin Post');
    // Dates in words.
    await expect(printed).toContainText('Friday 8 October 2021');
    // No controls, no timeline canvas, nothing clipped.
    const controls = page.locator('button, input, select, textarea, [role="button"]');
    for (const control of await controls.all()) await expect(control).toBeHidden();
    await expect(page.locator('.vis-timeline')).toBeHidden();
    expect(await clippedBoxes(page)).toEqual([]);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(1000);

    // Back on screen, the printed list is gone.
    await page.emulateMedia({ media: 'screen' });
    await expect(printed).toHaveCount(0);
  });

  test('prints every event of a dataset larger than a page of the list', async ({
    page,
    baseURL,
  }) => {
    const dataset = generateDataset({ events: 450, seed: 11 });
    const address = '/test-data/four-fifty.json';
    await page.route(`**${address}`, (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(dataset) }),
    );
    await page.goto(`/?dataset=${encodeURIComponent(`${baseURL}${address}`)}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(dataset.title);
    // The list draws 200 rows at a time; print has them all.
    await expect(eventList(page).getByRole('listitem')).toHaveCount(200);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.print-view .print-event')).toHaveCount(450);
    expect(await clippedBoxes(page)).toEqual([]);
  });
});

test.describe('periods', () => {
  test('TimelineJS eras are drawn as labelled bands behind the events, and listed in the legend', async ({
    page,
  }) => {
    await page.goto('/');
    await openFile(page, 'gold-rush.json', JSON.stringify(GOLD_RUSH));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The Gold Rush');
    const timeline = page.getByRole('region', { name: 'Timeline' });
    const bands = timeline.locator('.vis-item.vis-background.tl-period');
    await expect(bands).toHaveCount(2);
    // Labels are text: the era's HTML was turned into words on import and is drawn as such.
    await expect(bands.locator('.tl-period-label')).toHaveText(['The rush', 'Afterwards']);
    await expect(bands.locator('b, [onmouseover]')).toHaveCount(0);
    // Behind the events, across the lanes, spanning their years.
    const rush = await bands.first().boundingBox();
    const mill = await timeline
      .getByRole('button', { name: /^Gold at Sutter’s Mill/ })
      .boundingBox();
    const peak = await timeline.getByRole('button', { name: /^Peak output/ }).boundingBox();
    expect(rush && mill && peak).toBeTruthy();
    if (rush && mill && peak) {
      expect(rush.x).toBeLessThanOrEqual(mill.x);
      expect(rush.x + rush.width).toBeGreaterThan(peak.x);
      expect(rush.height).toBeGreaterThan(mill.height * 3);
    }
    const legend = timeline.getByRole('list', { name: 'Periods' });
    await expect(legend.getByRole('listitem')).toHaveText([
      'The rush (1848 – 1855)',
      'Afterwards (1856 – 1861)',
    ]);

    // Not events: not counted, not in the list, not focusable, never selected.
    await expect(timeline.getByText(/· 4 events$/)).toBeVisible();
    await expect(eventList(page).getByRole('listitem')).toHaveCount(4);
    await expect(timeline.locator('.tl-period [tabindex], .tl-period [role="button"]')).toHaveCount(
      0,
    );
    await bands.first().click({ position: { x: 40, y: 200 }, force: true });
    await expect(page).not.toHaveURL(/event=/);

    // Grouped by kind, the bands run behind every lane.
    await timeline.getByRole('radio', { name: 'Kind' }).check();
    await expect(bands).toHaveCount(2);
    const lanes = await timeline.locator('.vis-foreground .vis-group').count();
    expect(lanes).toBe(3);
    const grouped = await bands.first().boundingBox();
    expect(grouped?.height).toBeGreaterThan(100);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    await page.screenshot({ path: test.info().outputPath('periods.png') });
  });

  test('periods show in print too', async ({ page }) => {
    await page.goto('/');
    await openFile(page, 'gold-rush.json', JSON.stringify(GOLD_RUSH));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The Gold Rush');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.print-periods li')).toHaveText([
      'The rush: 1848 – 1855',
      'Afterwards: 1856 – 1861',
    ]);
  });
});
