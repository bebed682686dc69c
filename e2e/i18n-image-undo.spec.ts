// Issue 20 in the words drawn inside an image of the view and in the editor's undo steps: an SVG
// exported in French or Persian is written in that language (its source and view lines, axis,
// legend and footer), a right-to-left one from the right, inside the image; an edit's Undo and
// Redo are named in French.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const seed = JSON.parse(readFileSync('data/doha-talks-2021.json', 'utf8')) as { title: string };

/** Opens the Export dialog (named `heading`), chooses `format` and downloads the image. */
async function downloadImage(
  page: Page,
  words: { export: string; heading: string; format: string; download: string },
) {
  await page.getByRole('button', { name: words.export }).click();
  const dialog = page.getByRole('dialog', { name: words.heading });
  await dialog
    .getByRole('radio', { name: new RegExp(`^${words.format.replace(/[()]/g, '\\$&')}`) })
    .check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: words.download }).click(),
  ]);
  const bytes = readFileSync(await download.path());
  await expect(dialog).toBeHidden();
  return bytes;
}

interface DrawnText {
  text: string;
  direction: string;
  left: number;
  right: number;
}

/** The SVG drawn in the page with the browser's fonts: each text, its direction and its box. */
function drawnTexts(page: Page, svg: string): Promise<{ width: number; texts: DrawnText[] }> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    if (doc.querySelector('parsererror')) throw new Error('the SVG does not parse');
    const root = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
    document.body.append(root);
    const texts = [...root.querySelectorAll('text')].map((node) => {
      const box = node.getBBox();
      return {
        text: node.textContent ?? '',
        direction: node.getAttribute('direction') ?? 'ltr',
        left: box.x,
        right: box.x + box.width,
      };
    });
    const width = Number(root.getAttribute('width'));
    root.remove();
    return { width, texts };
  }, svg);
}

test.describe('the image of the view in the interface’s language', () => {
  test('?lang=fr: the SVG is written in French', async ({ page }) => {
    await page.goto('/?lang=fr');
    await expect(page.getByRole('list', { name: /^Événements/ })).toBeVisible();
    const svg = (
      await downloadImage(page, {
        export: 'Exporter…',
        heading: 'Exporter',
        format: 'Image (SVG)',
        download: 'Télécharger',
      })
    ).toString('utf8');
    const { texts } = await drawnTexts(page, svg);
    const words = texts.map((drawn) => drawn.text);
    expect(words).toContain(seed.title);
    expect(words.some((w) => w.startsWith('Sources : « Taliban: US will provide'))).toBe(true);
    expect(words.some((w) => w.includes(', par Joshua Summers, dimanche 10 octobre 2021'))).toBe(
      true,
    );
    expect(words.some((w) => / · 18 événements visibles$/.test(w))).toBe(true);
    expect(words).toContain('octobre 2021');
    for (const word of ['Déclaration', 'Attaque', '~ approximatif', 'Fait avec Sourceline']) {
      expect(words.some((w) => w.startsWith(word))).toBe(true);
    }
    expect(words.some((w) => /^\+\d+ de plus$/.test(w))).toBe(true);
    expect(svg).toMatch(/<title id="sl-title">[^<]*: frise chronologique, /);
    expect(svg).not.toMatch(/events in view|Made with|Source:|more events/);
  });

  test('?lang=fa: the SVG is written in Persian, right to left from the right, legibly', async ({
    page,
  }) => {
    await page.goto('/?lang=fa');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    const words = { export: 'برون‌بری…', heading: 'برون‌بری', download: 'بارگیری' };
    const svg = (await downloadImage(page, { ...words, format: 'تصویر (SVG)' })).toString('utf8');
    const { width, texts } = await drawnTexts(page, svg);
    const shown = texts.map((drawn) => drawn.text);
    expect(shown.some((w) => /^منابع: «.*Taliban: US will provide/.test(w))).toBe(true);
    expect(shown.some((w) => /، ۱۸ رویداد در نما$/.test(w))).toBe(true);
    expect(shown).toContain('اکتبر');
    expect(shown.some((w) => w.startsWith('ساخته‌شده با Sourceline'))).toBe(true);
    expect(svg).not.toMatch(/events in view|Made with|Source:/);
    // The header, legend and footer run right to left and end at the right margin; every text,
    // as the browser draws it, stays inside the image.
    const rtl = texts.filter((drawn) => drawn.direction === 'rtl');
    expect(rtl.length).toBeGreaterThan(5);
    const title = rtl.find((drawn) => drawn.text.includes(seed.title));
    expect(title?.right).toBeGreaterThan(width - 32 - 2);
    expect(title?.right).toBeLessThanOrEqual(width - 32 + 0.5);
    for (const drawn of texts) {
      expect(drawn.left, drawn.text).toBeGreaterThanOrEqual(-0.5);
      expect(drawn.right, drawn.text).toBeLessThanOrEqual(width + 0.5);
    }
    // The PNG of the same, kept to be looked at.
    const png = await downloadImage(page, { ...words, format: 'تصویر (PNG)' });
    expect([...png.subarray(1, 4)]).toEqual([80, 78, 71]);
    writeFileSync(test.info().outputPath('view-fa.png'), png);
  });
});

test('?lang=fr: an edit’s Undo and Redo are named in French', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/?lang=fr');
  await page.getByRole('button', { name: 'Modifier une copie' }).click();
  const bar = page.getByRole('region', { name: 'Éditeur' });
  await expect(bar).toContainText(/Enregistré dans ce navigateur à/);
  await page
    .getByRole('list', { name: /^Événements/ })
    .getByRole('button', { name: /Suicide bombing/ })
    .click();
  const form = page.getByRole('region', { name: 'Modifier l’événement' });
  await form.getByLabel('Titre', { exact: true }).fill('Attentat contre une mosquée chiite');
  const undo = bar.getByRole('button', { name: 'Annuler : modifier le titre de l’événement' });
  await expect(undo).toBeEnabled();
  await undo.click();
  await expect(form.getByLabel('Titre', { exact: true })).toHaveValue(/Suicide bombing/);
  await expect(
    bar.getByRole('button', { name: 'Rétablir : modifier le titre de l’événement' }),
  ).toBeEnabled();
  // A step of another kind, named in French too.
  await form.getByRole('button', { name: 'Supprimer l’événement' }).click();
  await expect(bar.getByRole('button', { name: 'Annuler : supprimer un événement' })).toBeEnabled();
});
