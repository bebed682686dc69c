// Issue 20, parts 4–6: the page laid out right to left mirrors (checked by geometry), the timeline
// runs right to left and the arrow keys follow it, axe stays clean and the keyboard works; an
// article in Dari reads right to left inside the English page; a second calendar in the details.
// Until the interface's locale sets <html dir> itself, `?dir=rtl` does (src/app/temporaryDirectionSwitch.ts).
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, openFile, test } from './fixtures';

const BOMBING = 'Suicide bombing kills 46 at a Shia mosque';
const BOMBING_ID = 'shia-mosque-suicide-bombing';

const pane = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const item = (page: Page, name: string) =>
  pane(page).getByRole('button', { name: new RegExp(`^${name},`) });
const sidebar = (page: Page) => page.getByRole('complementary', { name: 'Filters and events' });
const details = (page: Page) => page.getByRole('region', { name: 'Event details' });
const article = (page: Page) => page.getByRole('region', { name: 'Article' });

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not laid out');
  return found;
}

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}

const params = (page: Page) => new URL(page.url()).searchParams;

async function open(page: Page, search: string, shown = BOMBING) {
  await page.goto(`/${search}`);
  await expect(item(page, shown).first()).toBeVisible();
}

test.describe('right to left, on a wide screen', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the layout mirrors: the list on the right, the details right of the article', async ({
    page,
  }) => {
    await open(page, `?dir=rtl&event=${BOMBING_ID}`);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    // The switch is read once and leaves the address (the link codec never sees it).
    expect(params(page).has('dir')).toBe(false);
    const width = 1280;
    const side = await box(sidebar(page));
    const time = await box(pane(page));
    const detail = await box(details(page));
    const reader = await box(article(page));
    // The side panel runs down the right, the timeline beside it on its left.
    expect(side.x + side.width).toBeGreaterThan(width - 40);
    expect(side.x).toBeGreaterThan(width / 2);
    expect(time.x + time.width).toBeLessThan(side.x + 1);
    expect(time.x).toBeLessThan(40);
    // Below the timeline: the details (first in reading order) on the right, the article left.
    expect(detail.x).toBeGreaterThan(reader.x + reader.width - 1);
    // Inside the details, the heading starts at the right: its box hugs the panel's right edge.
    const heading = details(page).getByRole('heading', { level: 2 });
    await expect(heading).toHaveText(BOMBING);
    // The header's title on the right, its buttons on the left.
    const title = await box(page.getByRole('heading', { level: 1 }));
    const openButton = await box(page.getByRole('button', { name: 'Open dataset…' }));
    expect(title.x).toBeGreaterThan(openButton.x);
    // The timeline runs right to left: vis-timeline's rtl, lane names (none here) on the right,
    // and August (earlier) drawn to the right of October.
    await expect(pane(page).locator('.vis-timeline')).toHaveClass(/vis-rtl/);
    // No sideways scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      width,
    );
    // An English article keeps its own direction inside the mirrored page.
    const body = article(page).locator('.article-body');
    await expect(body).toHaveAttribute('dir', 'auto');
    expect(await body.evaluate((node) => getComputedStyle(node).direction)).toBe('ltr');
    await page.screenshot({ path: test.info().outputPath('rtl-1280.png') });
  });

  test('time runs right to left on the axis', async ({ page }) => {
    await open(page, '?dir=rtl&from=2021-08-01&to=2021-11-30');
    const labels = pane(page).locator('.vis-time-axis .vis-text.vis-minor:not(.vis-measure)');
    const august = await box(labels.filter({ hasText: /^Aug$/ }).first());
    const october = await box(labels.filter({ hasText: /^Oct$/ }).first());
    expect(august.x).toBeGreaterThan(october.x);
    // The earlier of two events is drawn further right.
    const withdrawal = await box(item(page, 'US military leaves Afghanistan'));
    const bombing = await box(item(page, BOMBING));
    expect(withdrawal.x + withdrawal.width).toBeGreaterThan(bombing.x + bombing.width);
  });

  test('← moves towards later time and → towards earlier, the way the timeline is drawn', async ({
    page,
  }) => {
    await open(page, '?dir=rtl&from=2021-10-07&to=2021-10-11');
    await item(page, BOMBING).focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => params(page).get('from')).toBe('2021-10-08');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => params(page).get('from')).not.toBe('2021-10-08');
    expect((params(page).get('from') ?? '') < '2021-10-07').toBe(true);
    // The Keys help says which way is which.
    await pane(page).getByText('Keys').click();
    await expect(pane(page).locator('.timeline-help')).toContainText('← later, → earlier');
  });

  test('the same keys in a left-to-right page: ← earlier', async ({ page }) => {
    await open(page, '?from=2021-10-07&to=2021-10-11');
    await expect(pane(page).locator('.vis-timeline')).not.toHaveClass(/vis-rtl/);
    await item(page, BOMBING).focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => params(page).get('from')).not.toBe('2021-10-07');
    expect((params(page).get('from') ?? '') < '2021-10-07').toBe(true);
    await pane(page).getByText('Keys').click();
    await expect(pane(page).locator('.timeline-help')).toContainText('← earlier, → later');
  });

  test('a change of direction remakes the timeline in place, keeping the window and selection', async ({
    page,
  }) => {
    await open(page, `?from=2021-10-07&to=2021-10-11&event=${BOMBING_ID}`);
    await page.evaluate(() => {
      document.documentElement.dir = 'rtl';
    });
    await expect(pane(page).locator('.vis-timeline')).toHaveClass(/vis-rtl/);
    await expect(pane(page).locator('.vis-timeline')).toHaveCount(1);
    await expect(pane(page).locator('.vis-item.vis-selected.vis-box')).toContainText(BOMBING);
    expect(params(page).get('from')).toBe('2021-10-07');
    await page.evaluate(() => {
      document.documentElement.dir = 'ltr';
    });
    await expect(pane(page).locator('.vis-timeline')).not.toHaveClass(/vis-rtl/);
    await expect(item(page, BOMBING)).toBeVisible();
  });

  test('keyboard only: an event chosen on the timeline, its details, and back', async ({
    page,
  }) => {
    await open(page, '?dir=rtl&from=2021-10-07&to=2021-10-11');
    await item(page, BOMBING).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`[?&]event=${BOMBING_ID}(&|$)`));
    const heading = details(page).getByRole('heading', { level: 2 });
    await expect(heading).toBeFocused();
    // Tab goes on through the details in reading order (their controls, right to left).
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    await expect(focused).toBeVisible();
    expect(await focused.evaluate((node) => node.closest('.detail-panel') !== null)).toBe(true);
    // Back to the row of buttons above (Escape in a select is the select's own).
    await page.keyboard.press('Shift+Tab');
    await expect(details(page).getByRole('button', { name: 'Close event details' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page).not.toHaveURL(/[?&]event=/);
    await expect(page.locator('.timeline-canvas .tl-label:focus')).toHaveCount(1);
  });

  test('lanes: their names on the right, as wide as they need, reachable by keyboard', async ({
    page,
  }) => {
    await open(page, '?dir=rtl&group=actor', 'Taliban in full control of Afghanistan');
    const names = pane(page).getByRole('group', { name: /^Lane names/ });
    await expect(names).toBeVisible();
    const namesBox = await box(names);
    const drawing = await box(pane(page).locator('.vis-panel.vis-center'));
    expect(namesBox.x).toBeGreaterThanOrEqual(drawing.x + drawing.width - 1);
    // Not squeezed to a letter a line: "United States" on one line.
    const lane = await box(names.getByText('United States', { exact: true }));
    expect(lane.height).toBeLessThan(30);
    await expectNoViolations(page);
  });

  test('the printout is mirrored, its English quotes in their own direction', async ({ page }) => {
    await open(page, '?dir=rtl');
    await page.emulateMedia({ media: 'print' });
    const printed = page.locator('.print-view');
    await expect(printed.locator('.print-event')).toHaveCount(18);
    expect(await printed.evaluate((node) => getComputedStyle(node).direction)).toBe('rtl');
    const quote = printed.locator('blockquote').first();
    await expect(quote).toHaveAttribute('dir', 'auto');
    expect(await quote.evaluate((node) => getComputedStyle(node).direction)).toBe('ltr');
    // The list's indent (where its numbers stand) is on the right.
    const list = await box(printed.locator('.print-events'));
    const first = await box(printed.locator('.print-event').first());
    expect(list.x + list.width - (first.x + first.width)).toBeGreaterThan(first.x - list.x);
  });

  test('axe finds no violations, mirrored, with an event selected', async ({ page }) => {
    await open(page, `?dir=rtl&event=${BOMBING_ID}`);
    await expect(article(page).locator('mark').first()).toBeVisible();
    await expectNoViolations(page);
  });
});

test.describe('right to left, on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('the stacked layout fits the screen, mirrored, and axe is clean', async ({ page }) => {
    await open(page, '?dir=rtl&event=doha-talks', 'US and Taliban hold face-to-face talks in Doha');
    await expect(details(page).getByRole('heading', { level: 2 })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    const time = await box(pane(page));
    const detail = await box(details(page));
    expect(detail.y).toBeGreaterThan(time.y);
    expect(time.x).toBeGreaterThanOrEqual(0);
    expect(time.x + time.width).toBeLessThanOrEqual(360);
    // The details' close button (last in the row) sits at the left.
    const close = await box(details(page).getByRole('button', { name: 'Close event details' }));
    const previous = await box(details(page).getByRole('button', { name: 'Previous event' }));
    expect(close.x).toBeLessThan(previous.x);
    await page.screenshot({ path: test.info().outputPath('rtl-phone.png'), fullPage: true });
    await expectNoViolations(page);
  });
});

test.describe('the data’s own language', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('an article in Dari reads right to left inside the English page', async ({ page }) => {
    await page.goto('/');
    await openFile(page, 'dari.json', readFileSync('e2e/fixtures/dari-source.json', 'utf8'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'US–Taliban talks in Doha, told in Dari',
    );
    await expect(page.locator('html')).not.toHaveAttribute('dir', 'rtl');
    const body = article(page).locator('.article-body');
    await expect(body).toHaveAttribute('lang', 'fa-AF');
    await expect(body).toHaveAttribute('dir', 'rtl');
    await expect(article(page).getByRole('heading', { level: 3 })).toHaveAttribute('dir', 'rtl');
    // Its text is set from the right: each paragraph's first line ends at the right edge.
    const aligned = await body
      .locator('p')
      .first()
      .evaluate((paragraph) => {
        const range = document.createRange();
        range.selectNodeContents(paragraph);
        const lines = range.getClientRects();
        const first = lines[0];
        const own = paragraph.getBoundingClientRect();
        const padding = Number.parseFloat(getComputedStyle(paragraph).paddingRight) || 0;
        return first ? own.right - padding - first.right : Number.NaN;
      });
    expect(Math.abs(aligned)).toBeLessThan(3);
    // The event's quote, in the details, carries the source's language; its English title the
    // dataset's.
    await page
      .getByRole('list', { name: /^Events/ })
      .getByRole('button', { name: /Suicide bombing at a Shia mosque/ })
      .click();
    const quote = details(page).locator('blockquote');
    await expect(quote).toHaveAttribute('lang', 'fa-AF');
    await expect(quote).toHaveAttribute('dir', 'rtl');
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveAttribute('lang', 'en');
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveAttribute('dir', 'ltr');
    await expectNoViolations(page);
  });
});

test.describe('a second calendar', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('chosen in the details, shown beside the Gregorian date and kept', async ({ page }) => {
    await open(page, `?event=${BOMBING_ID}`);
    const date = details(page).locator('.detail-facts dd').first();
    await expect(date).toHaveText(/^Friday 8 October 2021/);
    await expect(details(page).locator('.second-calendar')).toHaveCount(0);
    await details(page).getByLabel('Second calendar').selectOption('persian');
    await expect(details(page).locator('.second-calendar')).toHaveText('16 Mehr 1400 AP');
    await expect(date).toContainText('Friday 8 October 2021 · 16 Mehr 1400 AP');
    // Kept across a reload; and a month stays a month: the withdrawal (August 2021,
    // approximately) touches two Solar Hijri months.
    await page.goto(`/?event=us-troop-withdrawal`);
    await expect(details(page).locator('.second-calendar')).toHaveText(
      /^Mordad\s–\sShahrivar 1400 AP ~$/,
    );
    await expect(details(page).getByLabel('Second calendar')).toHaveValue('persian');
    await details(page).getByLabel('Second calendar').selectOption('none');
    await expect(details(page).locator('.second-calendar')).toHaveCount(0);
  });

  test('in Persian it is the Solar Hijri calendar by default, first, in Persian digits', async ({
    page,
  }) => {
    await open(page, `?event=${BOMBING_ID}`);
    // What the interface's locale will set; the details follow <html lang>.
    await page.evaluate(() => {
      document.documentElement.lang = 'fa';
      document.documentElement.dir = 'rtl';
    });
    const date = details(page).locator('.detail-facts dd').first();
    await expect(details(page).locator('.second-calendar')).toHaveText('۱۶ مهر ۱۴۰۰');
    await expect(date).toContainText('۱۶ مهر ۱۴۰۰ · Friday 8 October 2021');
    await details(page).getByLabel('Second calendar').selectOption('none');
    await expect(details(page).locator('.second-calendar')).toHaveCount(0);
  });
});
