import { expect, test } from './fixtures';

// The same link must show the same days wherever the reader is.
const ZONES = ['America/Los_Angeles', 'UTC', 'Asia/Kabul', 'Asia/Tokyo', 'Pacific/Kiritimati'];
const LINK = '/?event=shia-mosque-suicide-bombing&from=2021-10-06&to=2021-10-11';

for (const timezoneId of ZONES) {
  test.describe(`in ${timezoneId}`, () => {
    test.use({ timezoneId });

    test('events show on the same days in the list, the details and the timeline', async ({
      page,
    }) => {
      await page.goto(LINK);
      expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(
        timezoneId,
      );
      const list = page.getByRole('list', { name: /^Events/ });
      await expect(list.getByRole('button', { name: /Suicide bombing kills 46/ })).toContainText(
        '8 Oct 2021',
      );
      await expect(
        list.getByRole('button', { name: /US military leaves Afghanistan/ }),
      ).toContainText('30 Aug 2021');
      await expect(list.getByRole('button', { name: /face-to-face talks/ })).toContainText(
        '9–10 Oct 2021',
      );
      const details = page.getByRole('region', { name: 'Event details' });
      await expect(details).toContainText('Friday 8 October 2021');

      // On the timeline, the bombing sits inside the day labelled 8, not on a neighbour.
      const timeline = page.getByRole('region', { name: 'Timeline' });
      const item = timeline.getByRole('button', { name: /^Suicide bombing kills 46/ });
      await expect(item).toBeVisible();
      const labels = timeline.locator('.vis-time-axis .vis-text.vis-minor');
      const positions = await labels.evaluateAll((nodes) =>
        nodes.map((n) => ({ text: n.textContent ?? '', x: n.getBoundingClientRect().left })),
      );
      const dayX = (day: number) =>
        positions.find((p) => new RegExp(`(^|\\D)${day}$`).test(p.text.trim()))?.x;
      const [x8, x9] = [dayX(8), dayX(9)];
      expect(x8, `axis labels: ${positions.map((p) => p.text).join(' | ')}`).toBeDefined();
      expect(x9).toBeDefined();
      const box = await item.boundingBox();
      if (x8 === undefined || x9 === undefined || !box) throw new Error('no layout');
      // A box stands on its day at one edge (its title runs to one side of the day).
      const dayWidth = x9 - x8;
      const edges = [box.x, box.x + box.width];
      expect(
        edges.some((x) => x > x8 + dayWidth * 0.2 && x < x9 - dayWidth * 0.2),
        `box ${box.x}–${box.x + box.width}, day 8 at ${x8}–${x9}`,
      ).toBe(true);
    });
  });
}
