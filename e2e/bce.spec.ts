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

  // Zoom in around the selection, twice: the event stays in view, the window stays in 44 BCE.
  for (let i = 0; i < 2; i++) await pane(page).getByRole('button', { name: 'Zoom in' }).click();
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
