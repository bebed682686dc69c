import { expect, openAbout, test } from './fixtures';

test('the app lists the seed events with their dates', async ({ page }) => {
  await page.goto('/');
  await expect(
    page.getByRole('heading', { level: 1, name: 'US–Taliban talks in Doha, October 2021' }),
  ).toBeVisible();
  const list = page.getByRole('list', { name: /^Events/ });
  await expect(list.getByRole('listitem')).toHaveCount(18);
  const bombing = list.getByRole('button', { name: /Suicide bombing/i });
  await expect(bombing).toContainText('8 Oct 2021');
  await expect(list.getByRole('button', { name: /face-to-face talks in Doha/ })).toContainText(
    '9–10 Oct 2021',
  );
  await openAbout(page);
  await expect(
    page.getByRole('list', { name: 'Sources' }).getByText(/Latin Post, by Joshua Summers/),
  ).toBeVisible();
});
