// The article reader on long texts: only the pieces near its box are drawn, and selecting an event
// by any route still brings its passage into the reader's visible box (only the reader scrolls).
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const ADDRESS = '/test-data/long-article.json';
const WORDS = ['talks', 'envoy', 'border', 'council', 'harbour', 'convoy', 'summit', 'court'];

interface Options {
  /** Paragraphs of the text, or one line of this many sentences when `singleLine`. */
  paragraphs: number;
  /** One event every this many paragraphs. */
  every: number;
  singleLine?: boolean;
  /** Short one-word lines (many lines, little text). */
  shortLines?: boolean;
}

/** A valid dataset of one long source, with an event quoting every `every`-th paragraph. */
function longArticle({ paragraphs, every, singleLine = false, shortLines = false }: Options) {
  const lines: string[] = [];
  for (let n = 0; n < paragraphs; n++) {
    const word = WORDS[n % WORDS.length];
    lines.push(
      shortLines
        ? `Line ${n}.`
        : `Paragraph ${n} tells of the ${word} and what the ${word} meant for the province that week.`,
    );
  }
  const text = lines.join(singleLine ? ' ' : '\n\n');
  const starts: number[] = [];
  let at = 0;
  for (const line of lines) {
    starts.push(at);
    at += line.length + (singleLine ? 1 : 2);
  }
  const events = [];
  for (let n = every; n < paragraphs; n += every) {
    const start = starts[n] as number;
    const exact = shortLines ? `Line ${n}.` : `Paragraph ${n} tells of the`;
    events.push({
      id: `at-${n}`,
      title: `Event at paragraph ${n}`,
      summary: '',
      kind: 'statement',
      date: { value: '2020-01-01', expression: 'that day', note: 'Generated.' },
      actors: [{ id: 'someone', role: 'speaker' }],
      passages: [{ source: 'long', exact, start, end: start + exact.length }],
    });
  }
  return {
    format: 'sourceline/1',
    id: 'long-article',
    title: 'A long article',
    sources: [
      {
        id: 'long',
        title: 'A very long article',
        publisher: 'Test Press',
        author: 'A. Writer',
        published: '2020-01-02',
        text,
      },
    ],
    actors: [{ id: 'someone', name: 'Someone', kind: 'person' }],
    events,
  };
}

async function openLong(
  page: Page,
  baseURL: string | undefined,
  dataset: ReturnType<typeof longArticle>,
  extra = '',
): Promise<void> {
  await page.route(`**${ADDRESS}`, (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(dataset) }),
  );
  await page.goto(`/?dataset=${encodeURIComponent(`${baseURL}${ADDRESS}`)}${extra}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(dataset.title);
}

const article = (page: Page) => page.getByRole('region', { name: 'Article' });
const details = (page: Page) => page.getByRole('region', { name: 'Event details' });
const eventList = (page: Page) => page.getByRole('list', { name: /^Events/ });
/** The reader's scroll box (it has no role of its own: it is the article's text). */
const readerBody = (page: Page) => article(page).locator('.article-body');

/** Whether the element's box lies inside the reader's visible box. */
async function insideReader(page: Page, element: Locator): Promise<boolean> {
  const box = await element.boundingBox();
  const body = await readerBody(page).boundingBox();
  if (!box || !body) return false;
  return box.y >= body.y - 1 && box.y + box.height <= body.y + body.height + 1;
}

async function expectPassageInReader(page: Page, text: string): Promise<void> {
  const mark = article(page).locator('mark').first();
  await expect(mark).toContainText(text);
  await expect.poll(() => insideReader(page, mark)).toBe(true);
  // Only a few pieces are in the page, not twenty thousand paragraphs.
  expect(await article(page).locator('p').count()).toBeLessThan(200);
}

test.describe('a long article (20,000 paragraphs)', () => {
  const dataset = longArticle({ paragraphs: 20_000, every: 40 });

  test('choosing an event deep in the text from the list brings its passage into the reader', async ({
    page,
    baseURL,
  }) => {
    await openLong(page, baseURL, dataset);
    expect(await article(page).locator('p').count()).toBeLessThan(200);
    const row = eventList(page).getByRole('button', { name: /Event at paragraph 6000$/ });
    await row.click();
    await expectPassageInReader(page, 'Paragraph 6000 tells of the');
    // Only the reader scrolled: the page did not, and the focus stayed on the list.
    await expect(row).toBeFocused();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);

    // Further down, past the first page of the list.
    await page.getByRole('button', { name: /^Show 200 more of/ }).click();
    await eventList(page)
      .getByRole('button', { name: /Event at paragraph 15000$/ })
      .click();
    await expectPassageInReader(page, 'Paragraph 15000 tells of the');
  });

  test('a deep link to an event deep in the text opens with its passage in the reader', async ({
    page,
    baseURL,
  }) => {
    await openLong(page, baseURL, dataset, '&event=at-19960');
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(
      'Event at paragraph 19960',
    );
    await expectPassageInReader(page, 'Paragraph 19960 tells of the');
  });

  test('"Show in article" scrolls to the passage and gives it the focus', async ({
    page,
    baseURL,
  }) => {
    await openLong(page, baseURL, dataset, '&event=at-12000');
    await expectPassageInReader(page, 'Paragraph 12000 tells of the');
    // Scroll the reader away, so the passage is no longer drawn.
    await readerBody(page).evaluate((body) => {
      body.scrollTop = 0;
    });
    await expect(article(page).locator('mark')).toHaveCount(0);
    await details(page)
      .getByRole('button', { name: /Show in article/ })
      .click();
    const focused = article(page).locator('mark:focus');
    await expect(focused).toContainText('Paragraph 12000 tells of the');
    await expect.poll(() => insideReader(page, focused)).toBe(true);
  });

  test('a passage link far down works after scrolling there, by mouse and by keyboard', async ({
    page,
    baseURL,
  }) => {
    // Passages close together, so the next one is drawn below the one chosen.
    await openLong(page, baseURL, longArticle({ paragraphs: 20_000, every: 5 }));
    await readerBody(page).evaluate((body) => {
      body.scrollTop = body.scrollHeight * 0.9;
    });
    const link = article(page).getByRole('link', { name: /^Paragraph \d+ tells of the$/ });
    const visible = link.filter({ visible: true });
    // The pieces far down are drawn once the scroll has been seen: wait for them.
    const firstShown = async () =>
      Number(/Paragraph (\d+)/.exec((await visible.first().textContent()) ?? '')?.[1] ?? 0);
    await expect.poll(firstShown).toBeGreaterThan(15_000);
    const n = String(await firstShown());
    await visible.first().click();
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(
      `Event at paragraph ${n}`,
    );
    await expect(article(page).locator('mark:focus')).toContainText(`Paragraph ${n} tells of`);

    // Tab goes on to the next passage link drawn below, and Enter selects its event.
    await page.keyboard.press('Tab');
    const next = page.locator(':focus');
    await expect(next).toHaveText(new RegExp(`^Paragraph ${Number(n) + 5} tells of the$`));
    await page.keyboard.press('Enter');
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(
      `Event at paragraph ${Number(n) + 5}`,
    );
  });
});

test('"Find in the article" finds text far down, shows it in the reader and walks the matches', async ({
  page,
  baseURL,
}) => {
  // With an event chosen, the reader has its full height.
  await openLong(page, baseURL, longArticle({ paragraphs: 20_000, every: 40 }), '&event=at-40');
  await expectPassageInReader(page, 'Paragraph 40 tells of the');
  await article(page).getByRole('button', { name: 'Find in article' }).click();
  const find = article(page).getByRole('searchbox', { name: 'Find in the article' });
  await expect(find).toBeFocused();
  await find.fill('paragraph 17777 TELLS');
  await find.press('Enter');
  const status = article(page).getByText(/^1 of 1$/);
  await expect(status).toBeVisible();
  const found = article(page).getByText('Paragraph 17777 tells of the').first();
  await expect.poll(() => insideReader(page, found)).toBe(true);
  // Highlighted (CSS Custom Highlight API): exactly the words found.
  const highlighted = await page.evaluate(() => {
    const highlight = CSS.highlights.get('find-in-article');
    return highlight ? [...highlight].map((range) => range.toString()) : [];
  });
  expect(highlighted).toEqual(['Paragraph 17777 tells']);

  // Many matches: Enter and the arrows walk them.
  await find.fill('harbour meant');
  await find.press('Enter');
  await expect(article(page).getByText(/^1 of 2,500$/)).toBeVisible();
  await find.press('Enter');
  await expect(article(page).getByText(/^2 of 2,500$/)).toBeVisible();
  await article(page).getByRole('button', { name: 'Previous match' }).click();
  await article(page).getByRole('button', { name: 'Previous match' }).click();
  await expect(article(page).getByText(/^2,500 of 2,500$/)).toBeVisible();
  await expect(
    article(page).getByText('Paragraph 19996 tells of the harbour').first(),
  ).toBeVisible();
  await find.fill('no such words');
  await find.press('Enter');
  await expect(article(page).getByText(/^Not found$/)).toBeVisible();
});

test('a single line of 400,000 characters is drawn in pieces, and a passage deep in it shows', async ({
  page,
  baseURL,
}) => {
  const dataset = longArticle({ paragraphs: 5_000, every: 500, singleLine: true });
  expect(dataset.sources[0]?.text.length).toBeGreaterThan(400_000);
  await openLong(page, baseURL, dataset, '&event=at-4500');
  await expectPassageInReader(page, 'Paragraph 4500 tells of the');
  // Each piece holds at most ~2,000 characters.
  const longest = await article(page)
    .locator('p')
    .evaluateAll((nodes) => Math.max(...nodes.map((node) => (node.textContent ?? '').length)));
  expect(longest).toBeLessThanOrEqual(2000);
});

test('a text of 250,000 short lines is read in parts, and an event in a later part opens it', async ({
  page,
  baseURL,
}) => {
  const dataset = longArticle({ paragraphs: 250_000, every: 25_000, shortLines: true });
  await openLong(page, baseURL, dataset, '&event=at-200000');
  const parts = page.getByRole('navigation', { name: 'Parts of the article' });
  await expect(parts).toContainText(/Part 2 of 3|Part 3 of 3/);
  await expectPassageInReader(page, 'Line 200000.');
  await parts.getByRole('button', { name: 'Previous part' }).click();
  await expect(article(page).getByRole('link').first()).toBeVisible();
  expect(await article(page).locator('p').count()).toBeLessThan(200);
});

test('Tab and Shift+Tab walk the passage links however far apart, each brought into the reader', async ({
  page,
  baseURL,
}) => {
  // Passages 600 paragraphs apart: far beyond what the reader draws around its box.
  await openLong(page, baseURL, longArticle({ paragraphs: 2_400, every: 600 }));
  const link = (n: number) =>
    article(page).getByRole('link', { name: `Paragraph ${n} tells of the`, exact: true });
  // The first passage link, reached from the text's start.
  await expect(link(600)).toHaveCount(0);
  await eventList(page)
    .getByRole('button', { name: /Event at paragraph 600/ })
    .click();
  // With the event at 600 selected its passage is a highlight; its neighbours are links.
  await expect(article(page).locator('mark')).toContainText('Paragraph 600 tells of the');
  await page.keyboard.press('Escape');
  await expect(link(600)).toBeVisible();
  await link(600).focus();
  for (const n of [1200, 1800]) {
    await page.keyboard.press('Tab');
    await expect(link(n)).toBeFocused();
    await expect.poll(() => insideReader(page, link(n))).toBe(true);
  }
  for (const n of [1200, 600]) {
    await page.keyboard.press('Shift+Tab');
    await expect(link(n)).toBeFocused();
    await expect.poll(() => insideReader(page, link(n))).toBe(true);
  }
});
