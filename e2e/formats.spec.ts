// Importing TimelineJS files through "Open dataset…": its JSON (bare and wrapped) and its sheet
// template as CSV, from a file and from an address; a hostile one runs nothing.
import type { Page } from '@playwright/test';
import { expect, openFile, test } from './fixtures';

const GOLD_RUSH = {
  title: {
    text: { headline: 'The <em>Gold</em> Rush', text: '<p>How it began &amp; ended.</p>' },
  },
  events: [
    {
      start_date: { year: 1848, month: 1, day: 24 },
      text: { headline: 'Gold at Sutter’s Mill', text: '<p>James Marshall finds gold.</p>' },
      group: 'Discovery',
      unique_id: 'sutters-mill',
    },
    {
      start_date: { year: '1849' },
      text: { headline: 'The forty-niners', text: '<p>Some 300,000 people arrive.</p>' },
      group: 'Migration',
    },
    {
      start_date: { year: -500 },
      end_date: { year: -400 },
      display_date: 'Classical antiquity',
      text: { headline: 'Gold in antiquity' },
    },
  ],
  eras: [{ start_date: { year: 1848 }, end_date: { year: 1855 }, text: { headline: 'The rush' } }],
};

const SHEET = [
  'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background',
  ',,,,,,,,,Space race,"<p>From Sputnik, to the Moon.</p>",,,,,title,,',
  '1957,10,4,,,,,,,Sputnik 1,"Launched by the ""Soviet Union"".",,,,,,Soviet Union,',
  '1969,7,16,,1969,7,24,,July 1969,Apollo 11,"<p>Launch</p><p>to splashdown</p>",,,,,,United States,',
].join('\r\n');

const eventList = (page: Page) => page.getByRole('list', { name: /^Events/ });

async function expectEvents(page: Page, rows: string[]) {
  await expect(eventList(page).getByRole('listitem')).toHaveText(rows);
}

async function expectNothingRan(page: Page) {
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  await expect(page.locator('iframe, img[src*="evil"], script:not([src])')).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
}

test('a TimelineJS JSON file opens as a dataset whose events quote their slides', async ({
  page,
}) => {
  await page.goto('/');
  await openFile(page, 'gold-rush.json', JSON.stringify({ timeline: GOLD_RUSH }));

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The Gold Rush');
  await expect(page.getByText(/Imported 3 events from a TimelineJS JSON file/)).toBeVisible();
  // In date order, BCE first, with their dates as the list writes them.
  await expectEvents(page, [
    '501 BCE – 401 BCEGold in antiquity',
    '24 Jan 1848Gold at Sutter’s Mill',
    '1849The forty-niners',
  ]);

  await eventList(page)
    .getByRole('button', { name: /Gold at Sutter’s Mill/ })
    .click();
  const details = page.getByRole('region', { name: 'Event details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Gold at Sutter’s Mill');
  await expect(details).toContainText('Monday 24 January 1848');
  const article = page.getByRole('region', { name: 'Article' });
  await expect(article).toContainText('Imported from a TimelineJS file');
  // The slide's headline and text, each a paragraph of the article.
  await expect(article.locator('mark')).toHaveText([
    'Gold at Sutter’s Mill',
    'James Marshall finds gold.',
  ]);
  await expect(page).toHaveURL(/event=sutters-mill/);
});

test('a TimelineJS sheet saved as CSV opens, quotes and commas and all', async ({ page }) => {
  await page.goto('/');
  await openFile(page, 'space-race.csv', SHEET);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Space race');
  await expect(page.getByText(/Imported 2 events from a TimelineJS CSV file/)).toBeVisible();
  await expectEvents(page, ['4 Oct 1957Sputnik 1', '16–24 Jul 1969Apollo 11']);

  await eventList(page)
    .getByRole('button', { name: /Sputnik 1/ })
    .click();
  const details = page.getByRole('region', { name: 'Event details' });
  await expect(details).toContainText('Launched by the "Soviet Union".');
});

test('a TimelineJS file opens from an address too, BCE dates and all', async ({
  page,
  baseURL,
}) => {
  const url = `${baseURL}/fixtures/gold-rush.json`;
  await page.route(url, (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(GOLD_RUSH) }),
  );
  await page.goto(`/?dataset=${encodeURIComponent(url)}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The Gold Rush');
  await expect(page.getByText(`Loaded from ${new URL(url).host}`)).toBeVisible();
  await expectEvents(page, [
    '501 BCE – 401 BCEGold in antiquity',
    '24 Jan 1848Gold at Sutter’s Mill',
    '1849The forty-niners',
  ]);
  await eventList(page)
    .getByRole('button', { name: /Gold in antiquity/ })
    .click();
  const details = page.getByRole('region', { name: 'Event details' });
  await expect(details).toContainText('501 BCE – 401 BCE');
  // The slide's display_date is kept as the words that date it.
  await expect(details).toContainText('Classical antiquity');
});

test('a hostile TimelineJS file runs no script and loads none of its media', async ({ page }) => {
  const hostile = {
    title: {
      text: {
        headline: '<img src="https://evil.example/t.png" onerror="window.__pwned=1">Hostile',
        text: '<script>window.__pwned=2</script>',
      },
    },
    events: [
      {
        start_date: { year: 2001, month: 9 },
        text: {
          headline:
            '<a href="javascript:window.__pwned=3">Click</a> <b onmouseover="window.__pwned=4">me</b>',
          text: '<iframe src="https://evil.example/frame"></iframe><p>Plain &lt;b&gt;words&lt;/b&gt;</p><style>body{display:none}</style>',
        },
        media: {
          url: 'https://evil.example/photo.jpg',
          caption: '<svg onload="window.__pwned=5"></svg>Caption',
        },
        group: '<script>x</script>',
        unique_id: '"><img src=x onerror=window.__pwned=6>',
      },
      {
        start_date: { year: 2002 },
        text: { headline: 'Embed' },
        media: { url: '<iframe src="https://evil.example/embed"></iframe>' },
      },
    ],
  };
  await page.goto('/');
  await openFile(page, 'hostile.json', JSON.stringify(hostile));

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hostile');
  await expectEvents(page, ['Sept 2001Click me', '2002Embed']);
  await eventList(page)
    .getByRole('button', { name: /Click me/ })
    .click();
  const article = page.getByRole('region', { name: 'Article' });
  // Escaped markup in the slide is shown as the text it is, never drawn.
  await expect(article.locator('mark')).toHaveText(['Click me', 'Plain <b>words</b>']);
  await expect(page.locator('body')).toBeVisible();
  await expectNothingRan(page);
});
