// Issue 20, parts 4–6: in Persian (and Arabic) the page laid out right to left mirrors (checked by
// geometry), the timeline runs right to left and the arrow keys follow it, axe stays clean and the
// keyboard works; an article in Dari reads right to left inside the English page; a second
// calendar in the details. The page's direction comes from the interface's language (`?lang=`).
// Controls are found by their names in that language, read from its catalogue (never typed here);
// the events' titles are data, and stay English.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, openFile, test } from './fixtures';

const BOMBING = 'Suicide bombing kills 46 at a Shia mosque';
const BOMBING_ID = 'shia-mosque-suicide-bombing';

type Words = (key: string) => string;

/** A language's messages by key, from the catalogue the app is built with. */
function catalogue(locale: string): Words {
  const messages: Record<string, string> = JSON.parse(
    readFileSync(`src/i18n/catalogues/${locale}.json`, 'utf8'),
  );
  return (key) => {
    const message = messages[key];
    if (message === undefined) throw new Error(`no message ${key} in ${locale}`);
    return message;
  };
}

const en = catalogue('en');
const fa = catalogue('fa');
const ar = catalogue('ar');

const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const pane = (page: Page, name: Words = fa) =>
  page.getByRole('region', { name: name('timeline.label'), exact: true });
/** An event on the timeline, by its accessible name: "{title}, {date}" in the language's words. */
const item = (page: Page, title: string, name: Words = fa) => {
  const [before] = name('timeline.itemLabel').split('{date}');
  const prefix = (before ?? '').replace('{title}', title);
  return pane(page, name).getByRole('button', { name: new RegExp(`^${literally(prefix)}`) });
};
const sidebar = (page: Page, name: Words = fa) =>
  page.getByRole('complementary', { name: name('sidebar.label') });
const details = (page: Page, name: Words = fa) =>
  page.getByRole('region', { name: name('details.label') });
const article = (page: Page, name: Words = fa) =>
  page.getByRole('region', { name: name('reader.heading'), exact: true });

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not laid out');
  return found;
}

/** The box of an element's text itself (not of the element), as laid out. */
async function textBox(locator: Locator) {
  return locator.evaluate((node) => {
    const range = document.createRange();
    range.selectNodeContents(node);
    const { x, y, width, height } = range.getBoundingClientRect();
    return { x, y, width, height };
  });
}

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}

const params = (page: Page) => new URL(page.url()).searchParams;
/** The event the address selects: its page (`/events/<id>/`), or `?event=`; null for none. */
const selectedEvent = (page: Page) => {
  const url = new URL(page.url());
  return url.pathname.match(/^\/events\/([^/]+)\//)?.[1] ?? url.searchParams.get('event');
};

/** Opens the app at `search` and waits for the event `shown` on the timeline. */
async function open(page: Page, search: string, shown = BOMBING, name: Words = fa) {
  await page.goto(`/${search}`);
  await expect(item(page, shown, name).first()).toBeVisible();
}

test.describe('right to left, on a wide screen', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the layout mirrors: the list on the right, the details right of the article', async ({
    page,
  }) => {
    await open(page, `?lang=fa&event=${BOMBING_ID}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fa');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
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
    // The event in the details: its title is data, in English.
    const heading = details(page).getByRole('heading', { level: 2 });
    await expect(heading).toHaveText(BOMBING);
    // The header's title (English, written left to right) starts at the right, and its buttons
    // run from the right: Open dataset before Copy link. (In Persian they wrap onto lines below.)
    const titleRow = await box(page.locator('.title-row'));
    const title = await textBox(page.getByRole('heading', { level: 1 }));
    expect(titleRow.x + titleRow.width - (title.x + title.width)).toBeLessThan(4);
    const openButton = await box(page.getByRole('button', { name: fa('app.openDataset') }));
    const copyLink = await box(page.getByRole('button', { name: fa('copyLink.button') }));
    expect(openButton.x + openButton.width).toBeGreaterThan(copyLink.x + copyLink.width);
    // So does the event's title in the details: its text hugs its heading's right edge.
    const headingBox = await box(heading);
    const headingText = await textBox(heading);
    expect(headingBox.x + headingBox.width - (headingText.x + headingText.width)).toBeLessThan(4);
    // The timeline runs right to left: vis-timeline's rtl.
    await expect(pane(page).locator('.vis-timeline')).toHaveClass(/vis-rtl/);
    // No sideways scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      width,
    );
    // An English article keeps its own direction inside the mirrored page.
    const body = article(page).locator('.article-body');
    await expect(body).toHaveAttribute('dir', 'auto');
    expect(await body.evaluate((node) => getComputedStyle(node).direction)).toBe('ltr');
    await page.screenshot({ path: test.info().outputPath('rtl-fa-1280.png') });
  });

  test('time runs right to left on the axis', async ({ page }) => {
    await open(page, '?lang=fa&from=2021-08-01&to=2021-11-30');
    // The months' names as the axis writes them (Intl, Gregorian, in Persian), from the browser.
    const [august, october] = await page.evaluate(() => {
      const month = new Intl.DateTimeFormat('fa-u-ca-gregory', { month: 'short', timeZone: 'UTC' });
      return [month.format(Date.UTC(2021, 7, 15)), month.format(Date.UTC(2021, 9, 15))];
    });
    const labels = pane(page).locator('.vis-time-axis .vis-text.vis-minor:not(.vis-measure)');
    const augustBox = await box(labels.filter({ hasText: new RegExp(`^${august}$`) }).first());
    const octoberBox = await box(labels.filter({ hasText: new RegExp(`^${october}$`) }).first());
    expect(augustBox.x).toBeGreaterThan(octoberBox.x);
    // The earlier of two events is drawn further right.
    const withdrawal = await box(item(page, 'US military leaves Afghanistan'));
    const bombing = await box(item(page, BOMBING));
    expect(withdrawal.x + withdrawal.width).toBeGreaterThan(bombing.x + bombing.width);
  });

  for (const lang of ['ar', 'en']) {
    test(`${lang}: no name on the axis is cut by the plot's edges (a date whole or not at all)`, async ({
      page,
    }) => {
      const words = lang === 'ar' ? ar : en;
      await open(page, `?lang=${lang}`, BOMBING, words);
      const timeline = pane(page, words);
      const edges = await box(timeline.locator('.vis-time-axis.vis-foreground'));
      const shown = await timeline
        .locator('.vis-time-axis.vis-foreground .vis-text:not(.vis-measure)')
        .evaluateAll((labels) =>
          labels
            .filter((label) => getComputedStyle(label).visibility !== 'hidden')
            .map((label) => {
              const { x, width } = label.getBoundingClientRect();
              return { text: label.textContent ?? '', x, width };
            }),
        );
      expect(shown.filter((label) => label.text !== '').length).toBeGreaterThan(3);
      for (const label of shown) {
        expect(label.x, `“${label.text}” starts inside the plot`).toBeGreaterThanOrEqual(
          edges.x - 0.5,
        );
        expect(label.x + label.width, `“${label.text}” ends inside the plot`).toBeLessThanOrEqual(
          edges.x + edges.width + 0.5,
        );
      }
    });
  }

  test('the source menu shows an English title from its start in an Arabic page', async ({
    page,
  }) => {
    await open(page, '?lang=ar', BOMBING, ar);
    const menu = page.getByRole('combobox', { name: ar('reader.source') });
    // The seed does not say its language: the menu takes its direction from the title's words.
    await expect(menu).toHaveAttribute('dir', 'auto');
    expect(await menu.evaluate((node) => getComputedStyle(node).direction)).toBe('ltr');
    await expect(menu.locator('option:checked')).toHaveText(/^Taliban: US will provide/);
  });

  test('← moves towards later time and → towards earlier, the way the timeline is drawn', async ({
    page,
  }) => {
    await open(page, '?lang=fa&from=2021-10-07&to=2021-10-11');
    await item(page, BOMBING).focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => params(page).get('from')).toBe('2021-10-08');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => params(page).get('from')).not.toBe('2021-10-08');
    expect((params(page).get('from') ?? '') < '2021-10-07').toBe(true);
    // The Keys help says which way is which.
    await pane(page).getByText(fa('keys.summary'), { exact: true }).click();
    await expect(pane(page).locator('.timeline-help')).toContainText(fa('keys.arrowsRtl'));
  });

  test('the same keys in a left-to-right page: ← earlier', async ({ page }) => {
    await open(page, '?from=2021-10-07&to=2021-10-11', BOMBING, en);
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(pane(page, en).locator('.vis-timeline')).not.toHaveClass(/vis-rtl/);
    await item(page, BOMBING, en).focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => params(page).get('from')).not.toBe('2021-10-07');
    expect((params(page).get('from') ?? '') < '2021-10-07').toBe(true);
    await pane(page, en).getByText(en('keys.summary'), { exact: true }).click();
    await expect(pane(page, en).locator('.timeline-help')).toContainText(en('keys.arrowsLtr'));
  });

  test('a change of language remakes the timeline in place, keeping the window and selection', async ({
    page,
  }) => {
    await open(page, `?from=2021-10-07&to=2021-10-11&event=${BOMBING_ID}`, BOMBING, en);
    await page.getByRole('combobox', { name: en('language.label') }).selectOption('fa');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(pane(page).locator('.vis-timeline')).toHaveClass(/vis-rtl/);
    await expect(pane(page).locator('.vis-timeline')).toHaveCount(1);
    await expect(pane(page).locator('.vis-item.vis-selected.vis-box')).toContainText(BOMBING);
    expect(params(page).get('from')).toBe('2021-10-07');
    expect(selectedEvent(page)).toBe(BOMBING_ID);
    await page.getByRole('combobox', { name: fa('language.label') }).selectOption('en');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(pane(page, en).locator('.vis-timeline')).not.toHaveClass(/vis-rtl/);
    await expect(item(page, BOMBING, en)).toBeVisible();
    expect(params(page).get('from')).toBe('2021-10-07');
  });

  test('keyboard only: an event chosen on the timeline, its details, and back', async ({
    page,
  }) => {
    await open(page, '?lang=fa&from=2021-10-07&to=2021-10-11');
    await item(page, BOMBING).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => selectedEvent(page)).toBe(BOMBING_ID);
    const heading = details(page).getByRole('heading', { level: 2 });
    await expect(heading).toBeFocused();
    // Tab goes on through the details in reading order (their controls, right to left).
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    await expect(focused).toBeVisible();
    expect(await focused.evaluate((node) => node.closest('.detail-panel') !== null)).toBe(true);
    // Back to the row of buttons above (Escape in a select is the select's own).
    await page.keyboard.press('Shift+Tab');
    await expect(details(page).getByRole('button', { name: fa('details.close') })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect.poll(() => selectedEvent(page)).toBeNull();
    await expect(page.locator('.timeline-canvas .tl-label:focus')).toHaveCount(1);
  });

  test('lanes: their names on the right, as wide as they need, reachable by keyboard', async ({
    page,
  }) => {
    await open(page, '?lang=fa&group=actor', 'Taliban in full control of Afghanistan');
    const names = pane(page).getByRole('group', { name: fa('timeline.laneNames') });
    await expect(names).toBeVisible();
    await expect(names).toHaveAttribute('tabindex', '0');
    const namesBox = await box(names);
    const drawing = await box(pane(page).locator('.vis-panel.vis-center'));
    expect(namesBox.x).toBeGreaterThanOrEqual(drawing.x + drawing.width - 1);
    // Not squeezed to a letter a line: "United States" (a name from the data) on one line.
    const lane = await box(names.getByText('United States', { exact: true }));
    expect(lane.height).toBeLessThan(30);
    await expectNoViolations(page);
  });

  test('the printout is mirrored, its English quotes in their own direction', async ({ page }) => {
    await open(page, '?lang=fa');
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
    await open(page, `?lang=fa&event=${BOMBING_ID}`);
    await expect(article(page).locator('mark').first()).toBeVisible();
    await expectNoViolations(page);
  });
});

test.describe('right to left, on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  for (const [lang, name] of [
    ['fa', fa],
    ['ar', ar],
  ] as const) {
    test(`in ${lang}, the stacked layout fits the screen, mirrored, and axe is clean`, async ({
      page,
    }) => {
      // A phone shows the chosen event first; the timeline below is built when the reader goes
      // there (its button in the details).
      await page.goto(`/?lang=${lang}&event=doha-talks`);
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      await expect(details(page, name).getByRole('heading', { level: 2 })).toBeInViewport();
      // Drawn anew (not the English page taken over): the timeline still waits for the reader.
      await page.waitForTimeout(500);
      await expect(page.locator('.timeline-pane')).toHaveCount(0);
      expect(await page.evaluate(() => scrollY)).toBe(0);
      await details(page, name)
        .getByRole('button', { name: name('details.backToTimeline') })
        .click();
      await expect(
        item(page, 'US and Taliban hold face-to-face talks in Doha', name).first(),
      ).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        360,
      );
      const time = await box(pane(page, name));
      const detail = await box(details(page, name));
      expect(time.y).toBeGreaterThan(detail.y);
      expect(time.x).toBeGreaterThanOrEqual(0);
      expect(time.x + time.width).toBeLessThanOrEqual(360);
      // The details' close button (last in the row) sits at the left.
      const close = await box(
        details(page, name).getByRole('button', { name: name('details.close') }),
      );
      const previous = await box(
        details(page, name).getByRole('button', { name: name('details.previousEvent') }),
      );
      expect(close.x).toBeLessThan(previous.x);
      await page.screenshot({
        path: test.info().outputPath(`rtl-${lang}-phone.png`),
        fullPage: true,
      });
      await expectNoViolations(page);
    });
  }
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
    const body = article(page, en).locator('.article-body');
    await expect(body).toHaveAttribute('lang', 'fa-AF');
    await expect(body).toHaveAttribute('dir', 'rtl');
    await expect(article(page, en).getByRole('heading', { level: 3 })).toHaveAttribute(
      'dir',
      'rtl',
    );
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
      .getByRole('list', { name: new RegExp(`^${en('list.heading')}`) })
      .getByRole('button', { name: /Suicide bombing at a Shia mosque/ })
      .click();
    const quote = details(page, en).locator('blockquote');
    await expect(quote).toHaveAttribute('lang', 'fa-AF');
    await expect(quote).toHaveAttribute('dir', 'rtl');
    await expect(details(page, en).getByRole('heading', { level: 2 })).toHaveAttribute(
      'lang',
      'en',
    );
    await expect(details(page, en).getByRole('heading', { level: 2 })).toHaveAttribute(
      'dir',
      'ltr',
    );
    await expectNoViolations(page);
  });
});

test.describe('a second calendar', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('chosen in the details, shown beside the Gregorian date and kept', async ({ page }) => {
    await open(page, `?event=${BOMBING_ID}`, BOMBING, en);
    const date = details(page, en).locator('.detail-facts dd').first();
    await expect(date).toHaveText(/^Friday 8 October 2021/);
    await expect(details(page, en).locator('.second-calendar')).toHaveCount(0);
    await details(page, en).getByLabel(en('details.secondCalendar')).selectOption('persian');
    await expect(details(page, en).locator('.second-calendar')).toHaveText('16 Mehr 1400 AP');
    await expect(date).toContainText('Friday 8 October 2021 · 16 Mehr 1400 AP');
    // Kept across a reload; and a month stays a month: the withdrawal (August 2021,
    // approximately) touches two Solar Hijri months.
    await page.goto(`/?event=us-troop-withdrawal`);
    await expect(details(page, en).locator('.second-calendar')).toHaveText(
      /^Mordad\s–\sShahrivar 1400 AP ~$/,
    );
    await expect(details(page, en).getByLabel(en('details.secondCalendar'))).toHaveValue('persian');
    await details(page, en).getByLabel(en('details.secondCalendar')).selectOption('none');
    await expect(details(page, en).locator('.second-calendar')).toHaveCount(0);
  });

  test('in Persian it is the Solar Hijri calendar by default, first, in Persian digits', async ({
    page,
  }) => {
    await open(page, `?lang=fa&event=${BOMBING_ID}`);
    const date = details(page).locator('.detail-facts dd').first();
    const setting = details(page).getByLabel(fa('details.secondCalendar'));
    await expect(setting).toHaveValue('auto');
    await expect(details(page).locator('.second-calendar')).toHaveText('۱۶ مهر ۱۴۰۰');
    await expect(details(page).locator('.second-calendar')).toHaveAttribute(
      'title',
      fa('details.calendarPersian'),
    );
    await expect(date).toContainText('۱۶ مهر ۱۴۰۰، جمعه ۸ اکتبر ۲۰۲۱');
    // The setting's choices in the language too.
    await expect(setting.locator('option[value="none"]')).toHaveText(
      fa('details.secondCalendarNone'),
    );
    await setting.selectOption('none');
    await expect(details(page).locator('.second-calendar')).toHaveCount(0);
  });
});
