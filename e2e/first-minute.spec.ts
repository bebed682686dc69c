// The reader's first minute (issue 9): whoever opens a link sees the event and its exact words at
// once, at 1280×800, 1920×1080 and on a 360×740 phone. Asserted with geometry: a passage that is
// highlighted but scrolled out of its box, or a title cut by the window's edge, fails.
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { generateDataset } from '../bench/generate';
import { expect, openFile, openFilters, test } from './fixtures';
import { type Box, box, inside, viewport } from './support/geometry';

const BOMBING = 'Suicide bombing kills 46 at a Shia mosque';
const BOMBING_ID = 'shia-mosque-suicide-bombing';
const TALKS = 'US and Taliban hold face-to-face talks in Doha';
const DATASET_TITLE = 'US–Taliban talks in Doha, October 2021';
const seed = JSON.parse(readFileSync('data/doha-talks-2021.json', 'utf8')) as {
  events: Array<{ id: string; title: string }>;
};

const pane = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const details = (page: Page) => page.getByRole('region', { name: 'Event details' });
const article = (page: Page) => page.getByRole('region', { name: 'Article' });
const eventList = (page: Page) => page.getByRole('list', { name: /^Events/ });
const timelineItem = (page: Page, title: string) =>
  pane(page).getByRole('button', { name: new RegExp(`^${escapeRegExp(title)},`) });
const heading = (page: Page) => details(page).getByRole('heading', { level: 2 });

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The selected event's first passage is inside the reader's scroll box (and on screen). */
async function expectPassageInView(page: Page, eventId: string): Promise<void> {
  const mark = article(page).locator(`mark[data-passage="${eventId}:0"]`);
  await expect(mark).toBeVisible();
  const body = article(page).locator('.article-body');
  await expect
    .poll(async () => inside(await box(mark), await box(body)), {
      message: 'the first passage lies inside the reader’s visible box',
    })
    .toBe(true);
}

/** Nothing in the reader took the keyboard focus. */
async function expectFocusNotInReader(page: Page): Promise<void> {
  const inReader = await page.evaluate(
    () => document.activeElement?.closest('.article-reader') !== null,
  );
  expect(inReader).toBe(false);
}

for (const size of [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
]) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test('a cold event link shows the event on the timeline, its title and date, and its passage, without scrolling', async ({
      page,
    }) => {
      await page.goto(`/?event=${BOMBING_ID}`);
      await expect(heading(page)).toHaveText(BOMBING);
      await expectPassageInView(page, BOMBING_ID);
      const screen = await viewport(page);
      const item = timelineItem(page, BOMBING);
      await expect(item).toBeVisible();
      const plot = await box(pane(page).locator('.vis-panel.vis-center'));
      expect(inside(await box(item), plot), 'the event is inside the timeline’s plot').toBe(true);
      expect(inside(await box(heading(page)), screen)).toBe(true);
      const date = details(page).getByText('Friday 8 October 2021', { exact: true });
      expect(inside(await box(date), screen)).toBe(true);
      const mark = article(page).locator(`mark[data-passage="${BOMBING_ID}:0"]`);
      expect(inside(await box(mark), screen)).toBe(true);
      // Without scrolling the page: it fits the window.
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      expect(
        await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1),
      ).toBe(true);
      await page.screenshot({ path: test.info().outputPath('event-link.png') });
    });

    test('the default view shows every event’s whole title on the timeline, none cut or covered', async ({
      page,
    }) => {
      await page.goto('/');
      const plot = await box(pane(page).locator('.vis-panel.vis-center'));
      const boxes: Array<{ title: string; at: Box }> = [];
      for (const { title } of seed.events) {
        const label = timelineItem(page, title);
        await expect(label).toBeVisible();
        await expect(label).toHaveText(new RegExp(`^${escapeRegExp(title)}`));
        const at = await box(label);
        expect(inside(at, plot), `“${title}” inside the plot`).toBe(true);
        // Not cut: the text is not wider than what is drawn of it.
        const clipped = await label.evaluate((node) => node.scrollWidth > node.clientWidth + 1);
        expect(clipped, `“${title}” is not clipped`).toBe(false);
        boxes.push({ title, at });
      }
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i] as (typeof boxes)[0], boxes[j] as (typeof boxes)[0]];
          const overlap =
            a.at.x < b.at.x + b.at.width - 1 &&
            b.at.x < a.at.x + a.at.width - 1 &&
            a.at.y < b.at.y + b.at.height - 1 &&
            b.at.y < a.at.y + a.at.height - 1;
          expect(overlap, `“${a.title}” and “${b.title}” do not overlap`).toBe(false);
        }
      }
      await page.screenshot({ path: test.info().outputPath('default-view.png') });
    });
  });
}

test.describe('the selected passage comes into the reader by every route', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('timeline click, Enter, the list, Previous/Next, and back/forward', async ({ page }) => {
    await page.goto('/');
    // A click on the timeline.
    await timelineItem(page, BOMBING).click();
    await expect(heading(page)).toHaveText(BOMBING);
    await expectPassageInView(page, BOMBING_ID);
    await expectFocusNotInReader(page);

    // Enter on a timeline item: the details heading takes the focus, the reader scrolls.
    const aid = seed.events.find((event) => event.title.startsWith('Taliban confirm US'));
    if (!aid) throw new Error('no aid event');
    await timelineItem(page, aid.title).focus();
    await page.keyboard.press('Enter');
    await expect(heading(page)).toHaveText(aid.title);
    await expect(heading(page)).toBeFocused();
    await expectPassageInView(page, aid.id);

    // A row of the list (the focus stays on the row).
    const row = eventList(page).getByRole('button', { name: /Chaotic withdrawal/ });
    await row.click();
    await expect(heading(page)).toHaveText('Chaotic withdrawal of US troops from Afghanistan');
    await expectPassageInView(page, 'us-troop-withdrawal');
    await expect(row).toBeFocused();

    // Previous / Next.
    await details(page).getByRole('button', { name: 'Next event' }).click();
    const next = (await heading(page).textContent()) ?? '';
    const nextId = seed.events.find((event) => event.title === next)?.id ?? '';
    await expectPassageInView(page, nextId);

    // Back and forward.
    await page.goBack();
    await expect(heading(page)).toHaveText('Chaotic withdrawal of US troops from Afghanistan');
    await expectPassageInView(page, 'us-troop-withdrawal');
    await page.goBack();
    await expect(heading(page)).toHaveText(aid.title);
    await expectPassageInView(page, aid.id);
    await page.goForward();
    await expectPassageInView(page, 'us-troop-withdrawal');
  });
});

test.describe('selection for everyone', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('announced, pressed, in the page title; Escape closes the details and returns the focus', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page).toHaveTitle(`\u2068${DATASET_TITLE}\u2069 — Sourceline`);
    const item = timelineItem(page, BOMBING);
    await expect(item).toHaveAttribute('aria-pressed', 'false');
    await item.focus();
    await page.keyboard.press('Enter');
    await expect(heading(page)).toBeFocused();
    await expect(page.getByText(`Selected: ${BOMBING}, Friday 8 October 2021`)).toBeAttached();
    await expect(page).toHaveTitle(`\u2068${BOMBING}\u2069 — \u2068${DATASET_TITLE}\u2069`);
    await expect(timelineItem(page, BOMBING)).toHaveAttribute('aria-pressed', 'true');
    // Escape: the details close and the focus goes back to the timeline item it came from.
    await page.keyboard.press('Escape');
    await expect(heading(page)).toHaveCount(0);
    await expect(timelineItem(page, BOMBING)).toBeFocused();
    await expect(timelineItem(page, BOMBING)).toHaveAttribute('aria-pressed', 'false');
    await expect(page).toHaveTitle(`\u2068${DATASET_TITLE}\u2069 — Sourceline`);

    // From the list, Escape returns to the list's row.
    const row = eventList(page).getByRole('button', { name: new RegExp(escapeRegExp(TALKS)) });
    await row.click();
    await expect(heading(page)).toHaveText(TALKS);
    await page.keyboard.press('Escape');
    await expect(row).toBeFocused();
  });
});

test.describe('state where the eye is', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the timeline says what is filtered, with Clear; counts say what each choice would show', async ({
    page,
  }) => {
    await page.goto('/?actors=taliban,united-states&match=all');
    const status = pane(page).locator('.timeline-status');
    await expect(status).toContainText(
      /^\d+ of 18 events · actors: Taliban, United States \(all of\)/,
    );
    const screen = await viewport(page);
    expect(inside(await box(status), screen)).toBe(true);
    // Counts under the other filters: with a kind chosen, an actor's count is what choosing it shows.
    await openFilters(page);
    const filters = page.getByRole('region', { name: 'Filters' });
    await filters.getByRole('button', { name: 'Clear filters' }).click();
    await filters.getByRole('checkbox', { name: 'Attack' }).check();
    const iskp = filters.locator('.check', { hasText: 'Islamic State in Khorasan Province' });
    const count = Number(
      /(\d+) event/.exec((await iskp.locator('.count').textContent()) ?? '')?.[1],
    );
    await iskp.getByRole('checkbox').check();
    await expect(eventList(page).getByRole('listitem')).toHaveCount(count);
    await pane(page).getByRole('button', { name: 'Clear filters' }).click();
    await expect(eventList(page).getByRole('listitem')).toHaveCount(18);
    await expect(status).toContainText('All events · 18 events');
  });

  test('notices stay in view and go when Back returns to a view without their cause', async ({
    page,
  }) => {
    await page.goto(`/?event=${BOMBING_ID}`);
    await openFilters(page);
    await page
      .getByRole('region', { name: 'Filters' })
      .getByRole('checkbox', { name: 'Diplomacy' })
      .check();
    const notices = page.getByRole('region', { name: 'Notices' });
    const notice = notices.getByText(
      `“${BOMBING}” is hidden by the filters, so it was deselected.`,
    );
    await expect(notice).toBeVisible();
    expect(inside(await box(notice), await viewport(page))).toBe(true);
    await page.goBack();
    await expect(heading(page)).toHaveText(BOMBING);
    await expect(notice).toHaveCount(0);
  });
});

test.describe('lanes that scale', () => {
  test('grouped by actor, several lanes show, none taller than a third of the plot', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/?group=actor');
    const plot = await box(pane(page).locator('.vis-panel.vis-center'));
    const lanes = pane(page).locator('.vis-foreground .vis-group');
    await expect(lanes.first()).toBeVisible();
    const heights = await lanes.evaluateAll((nodes) =>
      nodes.map((node) => node.getBoundingClientRect().height),
    );
    const visibleLanes = heights.filter((height) => height > 0);
    expect(visibleLanes.length).toBeGreaterThanOrEqual(3);
    for (const height of visibleLanes) expect(height).toBeLessThanOrEqual(plot.height / 2);
    // The busiest dozen get lanes of their own; the rest share one.
    await expect(pane(page).getByText(/^Other actors \(\d+\)$/)).toBeAttached();
    await expect(
      pane(page)
        .getByRole('button', { name: /more events, .*: zoom in/ })
        .first(),
    ).toBeVisible();
  });

  test('on a phone the lane names take at most a third of the width', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/?group=actor');
    const names = await box(pane(page).locator('.vis-panel.vis-left'));
    const whole = await box(pane(page).locator('.vis-timeline'));
    expect(names.width).toBeLessThanOrEqual(whole.width / 3 + 1);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('a cold event link opens on the details first, the timeline built only when the reader goes to it', async ({
    page,
  }) => {
    await page.goto(`/?event=${BOMBING_ID}`);
    await expect(heading(page)).toHaveText(BOMBING);
    const screen = await viewport(page);
    await expect.poll(async () => inside(await box(heading(page)), screen)).toBe(true);
    // The page opened at its top: the header and then the event, no jump past the header.
    expect(await page.evaluate(() => scrollY)).toBe(0);
    // The details come first; the timeline below them is not built while the reader reads.
    const detailsBox = await box(details(page));
    const area = await box(page.locator('.timeline-area'));
    expect(area.y).toBeGreaterThanOrEqual(detailsBox.y + detailsBox.height);
    await page.waitForTimeout(500);
    await expect(page.locator('.timeline-pane')).toHaveCount(0);
    await details(page).getByRole('button', { name: 'Go to the timeline' }).click();
    await expect(pane(page).locator('.vis-panel.vis-center')).toBeInViewport();
    await expect(timelineItem(page, BOMBING)).toBeFocused();
    await page.screenshot({ path: test.info().outputPath('phone-back.png') });
  });

  test('choosing an event on the timeline brings its details into view', async ({ page }) => {
    await page.goto('/');
    await pane(page).getByRole('button', { name: 'Explore the timeline' }).tap();
    await timelineItem(page, 'US military leaves Afghanistan').tap();
    await expect(heading(page)).toHaveText('US military leaves Afghanistan');
    const screen = await viewport(page);
    await expect.poll(async () => inside(await box(heading(page)), screen)).toBe(true);
  });
});

test('rings and lines: focus and selection show on open-ended items; the marker line passes behind titles', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/?event=taliban-full-control-of-afghanistan');
  const open = timelineItem(page, 'Taliban in full control of Afghanistan');
  await expect(open).toHaveAttribute('aria-pressed', 'true');
  // The ring is drawn on the title, which no fading mask covers.
  const ring = await open.evaluate((node) => {
    const item = node.closest('.vis-item') as HTMLElement;
    return {
      shadow: getComputedStyle(node).boxShadow,
      mask: getComputedStyle(item).maskImage,
    };
  });
  expect(ring.shadow).not.toBe('none');
  expect(ring.mask).toBe('none');
  await timelineItem(page, 'ISKP ramps up attacks, targeting the Shia Hazara community').focus();
  const focusRing = await page.evaluate(
    () => getComputedStyle(document.activeElement as Element).boxShadow,
  );
  expect(focusRing).not.toBe('none');

  // A selected day's line runs from the axis down to its box: where it crosses another title,
  // the title is on top.
  await page.goto(`/?event=${BOMBING_ID}`);
  const line = await box(pane(page).locator('.vis-item.vis-line.vis-selected'));
  const x = line.x + line.width / 2;
  const crossed = await page.evaluate(
    ({ x, top, bottom }) => {
      const hits: string[] = [];
      for (let y = top + 2; y < bottom - 2; y += 3) {
        const hit = document.elementFromPoint(x, y);
        if (hit?.classList.contains('vis-line')) continue;
        const label = hit?.closest('.tl-label');
        if (label) hits.push(label.textContent ?? '');
      }
      return hits;
    },
    { x, top: line.y, bottom: line.y + line.height },
  );
  // Titles the line crosses are hit-tested as titles, not as the line.
  for (const title of crossed) expect(title).not.toBe('');
  const onLine = await page.evaluate(
    ({ x, top, bottom }) => {
      for (let y = top + 2; y < bottom - 2; y += 3) {
        const hit = document.elementFromPoint(x, y);
        const under = document
          .elementsFromPoint(x, y)
          .some((node) => node.classList.contains('tl-label'));
        if (hit?.classList.contains('vis-line') && under) return true;
      }
      return false;
    },
    { x, top: line.y, bottom: line.y + line.height },
  );
  expect(onLine, 'the line is never drawn over a title').toBe(false);
});

test.describe('honest links', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('from a local file, Copy link says the link needs the file', async ({ page }) => {
    await page.goto('/');
    await openFile(page, 'mine.json', readFileSync('data/doha-talks-2021.json', 'utf8'));
    await expect(page.getByText(/Loaded from your file mine\.json/)).toBeVisible();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('region', { name: 'Notices' })).toContainText(
      'only for someone who has the file',
    );
  });

  test('from an address, the copied link carries the address', async ({ page, baseURL }) => {
    const address = `${baseURL}/shared/doha.json`;
    await page.route('**/shared/doha.json', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: readFileSync('data/doha-talks-2021.json', 'utf8'),
      }),
    );
    await page.goto(`/?dataset=${encodeURIComponent(address)}&event=${BOMBING_ID}`);
    await expect(heading(page)).toHaveText(BOMBING);
    await page.getByRole('button', { name: 'Copy link' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).searchParams.get('dataset')).toBe(address);
    expect(new URL(copied).searchParams.get('event')).toBe(BOMBING_ID);
  });
});

test('the list follows the timeline: it shows the page holding the window’s start', async ({
  page,
  baseURL,
}) => {
  const dataset = generateDataset({ events: 1000, seed: 3 });
  await page.route('**/test-data/follow.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(dataset) }),
  );
  const from = '2010-03-01';
  await page.goto(
    `/?dataset=${encodeURIComponent(`${baseURL}/test-data/follow.json`)}&from=${from}&to=2010-03-31`,
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(dataset.title);
  const list = eventList(page);
  await expect(page.getByText(/^Events [\d,]+–[\d,]+ of 1,000$/)).toBeVisible();
  // The first row inside the list's box is on or after the window's start (once the list has
  // gone to that page: it is drawn a frame after the timeline).
  const firstShown = () =>
    list.evaluate((ul) => {
      const top = ul.getBoundingClientRect().top;
      const rows = [...ul.querySelectorAll('time')];
      const row = rows.find((time) => time.getBoundingClientRect().bottom > top + 2);
      return row?.getAttribute('datetime') ?? '';
    });
  await expect.poll(async () => (await firstShown()).slice(0, 10) >= from.slice(0, 7)).toBe(true);
});

test('Zoom in keeps the crowded weekend in view (it zooms around the events on screen, or the selection)', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  const plot = pane(page).locator('.vis-panel.vis-center');
  for (let i = 0; i < 3; i++) await pane(page).getByRole('button', { name: 'Zoom in' }).click();
  const talks = timelineItem(page, TALKS);
  await expect(talks).toBeVisible();
  const inPlot = async (label: Locator) => {
    const at = await box(label);
    const area = await box(plot);
    return at.x < area.x + area.width && at.x + at.width > area.x;
  };
  expect(await inPlot(talks), 'the weekend is still on screen after three zooms').toBe(true);
  // With a selection, zooming keeps the selected event where it is on the screen.
  await pane(page).getByRole('button', { name: 'Fit all' }).click();
  const leaves = timelineItem(page, 'US military leaves Afghanistan');
  await leaves.click();
  await expect(leaves).toHaveAttribute('aria-pressed', 'true');
  const anchorX = async () => {
    const at = await box(leaves);
    return at.x;
  };
  const before = await anchorX();
  await pane(page).getByRole('button', { name: 'Zoom in' }).click();
  await expect(leaves).toBeVisible();
  // A box stands on its day at its left edge (or its right, near the window's edge).
  expect(Math.abs((await anchorX()) - before)).toBeLessThan(40);
});

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
]) {
  test(`a cold event link at ${viewport.width}×${viewport.height} shows its row inside the list's box`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto(`/?event=${BOMBING_ID}`);
    await expect(heading(page)).toHaveText(BOMBING);
    const row = eventList(page).getByRole('button', { name: new RegExp(escapeRegExp(BOMBING)) });
    await expect(row).toHaveAttribute('aria-current', 'true');
    // Measured after the list has settled (it scrolls in the frame after it draws the row).
    await expect
      .poll(async () => {
        const rowBox = await box(row);
        const listBox = await box(eventList(page));
        return (
          rowBox.y >= listBox.y - 1 && rowBox.y + rowBox.height <= listBox.y + listBox.height + 1
        );
      })
      .toBe(true);
  });
}
