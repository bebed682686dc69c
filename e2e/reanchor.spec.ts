// Articles that change (issue 22): "Update article text" re-anchors every passage of the article
// in its new version, the review shows each one's state (and the word diff of an edited one),
// accept, move and remove work, and one Undo restores the old text and passages. And the viewer,
// given a dataset whose offsets no longer match its text, shows each passage's state.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openFile, test } from './fixtures';
import {
  article,
  downloadText,
  editACopy,
  editorBar,
  eventList,
  seed,
  selectWords,
} from './support/editor';

const ARTICLE = seed.sources[0].text as string;
const AP = seed.events.find((e: { id: string }) => e.id === 'ap-reports-uyghur-bomber').passages[0]
  .exact as string;
const PARAGRAPHS = ARTICLE.split('\n\n');
const WENT_WELL = PARAGRAPHS.findIndex((p) => p.includes('"went well'));
const REWORDED = 'The AP said the bomber was a Uyghur Muslim.';

/**
 * The seed article as its publisher might have revised it: a note on top (every passage shifts),
 * 46 → 47 (two quotes edited), the AP sentence rewritten beyond recognition (lost), and three paragraphs repeated at the
 * end (the "went well" quote is then ambiguous).
 */
const NEW_VERSION = [
  'Updated on Monday with a revised toll.',
  ARTICLE.replace('killed 46 people', 'killed 47 people').replace(AP, REWORDED),
  ...PARAGRAPHS.slice(WENT_WELL - 1, WENT_WELL + 2),
].join('\n\n');

const review = (page: Page) => page.getByRole('region', { name: 'Update article text' });
const item = (page: Page, name: RegExp) =>
  review(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name }) });

async function openUpdate(page: Page, text: string): Promise<void> {
  await editorBar(page).getByRole('button', { name: 'Update article text' }).click();
  const dialog = page.getByRole('dialog', { name: 'Update article text' });
  await dialog.getByLabel('New version of the article text').fill(text);
  await dialog.getByRole('button', { name: 'Review the passages' }).click();
  await expect(dialog).toBeHidden();
}

test('Update article text: review, accept, move, remove, apply as one step, undo', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await editACopy(page);

  // The same text is refused with a reason; nothing opens.
  await editorBar(page).getByRole('button', { name: 'Update article text' }).click();
  const dialog = page.getByRole('dialog', { name: 'Update article text' });
  await dialog.getByLabel('New version of the article text').fill(ARTICLE);
  await dialog.getByRole('button', { name: 'Review the passages' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'This is the text the article has already: nothing to update.',
  );
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await openUpdate(page, NEW_VERSION);
  await expect(review(page)).toBeVisible();
  await expect(review(page).getByRole('heading', { name: 'Update article text' })).toBeFocused();
  await expect(review(page)).toContainText(
    '26 passages (1 lost, 3 ambiguous, 2 edited, 2 moved, 18 exact)',
  );
  await expect(review(page).getByRole('status')).toHaveText(
    '6 passages need a decision before the update can be applied.',
  );
  const apply = review(page).getByRole('button', { name: 'Apply update' });
  await expect(apply).toBeDisabled();
  // The reader shows the new version meanwhile.
  await expect(article(page)).toContainText('Updated on Monday with a revised toll.');

  // Edited: the word diff, and the changed figure named.
  const mosque = item(page, /^Edited Suicide bombing kills 46 at a Shia mosque · passage 2/);
  await expect(mosque.locator('del')).toHaveText('[removed: 46]');
  await expect(mosque.locator('ins')).toHaveText('[added: 47]');
  await expect(mosque).toContainText('Changed: a figure (46 → 47)');
  await mosque.getByRole('button', { name: 'Accept the new words' }).click();
  await expect(mosque.getByRole('button', { name: 'Accept the new words' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await item(page, /^Edited ISKP claims/)
    .getByRole('button', { name: 'Remove' })
    .click();

  // Ambiguous: its two places; the first is shown in the reader, and used.
  const wentWell = item(page, /^Ambiguous Taliban say the Doha talks "went well"/);
  await expect(
    wentWell.getByRole('list', { name: 'Places it fits' }).getByRole('listitem'),
  ).toHaveCount(2);
  await wentWell.getByRole('button', { name: 'Show place 2' }).click();
  await wentWell.getByRole('button', { name: 'Use place 1' }).click();
  await expect(wentWell).toContainText('Will quote: “On the other hand, the Talib … ');
  // The two others of the paragraphs repeated: the second place, and removed.
  await item(page, /^Ambiguous State Department/)
    .getByRole('button', { name: 'Use place 2' })
    .click();
  await item(page, /^Ambiguous Taliban confirm US/)
    .getByRole('button', { name: 'Remove' })
    .click();

  // Lost: moved to words selected in the reader.
  const ap = item(page, /^Lost AP: Uyghur bomber/);
  await expect(ap).toContainText('Not found in the new version');
  await ap.getByRole('button', { name: 'Move…' }).click();
  await selectWords(page, REWORDED);
  await page
    .getByRole('toolbar', { name: 'Selected words' })
    .getByRole('button', {
      name: 'Use as the passage’s new place',
    })
    .click();
  // Nothing but the move is offered on selected words during the review.
  await expect(page.getByRole('button', { name: 'New event from selection' })).toHaveCount(0);
  await expect(ap).toContainText(`Will quote: “${REWORDED}”.`);

  await expect(review(page).getByRole('status')).toHaveText(
    'Every passage has a decision. Applying the update is one step: Undo takes it all back.',
  );
  await apply.click();
  await expect(review(page)).toBeHidden();
  await expect(page.getByRole('region', { name: 'Notices' })).toContainText(
    'The article text was updated: 21 passages kept, 3 moved by hand, 2 removed.',
  );
  await expect(article(page)).toContainText('Updated on Monday with a revised toll.');
  const undo = editorBar(page).getByRole('button', { name: 'Undo update the article text' });
  await expect(undo).toBeEnabled();

  // The passages are where they were decided: the AP event quotes its new words.
  await eventList(page)
    .getByRole('button', { name: /AP: Uyghur bomber/ })
    .click();
  await expect(article(page).locator('mark').first()).toHaveText(REWORDED);

  // One Undo: the old text and every passage, exactly (the export is the seed's).
  await undo.click();
  await expect(article(page)).not.toContainText('Updated on Monday');
  const downloading = page.waitForEvent('download');
  await editorBar(page).getByRole('button', { name: 'Export dataset' }).click();
  const exported = JSON.parse(await downloadText(await downloading));
  expect(exported.sources[0].text).toBe(ARTICLE);
  expect(exported.events.map((e: { passages: unknown }) => e.passages)).toEqual(
    seed.events.map((e: { passages: unknown }) => e.passages),
  );
});

test('Cancel leaves the draft as it was, and the reader back on the current text', async ({
  page,
}) => {
  await page.goto('/');
  await editACopy(page);
  await openUpdate(page, NEW_VERSION);
  await expect(article(page)).toContainText('Updated on Monday');
  await review(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(review(page)).toBeHidden();
  await expect(article(page)).not.toContainText('Updated on Monday');
  await expect(editorBar(page).getByRole('button', { name: /^Undo/ })).toBeDisabled();
});

test('the viewer shows each passage’s state for a dataset whose offsets are stale', async ({
  page,
}) => {
  const stale = structuredClone(seed);
  stale.sources[0].text = NEW_VERSION;
  await page.goto('/');
  await openFile(page, 'stale.json', JSON.stringify(stale));
  await expect(page.getByRole('region', { name: 'Notices' })).toContainText(
    'Some passage positions in this dataset were out of date: 20 passages found word for word at another place; 2 passages found with changed words (edited); 3 passages found in more than one place (ambiguous, not shown); 1 passage not found in the article (lost).',
  );
  const details = page.getByRole('region', { name: 'Event details' });

  await eventList(page)
    .getByRole('button', { name: /Suicide bombing kills 46/ })
    .click();
  const edited = details.locator('.passage-state-edited');
  await expect(edited).toContainText('Edited');
  await expect(edited).toContainText('Needs review');
  await expect(edited.locator('del')).toHaveText('[removed: 46]');
  await expect(edited.locator('ins')).toHaveText('[added: 47]');
  await expect(edited).toContainText('Changed: a figure (46 → 47)');
  // The reader highlights the passage's words as they are now.
  await expect(article(page).locator('mark').filter({ hasText: 'killed 47 people' })).toHaveCount(
    1,
  );

  await eventList(page)
    .getByRole('button', { name: /AP: Uyghur bomber/ })
    .click();
  await expect(details.locator('.passage-state-lost')).toContainText(
    'This passage was not found in the article text.',
  );
  await expect(details.getByRole('button', { name: /Show in article/ })).toHaveCount(0);

  await eventList(page)
    .getByRole('button', { name: /went well/ })
    .click();
  await expect(details.locator('.passage-state-ambiguous')).toContainText(
    'fits more than one place',
  );

  await eventList(page)
    .getByRole('button', { name: /face-to-face talks/ })
    .click();
  await expect(details.locator('.passage-state-exact').first()).toContainText(
    'Found word for word with its context at another place',
  );
  await details.getByRole('button', { name: /Show in article: passage 1/ }).click();
  await expect(article(page).locator('mark').first()).toContainText('The statement came after');
});

for (const [width, height] of [
  [1280, 800],
  [1920, 1080],
  [360, 740],
] as const) {
  test(`at ${width}×${height} the review and the states fit, and axe finds no violations`, async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await page.setViewportSize({ width, height });
    await page.goto('/');
    if (width < 900) {
      // On a phone the header's actions are in its menu, when there is one.
      const menu = page.getByRole('button', { name: /^Menu|More/ });
      if (await menu.count()) await menu.first().click();
    }
    await editACopy(page);
    await openUpdate(page, NEW_VERSION);
    const edited = item(page, /^Edited Suicide bombing kills 46/);
    await edited.scrollIntoViewIfNeeded();
    await expect(edited.locator('del')).toBeVisible();
    // No sideways scrolling; the review's items lie within its box.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      width,
    );
    const box = await review(page).boundingBox();
    const itemBox = await edited.boundingBox();
    expect(box && itemBox).toBeTruthy();
    if (box && itemBox) {
      expect(itemBox.x).toBeGreaterThanOrEqual(box.x);
      expect(itemBox.x + itemBox.width).toBeLessThanOrEqual(box.x + box.width + 1);
    }
    await page.screenshot({ path: test.info().outputPath(`review-${width}.png`) });
    await expectNoViolations(page);

    // The viewer's states, for the same text with stale offsets.
    const stale = structuredClone(seed);
    stale.sources[0].text = NEW_VERSION;
    await page.goto('/');
    await openFile(page, 'stale.json', JSON.stringify(stale));
    // Read, then dismissed: on a phone the notices lie over the list.
    const notices = page.getByRole('region', { name: 'Notices' });
    await expect(notices).toContainText('Some passage positions in this dataset were out of date');
    await page.screenshot({ path: test.info().outputPath(`notices-${width}.png`) });
    while ((await notices.getByRole('button', { name: 'Dismiss notice' }).count()) > 0) {
      await notices.getByRole('button', { name: 'Dismiss notice' }).first().click();
    }
    await eventList(page)
      .getByRole('button', { name: /Suicide bombing kills 46/ })
      .click();
    const state = page
      .getByRole('region', { name: 'Event details' })
      .locator('.passage-state-edited');
    await state.scrollIntoViewIfNeeded();
    await expect(state).toBeVisible();
    await page.screenshot({ path: test.info().outputPath(`viewer-${width}.png`) });
    await expectNoViolations(page);
  });
}

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}

test('in French: the dialog, each state, the decisions and the notice', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/?lang=fr');
  await page.getByRole('button', { name: 'Modifier une copie' }).click();
  const bar = page.getByRole('region', { name: 'Éditeur' });
  await expect(bar).toContainText(/Enregistré dans ce navigateur à/);
  const heading = 'Mettre à jour le texte de l’article';
  await bar.getByRole('button', { name: heading }).click();
  const dialog = page.getByRole('dialog', { name: heading });
  const field = dialog.getByLabel('Nouvelle version du texte de l’article');
  await field.fill(ARTICLE);
  await dialog.getByRole('button', { name: 'Revoir les passages' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(
    'C’est déjà le texte de l’article : rien à mettre à jour.',
  );
  await field.fill(NEW_VERSION);
  await dialog.getByRole('button', { name: 'Revoir les passages' }).click();
  await expect(dialog).toBeHidden();

  const panel = page.getByRole('region', { name: heading });
  await expect(panel.getByRole('heading', { name: heading })).toBeFocused();
  await expect(panel).toContainText(
    '26 passages (1 perdu, 3 ambigus, 2 modifiés, 2 déplacés et 18 exacts)',
  );
  await expect(panel.getByRole('status')).toHaveText(
    '6 passages attendent une décision avant que la mise à jour puisse être appliquée.',
  );
  const entry = (name: RegExp) =>
    panel.getByRole('listitem').filter({ has: page.getByRole('heading', { name }) });

  const mosque = entry(/^Modifié Suicide bombing kills 46 at a Shia mosque · passage 2/);
  await expect(mosque.locator('del')).toHaveText('[retiré : 46]');
  await expect(mosque.locator('ins')).toHaveText('[ajouté : 47]');
  await expect(mosque).toContainText('Changé : un chiffre (46 → 47). Vérifiez avant d’accepter.');
  await expect(
    mosque.getByRole('group', { name: /^Ce que devient « Suicide bombing/ }),
  ).toBeVisible();
  await mosque.getByRole('button', { name: 'Accepter les nouveaux mots' }).click();
  await expect(mosque.getByRole('button', { name: 'Accepter les nouveaux mots' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(mosque).toContainText('Sera gardé à l’endroit trouvé.');
  await entry(/^Modifié ISKP claims/)
    .getByRole('button', { name: 'Retirer' })
    .click();

  const wentWell = entry(/^Ambigu Taliban say the Doha talks "went well"/);
  await expect(
    wentWell.getByRole('list', { name: 'Endroits où elle correspond' }).getByRole('listitem'),
  ).toHaveCount(2);
  await expect(wentWell).toContainText(/Endroit 1 \(\d+\s%\) : « /);
  await wentWell.getByRole('button', { name: 'Utiliser l’endroit 1' }).click();
  await expect(wentWell).toContainText('Citera : « On the other hand, the Talib … ');
  await entry(/^Ambigu State Department/)
    .getByRole('button', { name: 'Retirer' })
    .click();
  await entry(/^Ambigu Taliban confirm US/)
    .getByRole('button', { name: 'Retirer' })
    .click();
  const ap = entry(/^Perdu AP: Uyghur bomber/);
  await expect(ap).toContainText('Introuvable dans la nouvelle version');
  await ap.getByRole('button', { name: 'Déplacer…' }).click();
  await expect(ap.getByRole('button', { name: 'Arrêter le déplacement' })).toBeVisible();
  await ap.getByRole('button', { name: 'Retirer' }).click();

  await expect(panel.getByRole('status')).toHaveText(
    'Chaque passage a sa décision. La mise à jour s’applique en une étape : une annulation la défait entièrement.',
  );
  await page.screenshot({ path: test.info().outputPath('review-fr-1280.png') });
  await expectNoViolations(page);
  await panel.getByRole('button', { name: 'Appliquer la mise à jour' }).click();
  await expect(panel).toBeHidden();
  await expect(page.getByRole('region', { name: 'Avis' })).toContainText(
    'Le texte de l’article a été mis à jour : 21 passages gardés, 1 déplacé à la main, 4 retirés.',
  );
});

test('in Persian: the notice of passages out of place, and each state in the details', async ({
  page,
  baseURL,
}) => {
  const stale = structuredClone(seed);
  stale.sources[0].text = NEW_VERSION;
  const url = `${baseURL}/fixtures/stale.json`;
  await page.route(url, (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(stale) }),
  );
  await page.goto(`/?dataset=${encodeURIComponent(url)}&lang=fa`);
  await expect(page.getByRole('region', { name: 'اطلاعیه‌ها' })).toContainText(
    'جایگاه برخی بخش‌ها در این مجموعه‌داده کهنه بود: ۲۰ بخش واژه به واژه در جای دیگری پیدا شد؛ ۲ بخش با واژه‌های تغییریافته پیدا شد (ویرایش‌شده)؛ ۳ بخش در بیش از یک جا پیدا شد (مبهم، نشان داده نمی‌شود)؛ ۱ بخش در مقاله پیدا نشد (گم‌شده).',
  );
  const details = page.getByRole('region', { name: 'جزئیات رویداد' });
  await page.goto(`/?dataset=${encodeURIComponent(url)}&lang=fa&event=shia-mosque-suicide-bombing`);
  const edited = details.locator('.passage-state-edited');
  await expect(edited).toContainText('ویرایش‌شده');
  await expect(edited).toContainText('نیاز به بازبینی');
  await expect(edited.locator('del')).toHaveText('[حذف‌شده: 46]');
  await expect(edited.locator('ins')).toHaveText('[افزوده: 47]');
  await expect(edited).toContainText('تغییر: یک رقم (46 → 47)');
  await edited.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('viewer-fa.png') });
  await page.goto(`/?dataset=${encodeURIComponent(url)}&lang=fa&event=ap-reports-uyghur-bomber`);
  await expect(details.locator('.passage-state-lost')).toContainText(
    'این بخش در متن مقاله پیدا نشد.',
  );
  await expectNoViolations(page);
});
