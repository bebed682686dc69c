import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ELLIPSIS, escapeXml, fitText, px, textWidth } from './imageText';

const STYLE = { sizePx: 12 };
/** What a string is made of in the property tests: markup, entity-like text, forbidden code units. */
const MARKUP_PIECES = fc.constantFrom(
  '<',
  '>',
  '&',
  '"',
  "'",
  ';',
  'amp',
  'lt',
  '#60',
  'a',
  ' ',
  '\u0000',
  '\u001b',
  '\ud800',
  '\udc00',
  '😀',
  '\u202e',
);

describe('escapeXml', () => {
  it('escapes every markup character, so data can never open a tag or an attribute', () => {
    expect(escapeXml(`<script>alert("x" & 'y')</script>`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot; &amp; &apos;y&apos;)&lt;/script&gt;',
    );
    expect(escapeXml('"><svg onload="x">')).toBe('&quot;&gt;&lt;svg onload=&quot;x&quot;&gt;');
  });

  it('drops what XML 1.0 forbids (controls, lone surrogates) and keeps the rest', () => {
    expect(escapeXml('a\u0000b\u0007c\u001fd\ufffe')).toBe('abcd');
    expect(escapeXml('x\ud800y\udc00z')).toBe('xyz');
    expect(escapeXml('tab\there\nline 😀 \u202Eevil\u202C')).toBe(
      'tab\there\nline 😀 \u202Eevil\u202C',
    );
  });

  it('never leaves a raw "<" or a bare "&" whatever the string', () => {
    fc.assert(
      fc.property(fc.string({ unit: MARKUP_PIECES, maxLength: 40 }), (text) => {
        const escaped = escapeXml(text);
        return !/[<>"']/.test(escaped) && !/&(?!(?:amp|lt|gt|quot|apos);)/.test(escaped);
      }),
    );
  });
});

describe('textWidth', () => {
  it('measures by the face’s advances, bold wider, marks as nothing', () => {
    const plain = textWidth('Taliban', STYLE);
    expect(plain).toBeGreaterThan(35);
    expect(plain).toBeLessThan(50);
    expect(textWidth('Taliban', { sizePx: 12, bold: true })).toBeGreaterThan(plain);
    expect(textWidth('\u2068Taliban\u2069', STYLE)).toBe(plain);
    expect(textWidth('W', STYLE)).toBeGreaterThan(textWidth('i', STYLE));
    // Wide characters a whole em each.
    expect(textWidth('東京', STYLE)).toBeCloseTo(2 * 12 * 1.06);
  });
});

describe('fitText', () => {
  it('keeps a text that fits, and cuts one that does not with "…" at a whole character', () => {
    expect(fitText('Doha talks', 200, STYLE)).toBe('Doha talks');
    const cut = fitText('US and Taliban hold face-to-face talks in Doha', 100, STYLE);
    expect(cut.endsWith(ELLIPSIS)).toBe(true);
    expect(cut).not.toMatch(/ …$/);
    expect(textWidth(cut, STYLE)).toBeLessThanOrEqual(100);
    expect(fitText('😀😀😀😀😀😀😀😀', 40, STYLE)).toBe('😀😀…');
    expect(fitText('anything', 5, STYLE)).toBe('');
  });

  it('never returns a text wider than its room (the rule every label follows)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        fc.integer({ min: 0, max: 600 }),
        fc.boolean(),
        (text, room, bold) => {
          const style = { sizePx: 12, bold };
          const fitted = fitText(text, room, style);
          expect(textWidth(fitted, style)).toBeLessThanOrEqual(room + 0.01);
          if (fitted !== text && fitted !== '') expect(fitted.endsWith(ELLIPSIS)).toBe(true);
        },
      ),
    );
  });
});

describe('px', () => {
  it('writes at most two decimals and no "-0"', () => {
    expect(px(1.23456)).toBe('1.23');
    expect(px(-0.0001)).toBe('0');
    expect(px(12)).toBe('12');
  });
});
