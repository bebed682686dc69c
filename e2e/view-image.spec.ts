// Images of the view: "Export…" → "Image (PNG)" / "Image (SVG)" downloads a picture of the
// timeline as it is on screen (window, filters, lanes, legend, title and source), made in the page
// with no request elsewhere (the fixtures fail a test on any); "Copy image" puts the PNG on the
// clipboard, and says so plainly when the browser refuses.
import { readFileSync, writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { generateDataset } from '../bench/generate';
import { expect, openFile, test } from './fixtures';
import { hostileDataset, PAYLOADS } from './hostile';

const seed = JSON.parse(
  readFileSync(new URL('../data/doha-talks-2021.json', import.meta.url), 'utf8'),
) as { title: string; events: Array<{ id: string; title: string }> };

const exportDialog = (page: Page) => page.getByRole('dialog', { name: 'Export' });
const eventList = (page: Page) => page.getByRole('list', { name: /^Events/ });

async function listedEventIds(page: Page): Promise<string[]> {
  await expect(eventList(page)).toBeVisible();
  return eventList(page)
    .locator('[data-event-id]')
    .evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).dataset.eventId ?? ''));
}

/** Opens Export…, chooses an image format and downloads it. */
async function downloadImage(page: Page, format: 'PNG' | 'SVG') {
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = exportDialog(page);
  await dialog.getByRole('radio', { name: new RegExp(`^Image \\(${format}\\)`) }).check();
  await expect(dialog.getByRole('button', { name: 'Copy image' })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download' }).click(),
  ]);
  const path = await download.path();
  await expect(dialog).toBeHidden();
  return { name: download.suggestedFilename(), bytes: readFileSync(path), url: download.url() };
}

interface ParsedSvg {
  error: string | null;
  width: string | null;
  height: string | null;
  texts: string[];
  eventIds: string[];
  tooltips: string[];
  scripts: number;
  handlers: number;
  external: number;
}

/** The SVG parsed as XML in the page (a parse error is reported, not thrown). */
function parseSvg(page: Page, svg: string): Promise<ParsedSvg> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = doc.documentElement;
    const all = [...doc.querySelectorAll('*')];
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      width: root.getAttribute('width'),
      height: root.getAttribute('height'),
      texts: [...doc.querySelectorAll('text')].map((node) => node.textContent ?? ''),
      eventIds: [...doc.querySelectorAll('[data-event]')].map(
        (node) => node.getAttribute('data-event') ?? '',
      ),
      tooltips: [...doc.querySelectorAll('g > title')].map((node) => node.textContent ?? ''),
      scripts: doc.querySelectorAll('script, foreignObject').length,
      handlers: all.filter((node) => [...node.attributes].some((a) => /^on/i.test(a.name))).length,
      external: all.filter((node) =>
        [...node.attributes].some((a) => /href$/i.test(a.name) || /url\(/i.test(a.value)),
      ).length,
    };
  }, svg);
}

/**
 * The SVG drawn in the page with the browser's own fonts: each text whose box runs past the
 * image's edges, or past the label it is written in.
 */
function overflowingTexts(page: Page, svg: string): Promise<string[]> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const root = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
    document.body.append(root);
    const width = Number(root.getAttribute('width'));
    const height = Number(root.getAttribute('height'));
    const bad: string[] = [];
    for (const node of root.querySelectorAll('text')) {
      const box = node.getBBox();
      if (box.x < -0.5 || box.x + box.width > width + 0.5 || box.y + box.height > height + 0.5) {
        bad.push(`edge: ${node.textContent}`);
      }
      const label = node.parentElement?.querySelector('rect');
      if (node.parentElement?.hasAttribute('data-event') && label) {
        const right = Number(label.getAttribute('x')) + Number(label.getAttribute('width'));
        if (box.x + box.width > right + 0.5) bad.push(`label: ${node.textContent}`);
      }
    }
    root.remove();
    return bad;
  }, svg);
}

/** A PNG's size from its header (IHDR), and decoded by the browser. */
async function pngSize(page: Page, bytes: Buffer) {
  expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  const header = { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  const decoded = await page.evaluate(
    async (data) => {
      const bitmap = await createImageBitmap(
        new Blob([new Uint8Array(data)], { type: 'image/png' }),
      );
      return { width: bitmap.width, height: bitmap.height };
    },
    [...bytes],
  );
  expect(decoded).toEqual(header);
  return header;
}

test.describe('images of the view', () => {
  test('an SVG and a PNG of the default view: sized, titled, every event drawn, nothing fetched', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(eventList(page)).toBeVisible();

    const svgFile = await downloadImage(page, 'SVG');
    expect(svgFile.name).toBe('doha-talks-2021-timeline.svg');
    expect(svgFile.url).toMatch(/^blob:/);
    await expect(
      page.getByText(/^Downloaded doha-talks-2021-timeline\.svg: an image/),
    ).toBeVisible();
    const svg = await parseSvg(page, svgFile.bytes.toString('utf8'));
    expect(svg.error).toBeNull();
    expect(svg.width).toBe('1200');
    const height = Number(svg.height);
    expect(height).toBeGreaterThan(300);
    expect(svg.texts).toContain(seed.title);
    expect(svg.texts.some((t) => t.startsWith('Sources: “Taliban: US will provide'))).toBe(true);
    expect(svg.texts.some((t) => / · 18 events in view$/.test(t))).toBe(true);
    // The legend names the kinds.
    for (const kind of ['Statement', 'Attack', 'Diplomacy']) expect(svg.texts).toContain(kind);
    // Each event drawn is one of the seed's, once (some are counted as "+N more" past the rows).
    expect(new Set(svg.eventIds).size).toBe(svg.eventIds.length);
    expect(svg.eventIds.length).toBeGreaterThanOrEqual(12);
    const ids = new Set(seed.events.map((event) => event.id));
    for (const id of svg.eventIds) expect(ids.has(id)).toBe(true);
    expect(svg.texts.some((t) => /^\+\d+ more$/.test(t))).toBe(true);
    expect(svg.scripts + svg.handlers + svg.external).toBe(0);
    expect(await overflowingTexts(page, svgFile.bytes.toString('utf8'))).toEqual([]);

    const pngFile = await downloadImage(page, 'PNG');
    expect(pngFile.name).toBe('doha-talks-2021-timeline.png');
    // The same image, drawn at twice its size.
    expect(await pngSize(page, pngFile.bytes)).toEqual({ width: 2400, height: 2 * height });
    // Kept to be looked at.
    writeFileSync(test.info().outputPath('view.png'), pngFile.bytes);
  });

  test('a filtered, grouped view’s image holds only the filtered events, in their lanes', async ({
    page,
  }) => {
    await page.goto('/?actors=taliban&kinds=statement&group=actor');
    const shown = await listedEventIds(page);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(seed.events.length);
    const file = await downloadImage(page, 'SVG');
    const svg = await parseSvg(page, file.bytes.toString('utf8'));
    expect(svg.error).toBeNull();
    expect(svg.eventIds.length).toBeGreaterThan(0);
    for (const id of svg.eventIds) expect(shown).toContain(id);
    // Every filtered event is drawn (in one lane or more).
    expect([...new Set(svg.eventIds)].sort()).toEqual([...shown].sort());
    // The filters and lanes are said, and the lanes named.
    expect(
      svg.texts.some((t) => /actor: .*Taliban.* · kind: Statement · lanes by actor$/.test(t)),
    ).toBe(true);
    expect(svg.texts).toContain('Taliban');
  });

  test('a busy dataset: counts where events are dense, lanes, nothing past an edge', async ({
    page,
    baseURL,
  }) => {
    const dataset = generateDataset({ events: 1000, seed: 7 });
    const address = '/test-data/thousand.json';
    await page.route(`**${address}`, (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(dataset) }),
    );
    await page.goto(`/?dataset=${encodeURIComponent(`${baseURL}${address}`)}&group=actor`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(dataset.title);
    const file = await downloadImage(page, 'SVG');
    const text = file.bytes.toString('utf8');
    const svg = await parseSvg(page, text);
    expect(svg.error).toBeNull();
    expect(svg.texts.some((t) => /^\d[\d.,K]* events$/.test(t))).toBe(true);
    expect(svg.texts.some((t) => t.endsWith('· 1,000 events in view · lanes by actor'))).toBe(true);
    expect(svg.texts.some((t) => /^Other actors \(\d+\)$/.test(t))).toBe(true);
    expect(await overflowingTexts(page, text)).toEqual([]);
    const png = await downloadImage(page, 'PNG');
    expect(await pngSize(page, png.bytes)).toEqual({ width: 2400, height: 2 * Number(svg.height) });
    writeFileSync(test.info().outputPath('busy.png'), png.bytes);
  });

  test('the window of the view is the window of the image', async ({ page }) => {
    await page.goto('/?from=2021-10-06&to=2021-10-12');
    await expect(eventList(page)).toBeVisible();
    const file = await downloadImage(page, 'SVG');
    const svg = await parseSvg(page, file.bytes.toString('utf8'));
    expect(svg.texts.some((t) => t.startsWith('6 Oct 2021 – 12 Oct 2021 · '))).toBe(true);
    // The days of the window on the axis, and no event outside it.
    expect(svg.texts).toContain('October 2021');
    expect(svg.eventIds).not.toContain('us-military-leaves-afghanistan');
    expect(svg.eventIds).toContain('doha-talks');
  });

  test('"Copy image" puts the PNG on the clipboard', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.goto('/');
    await expect(eventList(page)).toBeVisible();
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = exportDialog(page);
    await dialog.getByRole('radio', { name: /^Image \(PNG\)/ }).check();
    await dialog.getByRole('button', { name: 'Copy image' }).click();
    await expect(
      page.getByText(/^Copied an image of the timeline \(1200 × \d+\) to the clipboard\.$/),
    ).toBeVisible();
    await expect(dialog).toBeHidden();
    const copied = await page.evaluate(async () => {
      const items = await navigator.clipboard.read();
      const item = items.find((candidate) => candidate.types.includes('image/png'));
      if (!item) return null;
      const bitmap = await createImageBitmap(await item.getType('image/png'));
      return {
        types: items.flatMap((candidate) => candidate.types),
        width: bitmap.width,
        height: bitmap.height,
      };
    });
    expect(copied?.types).toContain('image/png');
    expect(copied?.width).toBe(2400);
    expect(copied?.height).toBeGreaterThan(600);
  });

  test('a refused clipboard is said plainly, and the dialog stays for a download', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      navigator.clipboard.write = () =>
        Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    });
    await page.goto('/');
    await expect(eventList(page)).toBeVisible();
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = exportDialog(page);
    await dialog.getByRole('radio', { name: /^Image \(SVG\)/ }).check();
    await dialog.getByRole('button', { name: 'Copy image' }).click();
    await expect(dialog.getByRole('alert')).toHaveText(
      'The browser refused to put the image on the clipboard (permission denied). Download the PNG instead.',
    );
    await expect(dialog.getByRole('button', { name: 'Download' })).toBeEnabled();
  });

  test('hostile titles are text in the image, never markup', async ({ page }) => {
    await page.goto('/');
    await openFile(page, 'hostile.json', JSON.stringify(hostileDataset()));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const file = await downloadImage(page, 'SVG');
    const text = file.bytes.toString('utf8');
    const svg = await parseSvg(page, text);
    expect(svg.error).toBeNull();
    expect(svg.scripts + svg.handlers + svg.external).toBe(0);
    expect(text).not.toContain('<img');
    expect(text).not.toContain('<script');
    // The event's title is drawn as the words it is (cut to its label, whole in its tooltip).
    expect(svg.tooltips.some((t) => t.startsWith(PAYLOADS.img))).toBe(true);
    expect(await overflowingTexts(page, text)).toEqual([]);
    const png = await downloadImage(page, 'PNG');
    const size = await pngSize(page, png.bytes);
    expect(size.width).toBe(2400);
    writeFileSync(test.info().outputPath('hostile.png'), png.bytes);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  });

  for (const [width, height] of [
    [1280, 800],
    [1920, 1080],
    [360, 740],
  ] as const) {
    test(`the image choices in the Export dialog at ${width}×${height}: in view, keyboard, axe`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await page.goto('/');
      await expect(eventList(page)).toBeAttached();
      await page.getByRole('button', { name: 'Export…' }).click();
      const dialog = exportDialog(page);
      const png = dialog.getByRole('radio', { name: /^Image \(PNG\)/ });
      // By keyboard: the format radios are one group, arrowed through.
      await dialog.getByRole('radio', { name: /^Sourceline JSON/ }).focus();
      for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
      await expect(png).toBeChecked();
      await expect(png).toBeFocused();
      // The scope does not apply to an image: the image is the view.
      await expect(dialog.getByRole('radio', { name: /^The whole dataset/ })).toBeDisabled();
      await expect(dialog).toContainText('The image shows the timeline as it is now');
      await expect(dialog.getByText('doha-talks-2021-timeline.png')).toBeVisible();
      const copy = dialog.getByRole('button', { name: 'Copy image' });
      await copy.scrollIntoViewIfNeeded();
      const box = await copy.boundingBox();
      const dialogBox = await dialog.boundingBox();
      expect(box && dialogBox).toBeTruthy();
      if (box && dialogBox) {
        expect(box.x).toBeGreaterThanOrEqual(dialogBox.x);
        expect(box.x + box.width).toBeLessThanOrEqual(dialogBox.x + dialogBox.width);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
      }
      const results = await new AxeBuilder({ page }).include('dialog').analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
      await page.screenshot({ path: test.info().outputPath(`export-${width}.png`) });
    });
  }

  for (const timezoneId of ['Pacific/Kiritimati', 'America/Adak']) {
    test.describe(`in ${timezoneId}`, () => {
      test.use({ timezoneId });
      test('the image’s dates are the calendar’s, not shifted by the zone', async ({ page }) => {
        await page.goto('/?from=2021-10-06&to=2021-10-12&kinds=attack');
        await expect(eventList(page)).toBeVisible();
        const file = await downloadImage(page, 'SVG');
        const svg = await parseSvg(page, file.bytes.toString('utf8'));
        expect(svg.texts.some((t) => t.startsWith('6 Oct 2021 – 12 Oct 2021 · '))).toBe(true);
        expect(svg.texts).toEqual(expect.arrayContaining(['6', '7', '8', '9', '10', '11', '12']));
        // The bombing of 8 October, in its day's tooltip words.
        expect(svg.tooltips.some((t) => t.includes('Friday 8 October 2021'))).toBe(true);
      });
    });
  }
});
