// A file nested millions of levels deep (10 MB of brackets) is refused with one clear problem in
// about the time JSON.parse takes to read it: nothing in the app recurses over it (issue 12: under
// "format" it took 88 s before its error, which describing the value by JSON.stringify cost).
import { expect, openFile, test } from './fixtures';

const SEED_TITLE = 'US–Taliban talks in Doha, October 2021';
const LEVELS = 5_000_000;

test('10 MB nested deep under "format" or another field is refused in seconds', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
  for (const field of ['format', 'description']) {
    const head = field === 'format' ? '{"format":' : '{"format":"sourceline/1","description":';
    await openFile(
      page,
      `deep-${field}.json`,
      `${head}${'['.repeat(LEVELS)}${']'.repeat(LEVELS)}}`,
    );
    // Measured from the file being chosen (handing 10 MB to the browser takes a while itself).
    const chosen = Date.now();
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading')).toHaveText(`Could not open deep-${field}.json`, {
      timeout: 20_000,
    });
    await expect(alert).toContainText(`${field}: nested deeper than 64 levels`);
    expect(Date.now() - chosen).toBeLessThan(15_000);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
  }
});
