// The ways out of Sourceline and into other pages: export (every format, whole or filtered),
// the embedded view in a framed page, print, and periods drawn on the timeline.
import type { Page } from '@playwright/test';
import { expect, openFile, test } from './fixtures';

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
    await expect(bands.locator('.tl-period-label')).toHaveText(['The rush', 'Afterwards']);
    await page.screenshot({ path: test.info().outputPath('periods.png') });
  });
});
