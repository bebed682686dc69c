// Year 0 and dates before it (issue 12, point 7): EDTF years are astronomical (0 = 1 BCE), and the
// details, the list and the timeline's axis all write them "44 BCE"; zooming and panning there work.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, openFile, test } from './fixtures';

const IDES = 'Suicide bombing kills 46 at a Shia mosque';

function ancientDataset(): string {
  const seed = JSON.parse(readFileSync('data/doha-talks-2021.json', 'utf8'));
  const dates: Record<string, string> = {
    'shia-mosque-suicide-bombing': '-0043-03-15',
    'us-troop-withdrawal': '-0043-03',
    'us-military-leaves-afghanistan': '0000',
    'doha-talks': '-0500/-0400',
    'iskp-claims-mosque-bombing': '-0043-03-17',
  };
  seed.events = seed.events
    .filter((event: { id: string }) => event.id in dates)
    .map((event: { id: string; date: { value: string } }) => ({
      ...event,
      date: { ...event.date, value: dates[event.id] },
    }));
  seed.id = 'ancient';
  seed.title = 'Ancient dates';
  return JSON.stringify(seed);
}

const pane = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const axisTexts = (page: Page) => pane(page).locator('.vis-time-axis .vis-text').allTextContents();

test('BCE dates read "44 BCE" in the list, the details and the axis, and zoom and pan stay there', async ({
  page,
}) => {
  await page.goto('/');
  await openFile(page, 'ancient.json', ancientDataset());
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ancient dates');
  const list = page.getByRole('list', { name: /^Events/ });
  await expect(list.getByRole('button', { name: new RegExp(IDES) })).toContainText('15 Mar 44 BCE');
  await expect(list.getByRole('button', { name: /US military leaves/ })).toContainText('1 BCE');
  await expect(list.getByRole('button', { name: /face-to-face/ })).toContainText(
    '501 BCE – 401 BCE',
  );
  await list.getByRole('button', { name: new RegExp(IDES) }).click();
  const details = page.getByRole('region', { name: 'Event details' });
  await expect(details).toContainText('Friday 15 March 44 BCE');
  await expect(page).toHaveURL(/event=shia-mosque-suicide-bombing/);

  const item = pane(page).getByRole('button', { name: new RegExp(`^${IDES}, 15 Mar 44 BCE`) });
  await expect(item).toBeVisible();
  for (const text of await axisTexts(page)) {
    expect(text, 'no astronomical or padded years on the axis').not.toMatch(/-\d|\b0\d{3}\b/);
  }

  // Zoom in around the selection, three times: the event stays in view, the window in BCE years.
  for (let i = 0; i < 3; i++) await pane(page).getByRole('button', { name: 'Zoom in' }).click();
  await expect(item).toBeInViewport();
  await expect(page).toHaveURL(/[?&]from=-\d{4}-\d{2}-\d{2}&to=-\d{4}-\d{2}-\d{2}/);
  expect((await axisTexts(page)).join(' ')).toContain('BCE');
  // Pan with the keyboard: the window moves a little, not to year 0.
  const before = new URL(page.url()).searchParams.get('from');
  await item.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => new URL(page.url()).searchParams.get('from')).not.toBe(before);
  const after = new URL(page.url()).searchParams.get('from') ?? '';
  expect(after).toMatch(/^-0\d{3}-/);
  // A fifth of the window later (a later year, still long before year 0).
  expect(Number(after.slice(0, 5))).toBeGreaterThanOrEqual(Number((before ?? '').slice(0, 5)));
  await expect(item).toBeInViewport();
});

/** A TimelineJS file of deep time: years of five and six digits, BCE and far ahead. */
function deepTimeTimelineJs(): string {
  const slide = (headline: string, year: number, end?: number) => ({
    start_date: { year },
    ...(end === undefined ? {} : { end_date: { year: end } }),
    text: { headline, text: `<p>${headline}.</p>` },
  });
  return JSON.stringify({
    title: { text: { headline: 'Deep time' } },
    events: [
      slide('Last interglacial begins', -130000),
      slide('Last glacial period', -115000, -11700),
      slide('Cave paintings at Chauvet', -34000),
      slide('A far-off year', 250000),
    ],
  });
}

test('deep time: a TimelineJS file of years beyond four digits opens, reads "115,001 BCE", and the axis labels only the ticks that have room', async ({
  page,
}) => {
  await page.goto('/');
  await openFile(page, 'deep-time.json', deepTimeTimelineJs());
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deep time');
  const list = page.getByRole('list', { name: /^Events/ });
  await expect(list.getByRole('button', { name: /Last glacial period/ })).toContainText(
    '115,001 BCE – 11,701 BCE',
  );
  await list.getByRole('button', { name: /Chauvet/ }).click();
  await expect(page.getByRole('region', { name: 'Event details' })).toContainText('34,001 BCE');

  // The whole span (380,000 years) in view: every event is drawn, and the axis labels are apart.
  await page.keyboard.press('Escape');
  await pane(page).getByRole('button', { name: 'Fit all' }).click();
  for (const title of ['Last interglacial begins', 'A far-off year']) {
    await expect(pane(page).getByRole('button', { name: new RegExp(`^${title}`) })).toBeVisible();
  }
  const labels = await pane(page)
    .locator('.vis-time-axis .vis-text.vis-minor:not(.vis-measure)')
    .evaluateAll((nodes) =>
      nodes
        .filter((node) => (node.textContent ?? '') !== '')
        .map((node) => {
          const box = node.getBoundingClientRect();
          const range = document.createRange();
          range.selectNodeContents(node);
          const text = range.getBoundingClientRect();
          return { text: node.textContent, left: box.left, right: text.right };
        }),
    );
  expect(labels.length).toBeGreaterThanOrEqual(3);
  for (const label of labels) expect(label.text).toMatch(/^\d{1,3}(,\d{3})*( BCE)?$/);
  for (let i = 1; i < labels.length; i++) {
    expect(labels[i]?.left, 'labels never overlap').toBeGreaterThan(labels[i - 1]?.right ?? 0);
  }
  await page.screenshot({ path: test.info().outputPath('deep-time.png') });
  // Zoomed in, the window's link names its years in full.
  await pane(page).getByRole('button', { name: 'Zoom in' }).click();
  await expect(page).toHaveURL(/[?&]from=-\d{5,6}-\d{2}-\d{2}&to=\d{5,6}-\d{2}-\d{2}/);
});
