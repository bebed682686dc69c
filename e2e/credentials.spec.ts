// An address with a user name or password is refused with its own message, never fetched (the
// browser's fetch refuses it, which used to read as "unreachable, or CORS"), and never shown.
import { expect, test } from './fixtures';

const SEED_TITLE = 'US–Taliban talks in Doha, October 2021';
const REFUSED = 'Addresses with a user name or password are not supported';

test('an address with a user name or password is refused, in a link and in the panel', async ({
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const address = 'http://user:secret@127.0.0.1:9/data.json';
  await page.goto(`/?dataset=${encodeURIComponent(address)}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
  await expect(page.getByText(REFUSED)).toBeVisible();
  await expect(page.getByText(/unreachable|CORS/)).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText('secret');

  await page.getByRole('button', { name: 'Open dataset…' }).click();
  await page.getByLabel('Dataset address').fill(address);
  await page.getByRole('button', { name: 'Open address' }).click();
  await expect(
    page.getByRole('region', { name: 'Open a dataset' }).getByText(REFUSED, { exact: true }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
  // Nothing but the page itself was asked for (the page's own URL carries the address).
  expect(requests.filter((url) => new URL(url).port === '9')).toEqual([]);
});
