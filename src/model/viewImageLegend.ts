// The legend of an image of the view (viewImage.ts): the kinds in view, busiest first, the periods
// with their dates, and how dates are drawn, flowed into lines; and the palette and text helper
// the image shares. Pure.
import { busiest } from './choices';
import { escapeXml, fitText, px, type TextStyle, textWidth } from './imageText';
import { kindColor } from './kinds';
import type { TextDirection } from './locale';
import type { ViewLayout } from './viewImageLayout';
import type { ImageWords } from './viewImageWords';

export const INK = '#1b1f24';
export const MUTED = '#4a5560';
export const RULE = '#d5d9de';
export const GRID = '#eceef1';
export const LANE_SHADE = '#f6f7f9';
export const COUNT_FILL = '#5b6470';
export const PERIOD_FILLS = ['#e9eef6', '#f3ede4', '#e8f1ec', '#f1e9f2'];

const LEGEND_TEXT: TextStyle = { sizePx: 12 };
/** Kinds named in the legend (as on screen); the rest are counted. */
const LEGEND_KINDS = 12;
/** Periods named in the legend (as on screen); the rest are counted. */
const LEGEND_PERIODS = 8;

/**
 * A line of text from `x`, cut to `maxPx`; nothing when nothing fits. Right to left (`dir`), `x`
 * is where the line starts on the right, and it runs leftwards.
 */
export function text(
  x: number,
  y: number,
  words: string,
  maxPx: number,
  style: TextStyle,
  attributes = '',
  dir: TextDirection = 'ltr',
): string {
  const fitted = fitText(words, maxPx, style);
  if (fitted === '') return '';
  const weight = style.bold ? ' font-weight="700"' : '';
  const direction = dir === 'rtl' ? ' direction="rtl"' : '';
  return `<text x="${px(x)}" y="${px(y)}" font-size="${style.sizePx}"${weight}${direction}${attributes}>${escapeXml(fitted)}</text>`;
}

/** A line of text in the box `left`–`left + maxPx`, from the side its language starts on. */
export function boxText(
  left: number,
  y: number,
  words: string,
  maxPx: number,
  style: TextStyle,
  attributes: string,
  dir: TextDirection,
): string {
  return text(dir === 'rtl' ? left + maxPx : left, y, words, maxPx, style, attributes, dir);
}

interface LegendEntry {
  /** Its key, drawn at (x, y); none for words alone. */
  swatch?: (x: string, y: string) => string;
  words: string;
}

/**
 * The legend's entries, flowed into lines within `maxPx` (from the right, right to left); returns
 * the markup and its height.
 */
function drawLegend(
  entries: readonly LegendEntry[],
  left: number,
  top: number,
  maxPx: number,
  dir: TextDirection,
): { svg: string; height: number } {
  // Laid out from the left, then mirrored in the box when the language runs right to left.
  const rtl = dir === 'rtl';
  const at = (x: number, width: number) => (rtl ? 2 * left + maxPx - x - width : x);
  const out: string[] = [];
  let x = left;
  let line = 0;
  for (const entry of entries) {
    const indent = entry.swatch ? 18 : 0;
    const words = fitText(entry.words, maxPx - indent, LEGEND_TEXT);
    const width = indent + textWidth(words, LEGEND_TEXT) + 16;
    if (x > left && x + width > left + maxPx) {
      x = left;
      line++;
    }
    const y = top + line * 20;
    if (entry.swatch) out.push(entry.swatch(px(at(x, 12)), px(y)));
    out.push(
      text(at(x + indent, 0), y + 10, words, maxPx - indent, LEGEND_TEXT, ` fill="${INK}"`, dir),
    );
    x += width;
  }
  return { svg: out.join(''), height: entries.length === 0 ? 0 : (line + 1) * 20 };
}

/** The whole legend from `top`: its markup and its height. */
export function drawLegends(
  layout: ViewLayout,
  left: number,
  top: number,
  maxPx: number,
  words: ImageWords,
  /** With the key to how dates are drawn (an inline picture leaves it to the page). */
  withKey = true,
): { svg: string; height: number } {
  const kindName = words.timeline.kind;
  const ranked = busiest(
    layout.kinds,
    (kind) => layout.kindCounts.get(kind) ?? 0,
    kindName,
    LEGEND_KINDS,
  );
  const entries: LegendEntry[] = ranked.shown.map((kind) => ({
    swatch: (x: string, y: string) =>
      `<rect x="${x}" y="${y}" width="12" height="12" rx="2" fill="${kindColor(kind)}"/>`,
    words: kindName(kind),
  }));
  if (ranked.hidden > 0) entries.push({ words: words.moreKinds(ranked.hidden) });
  const out: string[] = [];
  let y = top;
  const kinds = drawLegend(entries, left, y, maxPx, words.dir);
  out.push(kinds.svg);
  y += kinds.height + (kinds.height > 0 ? 4 : 0);
  // The periods in view, named with their dates, in their bands' shades (as the screen's legend).
  const listed = layout.periods.slice(0, LEGEND_PERIODS);
  const morePeriods = layout.periods.length - listed.length;
  const periodEntries: LegendEntry[] = listed.map((period, i) => ({
    swatch: (x, top) =>
      `<rect x="${x}" y="${top}" width="12" height="12" fill="${PERIOD_FILLS[i % PERIOD_FILLS.length]}" stroke="${RULE}"/>`,
    words: words.period(period.title, period.dateWords),
  }));
  if (morePeriods > 0) periodEntries.push({ words: words.morePeriods(morePeriods) });
  const periods = drawLegend(periodEntries, left, y, maxPx, words.dir);
  out.push(periods.svg);
  y += periods.height + (periods.height > 0 ? 4 : 0);
  if (!withKey) return { svg: out.join(''), height: y - top };
  const key = drawLegend(
    [
      {
        swatch: (x, y) =>
          `<rect x="${x}" y="${y}" width="12" height="8" rx="2" fill="${MUTED}"/><rect x="${x}" y="${y}" width="3" height="12" fill="${MUTED}"/>`,
        words: words.legendDay,
      },
      {
        swatch: (x, y) =>
          `<rect x="${x}" y="${y}" width="12" height="6" rx="2" fill="${MUTED}"/><rect x="${x}" y="${Number(y) + 9}" width="14" height="3" fill="${MUTED}"/>`,
        words: words.legendSpan,
      },
      { words: words.legendApproximate },
      { words: words.legendUncertain },
      ...(layout.lanes.some((lane) => lane.counts.some((count) => !count.more))
        ? [
            {
              swatch: (x: string, y: string) =>
                `<rect x="${x}" y="${y}" width="12" height="12" rx="2" fill="${COUNT_FILL}" fill-opacity="0.6"/>`,
              words: words.legendCount,
            },
          ]
        : []),
    ],
    left,
    y,
    maxPx,
    words.dir,
  );
  out.push(key.svg);
  y += key.height;
  return { svg: out.join(''), height: y - top };
}
