// Many sources, one story (issue 22): what each source claims side by side, whether sources
// corroborate or dispute an event, the filter by that (carried by the link), the line above the
// timeline naming every filter, a quote against its primary source, and claims in the editor.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, openFilters, test } from './fixtures';
import { editACopy, editorBar, eventList } from './support/editor';

const FIXTURE = readFileSync(new URL('./fixtures/two-sources.json', import.meta.url), 'utf8');
const BOMBING = 'Suicide bombing of a Shia mosque in Kunduz';
const details = (page: Page) => page.getByRole('region', { name: 'Event details' });
const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const claims = (page: Page) => details(page).getByRole('list', { name: 'What each source claims' });

/** Serves the two-source fixture at an address of the app's own origin and opens it. */
async function openTwoSources(page: Page, baseURL: string | undefined, query = '') {
  const url = `${baseURL}/fixtures/two-sources.json`;
  await page.route(url, (route) =>
    route.fulfill({ contentType: 'application/json', body: FIXTURE }),
  );
  await page.goto(`/?dataset=${encodeURIComponent(url)}${query}`);
}

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not drawn');
  return found;
}

/** A screenshot of what `locator` shows, brought into view, kept with the test's output. */
async function shoot(page: Page, locator: Locator, name: string) {
  await locator.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath(name) });
}

test.describe('a two-source dataset', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('shows its disputed event, each source’s claim side by side, and filters by it', async ({
    page,
    baseURL,
  }) => {
    await openTwoSources(page, baseURL, '&event=kunduz-mosque-bombing');
    await expect(details(page).getByRole('heading', { name: BOMBING })).toBeVisible();

    // On the timeline: a glyph and words in its name, not a colour alone; the legend says so.
    const item = timeline(page).getByRole('button', { name: `${BOMBING}, 8 Oct 2021, disputed` });
    await expect(item).toContainText('≠');
    await expect(
      timeline(page).getByRole('button', {
        name: /^Residents describe the blast, .*single source$/,
      }),
    ).toContainText('¹');
    await expect(
      timeline(page).getByRole('button', {
        name: 'The United States condemns the attack, 8 Oct 2021',
      }),
    ).toBeVisible();
    const legend = timeline(page).getByRole('list', { name: 'Corroboration' });
    await expect(legend).toContainText('≠ disputed: its sources disagree');
    await expect(legend).toContainText('¹ from a single source');

    // In the details: the status, the figures as a range with the conservative value.
    await expect(details(page)).toContainText('Disputed · 2 sources from 3 outlets');
    const section = details(page).getByRole('region', { name: 'Sources and claims' });
    await expect(section).toContainText(
      'the sources disagree on the date and the number killed and injured',
    );
    await expect(section).toContainText('46 to more than 100 killed and injured · 2 sources');
    await expect(section).toContainText('Conservative figure: 46 killed and injured');

    // Each source's claim, with its quote and its source, side by side.
    const cards = claims(page).getByRole('listitem');
    await expect(cards).toHaveCount(3);
    await expect(cards.nth(0)).toContainText(
      'Bomber strikes Kunduz mosque · Kabul Daily · published Friday 8 October 2021',
    );
    await expect(cards.nth(0)).toContainText('Figures46 killed and injured');
    await expect(cards.nth(0)).toContainText('Said byTaliban spokesman (a Taliban spokesman said)');
    await expect(cards.nth(1)).toContainText(
      'Same text as Bomber strikes Kunduz mosque: counted once.',
    );
    await expect(cards.nth(2)).toContainText('UN officials in Kabul said more than 100 people');
    await expect(cards.nth(2)).toContainText('DateThursday 7 October 2021 (Thursday 7 October)');
    await expect(cards.nth(2)).toContainText('Figuresmore than 100 killed and injured');
    await cards.nth(0).scrollIntoViewIfNeeded();
    const [first, second] = [await box(cards.nth(0)), await box(cards.nth(1))];
    expect(Math.abs(first.y - second.y)).toBeLessThan(1);
    expect(second.x).toBeGreaterThanOrEqual(first.x + first.width);
    const panel = await box(details(page));
    expect(second.x + second.width).toBeLessThanOrEqual(panel.x + panel.width);
    await shoot(page, section, 'claims-1280.png');
    const axe = await new AxeBuilder({ page }).analyze();
    expect(
      axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
    ).toEqual([]);

    // Only the disputed events: the link carries it, the line above the timeline says it.
    await openFilters(page);
    const filters = page.getByRole('region', { name: 'Filters' });
    await expect(filters.getByRole('radio', { name: 'Only disputed' })).toHaveAccessibleDescription(
      '1 event',
    );
    await filters.getByRole('radio', { name: 'Only disputed' }).check();
    await expect(page).toHaveURL(/[?&]status=disputed(&|$)/);
    const status = timeline(page).locator('.timeline-status');
    await expect(status).toHaveText('1 of 4 events · only disputed events');
    await expect(eventList(page).getByRole('button')).toHaveCount(1);
    await filters.getByRole('radio', { name: 'Only single-source' }).check();
    await expect(page).toHaveURL(/[?&]status=single-source(&|$)/);
    await expect(status).toHaveText('2 of 4 events · only single-source events');
    await expect(eventList(page).getByRole('button')).toHaveCount(2);
    await filters.getByRole('radio', { name: 'Only disputed' }).check();
    await expect(status).toHaveText('1 of 4 events · only disputed events');
    // A link with the filter opens with it.
    await page.reload();
    await expect(status).toHaveText('1 of 4 events · only disputed events');
    await openFilters(page);
    await expect(filters.getByRole('radio', { name: 'Only disputed' })).toBeChecked();
    await shoot(page, timeline(page), 'disputed-filter-1280.png');
  });

  test('on a phone the claims stack, without sideways scrolling', async ({ page, baseURL }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await openTwoSources(page, baseURL, '&event=kunduz-mosque-bombing');
    const cards = claims(page).getByRole('listitem');
    await expect(cards).toHaveCount(3);
    await cards.nth(1).scrollIntoViewIfNeeded();
    const [first, second] = [await box(cards.nth(0)), await box(cards.nth(1))];
    expect(second.y).toBeGreaterThanOrEqual(first.y + first.height);
    expect(second.x + second.width).toBeLessThanOrEqual(360);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    await shoot(page, cards.nth(0), 'claims-phone.png');
  });

  test('at 1920×1080 too', async ({ page, baseURL }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await openTwoSources(page, baseURL, '&event=kunduz-mosque-bombing');
    const section = details(page).getByRole('region', { name: 'Sources and claims' });
    await expect(section).toContainText('46 to more than 100 killed and injured · 2 sources');
    await shoot(page, section, 'claims-1920.png');
  });
});

test.describe('the seed', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('shows the Price quote beside the statement it quotes, its changed word marked', async ({
    page,
  }) => {
    await page.goto('/?event=biden-administration-condemns-mosque-bombing');
    const quoted = details(page).locator('.quoted-passage');
    await expect(quoted).toContainText(
      'Quotes United States condemns the attack on worshippers in Kunduz · U.S. Department of State:',
    );
    await expect(quoted.locator('blockquote')).toHaveText('deserve a future free of terror');
    // free ~~from~~ of terror: the quote's word struck out, the statement's marked as inserted,
    // each with words a screen reader says.
    const diff = quoted.locator('.quote-diff');
    await expect(diff.locator('del')).toHaveText('[quoted as: from]');
    await expect(diff.locator('ins')).toHaveText('[original: of]');
    await expect(diff).toContainText('deserve a future free');
    const strike = await diff
      .locator('del')
      .evaluate((node) => getComputedStyle(node).textDecorationLine);
    expect(strike).toContain('line-through');
    await expect(details(page)).toContainText('Corroborated · 2 sources');
    await shoot(page, quoted, 'price-quote-1280.png');
  });

  test('names every filter above the timeline at 1280×800, whole names, on its own line', async ({
    page,
  }) => {
    await page.goto('/?actors=taliban,united-states,us-state-department&match=any&kinds=statement');
    const status = timeline(page).locator('.timeline-status');
    await expect(status).toContainText(
      'actors: Taliban, United States, US State Department (any of)',
    );
    await expect(status).toContainText('kind: Statement');
    // Nothing cut off: the line holds all its words, and each filter's words sit on one line.
    const cut = await status.evaluate((node) => node.scrollWidth > node.clientWidth);
    expect(cut).toBe(false);
    const line = await box(status);
    const words = status.locator('.timeline-filter-words');
    for (let i = 0; i < (await words.count()); i++) {
      const phrase = await box(words.nth(i));
      expect(phrase.x + phrase.width).toBeLessThanOrEqual(line.x + line.width + 1);
      expect(phrase.height).toBeLessThan(30);
    }
    // Above the timeline, across its width.
    const canvas = await box(timeline(page).locator('.timeline-canvas'));
    expect(line.y + line.height).toBeLessThanOrEqual(canvas.y);
    expect(line.width).toBeGreaterThan(canvas.width * 0.6);
    await shoot(page, timeline(page), 'filter-line-1280.png');
  });
});

test('the editor edits a passage’s claim beside it, proposes its figure, and undoes', async ({
  page,
}) => {
  await page.goto('/?event=shia-mosque-suicide-bombing');
  await editACopy(page);
  await eventList(page)
    .getByRole('button', { name: /Suicide bombing/ })
    .click();
  const form = page.getByRole('region', { name: 'Edit event' });
  const claim = form.locator('.claim-editor').nth(1);
  await expect(claim.locator('summary')).toHaveText('Claim of this source: 46 killed');
  await claim.locator('summary').click();
  await claim.getByRole('button', { name: 'Remove figure 1' }).click();
  await expect(claim.locator('summary')).toHaveText('Claim of this source: none');
  // The words "killed 46 people" propose the figure again.
  await claim.getByRole('button', { name: 'Add “46 killed”' }).click();
  await expect(claim.locator('summary')).toHaveText('Claim of this source: 46 killed');
  await claim.getByLabel('Hedge (figure 1)').selectOption('at least');
  await expect(claim.locator('summary')).toHaveText('Claim of this source: at least 46 killed');
  await claim.getByLabel('Said by (passage 2)').selectOption('iskp');
  await expect(claim.locator('summary')).toHaveText(
    'Claim of this source: at least 46 killed; Islamic State in Khorasan Province',
  );
  await editorBar(page).getByRole('button', { name: /^Undo/ }).click();
  await expect(claim.locator('summary')).toHaveText('Claim of this source: at least 46 killed');
  await editorBar(page).getByRole('button', { name: /^Undo/ }).click();
  await expect(claim.locator('summary')).toHaveText('Claim of this source: 46 killed');
});

// The same details in Persian: right to left, its words and digits, the articles' own words (what
// a figure counts) kept as written; nothing overflows, though Persian phrases run longer.
test.describe('in Persian', () => {
  const panel = (page: Page) => page.getByRole('region', { name: 'جزئیات رویداد' });

  for (const [width, height] of [
    [1280, 800],
    [360, 740],
  ] as const) {
    test(`the sources and claims at ${width}×${height}, in Persian words and digits`, async ({
      page,
      baseURL,
    }) => {
      await page.setViewportSize({ width, height });
      await openTwoSources(page, baseURL, '&event=kunduz-mosque-bombing&lang=fa');
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
      const section = panel(page).getByRole('region', { name: 'منابع و ادعاها' });
      await expect(section).toContainText('مورد اختلاف، ۲ منبع از ۳ رسانه');
      await expect(section).toContainText(
        'منابع بر سر تاریخ و شمار «killed and injured» اختلاف دارند',
      );
      await expect(section).toContainText('۴۶ تا بیش از ۱۰۰ killed and injured، ۲ منبع');
      await expect(section).toContainText('رقم محتاطانه: ۴۶ killed and injured');
      // The support line above, under its own term.
      await expect(panel(page).locator('.detail-facts')).toContainText('منابع');
      const cards = section.getByRole('list', { name: 'ادعای هر منبع' }).getByRole('listitem');
      await expect(cards).toHaveCount(3);
      await expect(cards.nth(0)).toContainText('منتشرشده در جمعه ۸ اکتبر ۲۰۲۱');
      await expect(cards.nth(0)).toContainText('ارقام۴۶ killed and injured');
      await expect(cards.nth(0)).toContainText('به گفتهٔTaliban spokesman');
      await expect(cards.nth(1)).toContainText(
        'همان متنِ Bomber strikes Kunduz mosque: یک بار شمرده می‌شود.',
      );
      // No Latin digit in the interface's own words about support.
      expect(await section.locator('.support-status').textContent()).not.toMatch(/[0-9]/);
      // Nothing overflows: no sideways scrolling, every card and line within the section.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      );
      await section.scrollIntoViewIfNeeded();
      const area = await box(section);
      for (let i = 0; i < 3; i++) {
        const card = await box(cards.nth(i));
        expect(card.x).toBeGreaterThanOrEqual(area.x - 1);
        expect(card.x + card.width).toBeLessThanOrEqual(area.x + area.width + 1);
      }
      const overflowing = await section.evaluate((root) =>
        [root, ...root.querySelectorAll('*')]
          .filter((node) => !node.closest('.visually-hidden'))
          .filter((node) => node.scrollWidth > node.clientWidth + 1 && node.clientWidth > 0)
          .map((node) => `${node.tagName}.${node.className}`),
      );
      expect(overflowing).toEqual([]);
      await shoot(page, section, `claims-fa-${width}.png`);
      if (width > 900) {
        // The legend's marks in Persian too.
        await expect(
          page.getByRole('region', { name: 'خط زمانی' }).getByRole('list', { name: 'تأیید منابع' }),
        ).toContainText('≠ مورد اختلاف: منابعش با هم هم‌خوان نیستند');
      }
      const axe = await new AxeBuilder({ page }).analyze();
      expect(
        axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
      ).toEqual([]);
    });
  }

  test('the quote beside its original, its changed words said in Persian', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/?event=biden-administration-condemns-mosque-bombing&lang=fa');
    const quoted = panel(page).locator('.quoted-passage');
    await expect(quoted).toContainText('نقل از United States condemns the attack on worshippers');
    await expect(quoted).toContainText('تفاوت‌ها با متن اصلی:');
    // Screen readers hear what each changed word is; the eye sees it struck and underlined.
    await expect(quoted.locator('del')).toHaveText('[چنین نقل شده: from]');
    await expect(quoted.locator('ins')).toHaveText('[در متن اصلی: of]');
    await expect(quoted.locator('del .visually-hidden').first()).toHaveCSS('position', 'absolute');
    await expect(panel(page)).toContainText('تأییدشده، ۲ منبع');
  });
});
