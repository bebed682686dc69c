// The image of the view in the interface's language: the English catalogue draws exactly what the
// command-line tools draw, French and Persian draw their own words, dates and digits, and a
// right-to-left language starts its lines on the right, inside the image.
import { readFileSync } from 'node:fs';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '../dataset/calendar';
import { deriveLoaded } from '../dataset/derive';
import type { Dataset } from '../dataset/schema';
import { textWidth } from '../model/imageText';
import type { Locale } from '../model/locales';
import { buildViewImage } from '../model/viewImage';
import { EMPTY_FILTERS } from '../model/viewState';
import { translatorFromFile } from './catalogueFile';
import { imageWords } from './imageWords';

const words = (locale: Locale) => imageWords(translatorFromFile(locale));
const seed = JSON.parse(
  readFileSync(new URL('../../data/doha-talks-2021.json', import.meta.url), 'utf8'),
) as Dataset;
const loaded = deriveLoaded(seed);
const day = (iso: string) => parseIsoDay(iso) as number;
const week = { from: day('2021-10-06'), to: day('2021-10-12') };

function texts(svg: string) {
  const doc = parseDocument(svg, { xmlMode: true });
  return DomUtils.findAll((node) => node.name === 'text', doc.children).map((node) => ({
    x: Number(node.attribs.x),
    dir: node.attribs.direction ?? 'ltr',
    size: Number(node.attribs['font-size']),
    bold: node.attribs['font-weight'] === '700',
    content: DomUtils.textContent(node),
  }));
}

describe('the image of the view in the interface’s language', () => {
  it('in English from the catalogue, is exactly the image the command-line tools draw', () => {
    for (const group of ['none', 'kind', 'actor'] as const) {
      const view = { filters: { ...EMPTY_FILTERS, kinds: ['attack'] }, window: null, group };
      const drawn = buildViewImage(loaded, view, {
        link: 'https://example.org/#v',
        words: words('en'),
      });
      expect(drawn.svg).toBe(buildViewImage(loaded, view, { link: 'https://example.org/#v' }).svg);
    }
  });

  it('in French, draws French words, dates and counts', () => {
    const view = { filters: EMPTY_FILTERS, window: week, group: 'kind' as const };
    const drawn = buildViewImage(loaded, view, { words: words('fr') });
    const all = texts(drawn.svg).map((text) => text.content);
    expect(all).toContain('octobre 2021');
    expect(all.find((text) => text.startsWith('Sources : « '))).toContain(', par ');
    expect(all.find((text) => text.startsWith('6 oct. 2021 – 12 oct. 2021 · '))).toMatch(
      /événements visibles · lignes par type$/,
    );
    expect(all).toContain('Déclaration');
    expect(all).toContain('~ approximatif');
    expect(all).toContain('Fait avec Sourceline');
    expect(drawn.svg).toContain('<title id="sl-title">');
    expect(drawn.svg).toMatch(/: frise chronologique, 6 oct\. 2021 – 12 oct\. 2021<\/title>/);
    expect(drawn.svg).not.toMatch(/events|Made with|Source:/);
  });

  it('in Persian, draws Persian words and digits, its lines starting on the right', () => {
    const view = { filters: EMPTY_FILTERS, window: week, group: 'none' as const };
    const drawn = buildViewImage(loaded, view, { words: words('fa') });
    const all = texts(drawn.svg);
    const line = all.find((text) => text.content.includes('در نما'));
    expect(line?.content).toMatch(/^۶ اکتبر ۲۰۲۱ – ۱۲ اکتبر ۲۰۲۱، [۰-۹]+ رویداد در نما$/);
    expect(all.some((text) => text.content.startsWith('منابع: «'))).toBe(true);
    expect(all.some((text) => text.content === 'ساخته‌شده با Sourceline')).toBe(true);
    // The header, the legend and the footer run right to left from the right margin, inside.
    const rtl = all.filter((text) => text.dir === 'rtl');
    expect(rtl.map((text) => text.content)).toContain(`\u2068${seed.title}\u2069`);
    expect(rtl.find((text) => text.content.includes(seed.title))?.x).toBe(drawn.width - 32);
    for (const text of rtl) {
      const width = textWidth(text.content, { sizePx: text.size, bold: text.bold });
      expect(text.x - width, text.content).toBeGreaterThanOrEqual(0);
      expect(text.x, text.content).toBeLessThanOrEqual(drawn.width);
    }
    expect(drawn.svg).not.toMatch(/events|Made with|Source:/);
  });
});
