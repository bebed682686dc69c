// The interface in the reader's language: chosen by the browser's languages, a saved choice and
// the link's `lang` (in that order, the later winning), with dates, digits and counts in that
// language, `<html lang dir>` set, and the choice carried by a copied link only once made.

import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const details = (page: Page, name: string | RegExp) => page.getByRole('region', { name });

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}

test('?lang=fr shows the interface and the seed’s dates in French', async ({ page }) => {
  await page.goto('/?lang=fr&event=shia-mosque-suicide-bombing');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  const panel = details(page, 'Détail de l’événement');
  await expect(panel.locator('time')).toHaveText('vendredi 8 octobre 2021');
  await expect(page.getByRole('button', { name: 'Copier le lien' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Langue' })).toHaveValue('fr');
  // The list's dates and its count, and the timeline's axis, in French.
  await expect(page.getByRole('heading', { name: /^Événements/ })).toBeVisible();
  await expect(page.locator('.event-list-item time').first()).toHaveText(/août 2021/);
  const axis = page.locator('.vis-time-axis .vis-text:not(.vis-measure)');
  await expect.poll(async () => (await axis.allTextContents()).join(' ')).toMatch(/oct\.|octobre/);
  await expectNoViolations(page);
});

test.describe('a browser whose language is German', () => {
  test.use({ locale: 'de-DE' });

  test('opens in German, with no lang in the link', async ({ page }) => {
    await page.goto('/?event=doha-talks');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(details(page, 'Ereignisdetails').locator('time')).toHaveText(
      '9.–10. Oktober 2021',
    );
    await expect(page.getByRole('button', { name: 'Link kopieren' })).toBeVisible();
    expect(page.url()).not.toContain('lang=');
  });

  test('a saved choice wins over the browser, and the link over both', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => localStorage.setItem('sourceline:lang', 'es'));
    await page.goto('/?event=doha-talks');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await page.goto('/?event=doha-talks&lang=fr');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  });
});

test('?lang=fa is right to left, with Persian digits in the details; axe is clean', async ({
  page,
}) => {
  await page.goto('/?lang=fa&event=shia-mosque-suicide-bombing');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fa');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const panel = details(page, 'جزئیات رویداد');
  await expect(panel.locator('time')).toHaveText('جمعه ۸ اکتبر ۲۰۲۱');
  // Its position among the events, in Persian digits too; no Latin digit in the details' words.
  await expect(panel.locator('.detail-position')).toHaveText(/^[۰-۹]+ از [۰-۹]+$/);
  await expect(page.getByRole('button', { name: 'رونوشت پیوند' })).toBeVisible();
  await expectNoViolations(page);
});

test('the language menu switches the language, and Copy link then carries it', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto('/?event=shia-mosque-suicide-bombing');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const menu = page.getByRole('combobox', { name: 'Language' });
  // Each language named in itself, marked with its own language.
  await expect(menu.locator('option[value="fa"]')).toHaveAttribute('lang', 'fa');
  await expect(menu.locator('option[value="de"]')).toHaveText('Deutsch');
  // Before a choice, a copied link says nothing of the language.
  await page.getByRole('button', { name: 'Copy link' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).not.toContain('lang=');

  await menu.selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(details(page, 'تفاصيل الحدث').locator('time')).toHaveText(/أكتوبر/);
  // The view stays: the same event, selected.
  await expect(page).toHaveURL(/\/events\/shia-mosque-suicide-bombing\//);
  await expect(page).toHaveURL(/lang=ar/);
  await page.getByRole('button', { name: 'نسخ الرابط' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('lang=ar');
  // Saved: the next visit, with no lang in the link, is in Arabic.
  await page.goto('/?event=doha-talks');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
});

test('the embedded view takes lang, and its link to the full view keeps it', async ({ page }) => {
  await page.goto('/?embed=1&lang=fr&event=shia-mosque-suicide-bombing');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('.detail-panel time')).toHaveText('vendredi 8 octobre 2021');
  await expect(page.getByRole('link', { name: /Ouvrir dans Sourceline/ })).toHaveAttribute(
    'href',
    /lang=fr/,
  );
});

test('a link with an unknown lang is shown in English, with a notice', async ({ page }) => {
  await page.goto('/?lang=xx&event=doha-talks');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('region', { name: 'Notices' })).toContainText('“lang”');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('French fits: no sideways scrolling; axe is clean', async ({ page }) => {
    await page.goto('/?lang=fr&event=doha-talks');
    await expect(details(page, 'Détail de l’événement').locator('time')).toHaveText(
      '9–10 octobre 2021',
    );
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    await expectNoViolations(page);
  });

  test('French fits: the grouping’s choices wrap between choices, never inside a word', async ({
    page,
  }) => {
    await page.goto('/?lang=fr&group=kind');
    const group = page.getByRole('radiogroup', { name: 'Regrouper par' });
    await expect(group).toBeVisible();
    for (const name of ['Aucun', 'Type', 'Acteur']) {
      const choice = group.getByText(name, { exact: true });
      const box = await choice.boundingBox();
      const lineHeight = await choice.evaluate((node) =>
        Number.parseFloat(getComputedStyle(node).lineHeight),
      );
      expect(box, name).not.toBeNull();
      // One line: not "Auc / un".
      expect(box?.height ?? 0, name).toBeLessThan(lineHeight * 1.5);
      expect((box?.x ?? 0) + (box?.width ?? 0), name).toBeLessThanOrEqual(360);
    }
  });
});

for (const timezoneId of ['America/Los_Angeles', 'Pacific/Kiritimati']) {
  test.describe(`in ${timezoneId}`, () => {
    test.use({ timezoneId });

    test('calendar facts stay on their day in every language', async ({ page }) => {
      await page.goto('/?lang=fa&event=shia-mosque-suicide-bombing');
      await expect(details(page, 'جزئیات رویداد').locator('time')).toHaveText('جمعه ۸ اکتبر ۲۰۲۱');
      await page.goto('/?lang=de&event=us-military-leaves-afghanistan');
      await expect(details(page, 'Ereignisdetails').locator('time')).toHaveText(
        'Montag, 30. August 2021',
      );
    });
  });
}

test.describe('the editor in French', () => {
  test('Edit a copy: the editor’s bar, the event form and its checks speak French', async ({
    page,
  }) => {
    await page.goto('/?lang=fr');
    await page.getByRole('button', { name: 'Modifier une copie' }).click();
    const bar = page.getByRole('region', { name: 'Éditeur' });
    await expect(bar).toContainText(
      /Modification · Enregistré dans ce navigateur à \d\d:\d\d:\d\d/,
    );
    for (const name of ['Aperçu', 'Ajouter un autre article', 'Suggérer des événements']) {
      await expect(bar.getByRole('button', { name })).toBeVisible();
    }
    await expect(bar.getByRole('button', { name: 'Acteurs et sources' })).toBeVisible();
    await expect(bar.getByRole('button', { name: 'Exporter le jeu de données' })).toBeVisible();
    // Before a change, Undo is off; its name is French.
    await expect(bar.getByRole('button', { name: 'Annuler' })).toBeDisabled();

    await page
      .getByRole('list', { name: /^Événements/ })
      .getByRole('button', { name: /Suicide bombing/ })
      .click();
    const form = page.getByRole('region', { name: 'Modifier l’événement' });
    for (const label of [
      'Titre',
      'Résumé',
      'Type',
      'Date (EDTF)',
      'Mots de la date',
      'Comment la date a été résolue',
    ]) {
      await expect(form.getByLabel(label, { exact: true })).toBeVisible();
    }
    await expect(form).toContainText('Se lit : vendredi 8 octobre 2021');
    await expect(form.getByRole('group', { name: 'Acteurs' })).toBeVisible();
    await expect(form.getByRole('group', { name: 'Passages' })).toBeVisible();
    await expect(form.getByRole('button', { name: 'Supprimer l’événement' })).toBeVisible();

    // A field's check says its problem in French; an edit is named in Undo's French words.
    const date = form.getByLabel('Date (EDTF)', { exact: true });
    await date.fill('pas une date');
    await expect(form).toContainText('Ce n’est pas une date EDTF acceptée par le format');
    await date.fill('2021-10-08');
    await form.getByLabel('Titre', { exact: true }).fill('Attentat contre une mosquée chiite');
    await expect(bar.getByRole('button', { name: /^Annuler/ })).toBeEnabled();
    await expect(bar).toContainText(/Enregistré dans ce navigateur à/);
    await expectNoViolations(page);
  });
});

test.describe('a German browser opening a broken file', () => {
  test.use({ locale: 'de-DE' });

  test('the load failure, its problems and a repaired link’s notice are in German', async ({
    page,
  }) => {
    await page.goto('/?event=doha-talks&embed=yes');
    await expect(page.getByRole('region', { name: 'Hinweise' })).toContainText(
      '„embed“ im Link muss „1“ oder „0“ sein',
    );
    const seed = JSON.parse(readFileSync('data/doha-talks-2021.json', 'utf8'));
    // Two schema problems, each said in German.
    seed.events[1].title = 5;
    seed.events[2].id = 'Not An Id';
    await page.getByRole('button', { name: 'Datensatz öffnen…' }).click();
    await page.getByLabel('Datensatzdatei (.json oder .csv)').setInputFiles({
      name: 'kaputt.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(seed)),
    });
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading')).toHaveText('kaputt.json konnte nicht geöffnet werden');
    await expect(alert).toContainText('Der Datensatz hat 2 Probleme.');
    await expect(alert).toContainText('Der angezeigte Datensatz ist unverändert.');
    await expect(alert).toContainText(
      'Problem bei events[2].id: muss ein Kurzname sein: Kleinbuchstaben, Ziffern und Bindestriche',
    );
    await expect(alert).toContainText(
      'Problem bei events[1].title: Ungültiger Wert: Text erwartet',
    );
    await expect(alert.getByRole('button', { name: 'Schließen' })).toBeVisible();
  });
});

test.describe('a French reader importing a broken TimelineJS file', () => {
  test('every problem is said in French, each slide by its number and headline (screenshot)', async ({
    page,
  }, testInfo) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/?lang=fr');
    const slide = (headline: string, start: Record<string, unknown>, more = {}) => ({
      start_date: start,
      text: { headline },
      ...more,
    });
    const timeline = {
      events: [
        slide('Coup d’État', { year: 'bientôt' }),
        slide('Siège', { year: 1914, month: 13 }),
        slide('À rebours', { year: 1918 }, { end_date: { year: 1914 } }),
        { text: { headline: 'Sans date' } },
      ],
      eras: [slide('Années 90', { year: 1990 })],
    };
    await page.getByRole('button', { name: 'Ouvrir un jeu de données…' }).click();
    await page.getByLabel('Fichier de données (.json ou .csv)').setInputFiles({
      name: 'frise.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(timeline)),
    });
    const alert = page.getByRole('alert');
    await expect(alert.getByRole('heading')).toHaveText('Impossible d’ouvrir frise.json');
    await expect(alert).toContainText('Le fichier TimelineJS a 5 problèmes.');
    const problems = alert.getByRole('listitem');
    await expect(problems).toHaveText([
      'Problème à events[0].start_date.year : diapositive 1 (« Coup d’État ») : l’année bientôt n’est pas un nombre entier',
      'Problème à events[1].start_date.month : diapositive 2 (« Siège ») : le mois 13 n’est pas entre 1 et 12',
      'Problème à events[2].start_date : diapositive 3 (« À rebours ») : commence après sa fin (1918/1914)',
      'Problème à events[3].start_date : diapositive 4 (« Sans date ») : n’a pas de date (au moins une année)',
      'Problème à eras[0].end_date : ère 1 (« Années 90 ») : n’a pas de date de fin (au moins une année)',
    ]);
    // None of the English words of these problems is left (the paths are code, said as written).
    const words = (await alert.allInnerTexts())
      .join(' ')
      .replace(/\b(events|eras)\[\d\]\.[\w.]+/g, '');
    expect(words).not.toMatch(
      /\b(slide|era|year|month|is|not|has|no|the|between|starts|after|ends|whole|number|least)\b/i,
    );
    // The problems lie within the page, one under the other.
    const boxes = await Promise.all((await problems.all()).map((item) => item.boundingBox()));
    for (const [i, box] of boxes.entries()) {
      expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(1280);
      if (i > 0) expect(box?.y ?? 0).toBeGreaterThan(boxes[i - 1]?.y ?? 0);
    }
    await alert.scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath('import-problems-fr-1280.png') });
  });
});

for (const lang of ['fr', 'fa'] as const) {
  for (const size of [
    { width: 1280, height: 800 },
    { width: 360, height: 740 },
  ]) {
    test(`the editor in ${lang} at ${size.width}×${size.height}: no sideways scrolling (screenshot)`, async ({
      page,
    }, testInfo) => {
      await page.setViewportSize(size);
      await page.goto(`/?lang=${lang}`);
      await page
        .locator('header')
        .getByRole('button')
        .filter({ hasText: lang === 'fr' ? 'Modifier une copie' : 'ویرایش یک رونوشت' })
        .click();
      const bar = page.locator('.editor-bar');
      await expect(bar).toContainText(lang === 'fr' ? 'Enregistré' : 'ذخیره شد');
      await page
        .getByRole('list', { name: lang === 'fr' ? /^Événements/ : /^رویدادها/ })
        .getByRole('button', { name: /Suicide bombing/ })
        .click();
      await expect(page.locator('.event-editor h2')).toBeVisible();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: testInfo.outputPath(`editor-${lang}-${size.width}.png`) });
      await page.locator('.event-editor').scrollIntoViewIfNeeded();
      await page.screenshot({ path: testInfo.outputPath(`editor-form-${lang}-${size.width}.png`) });
    });
  }
}
