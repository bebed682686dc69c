// An image of the view, as SVG text: the dataset's title and source line, what the view shows
// (window, filters, lanes), the axis, the events as the timeline lays them out
// (viewImageLayout.ts) and the legend. Pure and self-contained: no script, no font or image from
// elsewhere, every string from the data escaped (imageText.ts) and cut to fit its box. The
// Export dialog rasterises it to PNG; `npm run convert -- <file> --to svg` writes it.
import { parseIsoDay } from '../dataset/calendar';
import { type DateWordsCache, formatDayLong, formatDayShort } from '../dataset/formatDate';
import type { Source } from '../dataset/schema';
import type { LoadedDataset, ResolvedEvent } from '../dataset/types';
import { isolate } from './bidi';
import { describeFilters } from './filterSummary';
import { AXIS_MAJOR_TEXT, AXIS_TEXT, imageAxis } from './imageAxis';
import { escapeXml, fitText, IMAGE_FONT, px, type TextStyle, textWidth } from './imageText';
import { kindColor } from './kinds';
import type { TimelineItemCache } from './timelineItems';
import {
  LABEL_PAD_PX,
  LABEL_TEXT,
  type LaneLayout,
  layoutView,
  ROW_PX,
  type ViewLayout,
  type ViewOfImage,
} from './viewImageLayout';
import {
  boxText,
  COUNT_FILL,
  drawLegends,
  GRID,
  INK,
  LANE_SHADE,
  MUTED,
  PERIOD_FILLS,
  RULE,
  text,
} from './viewImageLegend';
import { ENGLISH_IMAGE_WORDS, type ImageWords } from './viewImageWords';
import type { DayWindow } from './viewState';

/** Width of an image unless asked otherwise (px; the PNG is drawn at twice this). */
export const IMAGE_WIDTH_PX = 1200;
export const MIN_IMAGE_WIDTH_PX = 480;
/** An inline picture (a phone's page, before its timeline is built) may be narrower. */
const MIN_INLINE_WIDTH_PX = 300;
export const MAX_IMAGE_WIDTH_PX = 4000;
const MARGIN_PX = 32;
const INLINE_MARGIN_PX = 8;
/** The column of lane names, when the view is grouped. */
const LANE_NAMES_PX = 180;
const TITLE_TEXT: TextStyle = { sizePx: 22, bold: true };
const LINE_TEXT: TextStyle = { sizePx: 13 };
const LANE_TEXT: TextStyle = { sizePx: 13, bold: true };
const FOOTER_TEXT: TextStyle = { sizePx: 11 };
const AXIS_PX = 40;
const PERIOD_STRIP_PX = 20;
const LANE_PAD_PX = 8;

export interface ViewImageOptions {
  /** Width in px (IMAGE_WIDTH_PX unless given; kept within 480–4000). */
  widthPx?: number;
  /** The events the filters keep, when the caller has them. */
  events?: readonly ResolvedEvent[];
  /** The page's item descriptors for the view's grouping and extent (see timelineItems.ts). */
  cache?: TimelineItemCache;
  /** The page's short date words. */
  dateWords?: DateWordsCache;
  /** The view's address, written small at the foot (the app's own link; none from the CLI). */
  link?: string;
  /** The words drawn, in the interface's language (English unless given). */
  words?: ImageWords;
  /**
   * A picture inside the app's page, in the timeline's place: no title, source or view lines
   * above (the page says them) and no footer.
   */
  inline?: boolean;
}

export interface ViewImage {
  svg: string;
  width: number;
  height: number;
  /** The window drawn, in whole calendar days. */
  days: DayWindow;
  /** The events drawn one by one (others in the window are counted). */
  drawnEventIds: string[];
}

/**
 * Words from the data in a line of the other direction, isolated (as on screen), so that an
 * English title keeps its place in a Persian line.
 */
function dataWords(words: ImageWords): (text: string) => string {
  return words.dir === 'rtl' ? isolate : (text) => text;
}

function publishedWords(source: Source, words: ImageWords): string {
  const day = parseIsoDay(source.published);
  return day === null ? source.published : formatDayLong(day, words.dates);
}

/** "Source: “Title”, Publisher, by Author, 10 October 2021" (the first source, and how many more). */
export function sourceLine(
  sources: readonly Source[],
  words: ImageWords = ENGLISH_IMAGE_WORDS,
): string {
  const first = sources[0];
  if (!first) return '';
  const data = dataWords(words);
  const line = words.source(
    data(first.title),
    data(first.publisher),
    data(first.author),
    publishedWords(first, words),
  );
  return words.sources(line, sources.length - 1);
}

function windowWords(days: DayWindow, words: ImageWords): string {
  return days.from === days.to
    ? formatDayShort(days.from, words.dates)
    : words.window(formatDayShort(days.from, words.dates), formatDayShort(days.to, words.dates));
}

/** "8 Oct 2021 – 12 Oct 2021 · 7 of 14 events · actor: Taliban · lanes by actor" */
export function viewLine(
  loaded: LoadedDataset,
  view: ViewOfImage,
  layout: ViewLayout,
  words: ImageWords = ENGLISH_IMAGE_WORDS,
): string {
  const total = loaded.events.length;
  const inWindow = [...layout.kindCounts.values()].reduce((sum, n) => sum + n, 0);
  const parts = [windowWords(layout.days, words)];
  parts.push(
    words.inView(inWindow, layout.kept.length === total ? null : layout.kept.length, total),
  );
  parts.push(
    ...describeFilters(view.filters, (id) => loaded.actorById.get(id)?.name, words.filters),
  );
  if (view.group !== 'none') parts.push(words.lanesBy(view.group));
  return parts.join(words.separator);
}

/** A lane's height: its counts and rows (one empty row when it has neither), and room for its name. */
function laneHeight(lane: LaneLayout): number {
  const rows = lane.rows === 0 && lane.countsPx === 0 ? 1 : lane.rows;
  return Math.max(
    LANE_PAD_PX * 2 + lane.countsPx + rows * ROW_PX,
    LANE_NAME_LINES_PX + 2 * LANE_PAD_PX,
  );
}

/** Room for a lane's name on two lines. */
const LANE_NAME_LINES_PX = 34;

/**
 * A lane's name on up to two lines of `maxPx`: broken between words where it can be, the second
 * line cut with "…" if the name is longer still.
 */
export function laneNameLines(name: string, maxPx: number, style: TextStyle): string[] {
  if (textWidth(name, style) <= maxPx) return [name];
  const words = name.split(/\s+/).filter(Boolean);
  let first = '';
  let at = 0;
  for (; at < words.length; at++) {
    const longer = first === '' ? (words[at] as string) : `${first} ${words[at]}`;
    if (textWidth(longer, style) > maxPx) break;
    first = longer;
  }
  if (first === '') return [fitText(name, maxPx, style)];
  const rest = words.slice(at).join(' ');
  return [first, fitText(rest, maxPx, style)];
}

function drawLane(lane: LaneLayout, top: number, plotLeft: number, words: ImageWords): string {
  const out: string[] = [];
  const countsBottom = top + LANE_PAD_PX + lane.countsPx;
  for (const count of lane.counts) {
    const x = plotLeft + count.left;
    if (count.more) {
      const y = countsBottom + count.row * ROW_PX;
      out.push(
        `<g><title>${escapeXml(words.countTitle(count.count, true))}</title><rect x="${px(x)}" y="${px(y)}" width="${px(count.width)}" height="19" rx="3" fill="#ffffff" stroke="${COUNT_FILL}"/>`,
        // "+7 more" is the interface's words: in its direction, from its side of the box.
        boxText(
          x + LABEL_PAD_PX,
          y + 13.5,
          count.text,
          count.width - 2 * LABEL_PAD_PX,
          LABEL_TEXT,
          ` fill="${INK}"`,
          words.dir,
        ),
        '</g>',
      );
      continue;
    }
    const height = count.heightPx;
    const y = countsBottom - height;
    // "47 events", else the number alone, else nothing: never cut in the middle of a word.
    const room = count.width - 6;
    const label = [count.text, words.compact(count.count)].find(
      (candidate) => textWidth(candidate, LABEL_TEXT) <= room,
    );
    out.push(
      `<g><title>${escapeXml(words.countTitle(count.count, false))}</title><rect x="${px(x)}" y="${px(y)}" width="${px(count.width)}" height="${height}" rx="2" fill="${COUNT_FILL}" fill-opacity="${px(0.55 + 0.35 * count.weight)}"/>`,
    );
    if (label !== undefined) {
      out.push(
        `<text x="${px(x + count.width / 2)}" y="${px(y + height / 2 + 4)}" font-size="${LABEL_TEXT.sizePx}" text-anchor="middle" fill="#ffffff">${escapeXml(label)}</text>`,
      );
    }
    out.push('</g>');
  }
  for (const label of lane.labels) {
    const y = countsBottom + label.row * ROW_PX;
    const x = plotLeft + label.left;
    const color = kindColor(label.kind);
    const dash = label.uncertain
      ? ' stroke-dasharray="1 2"'
      : label.approximate
        ? ' stroke-dasharray="4 2"'
        : '';
    out.push(
      `<g data-event="${escapeXml(label.eventId)}"><title>${escapeXml(label.tooltip)}</title>`,
    );
    if (label.bar) {
      out.push(
        `<line x1="${px(plotLeft + label.bar.from)}" y1="${px(y + 21.5)}" x2="${px(plotLeft + label.bar.to)}" y2="${px(y + 21.5)}" stroke="${color}" stroke-width="3"${dash}/>`,
      );
    }
    out.push(
      `<rect x="${px(x)}" y="${px(y)}" width="${px(label.width)}" height="19" rx="3" fill="${color}"${dash ? ` stroke="#ffffff" stroke-width="1.5"${dash}` : ''}/>`,
    );
    if (label.dayAt !== undefined) {
      out.push(
        `<rect x="${px(plotLeft + label.dayAt - 1.5)}" y="${px(y + 19)}" width="3" height="5" fill="${color}"/>`,
      );
    }
    if (label.text !== '') {
      out.push(
        `<text x="${px(x + LABEL_PAD_PX)}" y="${px(y + 13.5)}" font-size="${LABEL_TEXT.sizePx}" fill="#ffffff">${escapeXml(label.text)}</text>`,
      );
    }
    out.push('</g>');
  }
  return out.join('');
}

/** The image of a view of a dataset. */
export function buildViewImage(
  loaded: LoadedDataset,
  view: ViewOfImage,
  options: ViewImageOptions = {},
): ViewImage {
  const minWidth = options.inline ? MIN_INLINE_WIDTH_PX : MIN_IMAGE_WIDTH_PX;
  const width = Math.round(
    Math.min(MAX_IMAGE_WIDTH_PX, Math.max(minWidth, options.widthPx ?? IMAGE_WIDTH_PX)),
  );
  const margin = options.inline ? INLINE_MARGIN_PX : MARGIN_PX;
  const words = options.words ?? ENGLISH_IMAGE_WORDS;
  const { dir } = words;
  const grouped = view.group !== 'none';
  const laneNamesPx = grouped ? Math.min(LANE_NAMES_PX, Math.round(width * 0.2)) : 0;
  const plotLeft = margin + laneNamesPx;
  const plotPx = width - margin - plotLeft;
  const inner = width - 2 * margin;
  const layout = layoutView(loaded, view, {
    plotPx,
    ...(options.events ? { events: options.events } : {}),
    ...(options.cache ? { cache: options.cache } : {}),
    ...(options.dateWords ? { dateWords: options.dateWords } : {}),
    words,
  });
  const { dataset } = loaded;
  const body: string[] = [];

  // The header: title, source line, what the view shows. (The image is left to right at its root,
  // so that an image put inside a right-to-left page draws its plot as drawn here.)
  // Right to left, they start at the right edge: the plot below still runs as time does.
  const sources = sourceLine(dataset.sources, words);
  const viewWords = viewLine(loaded, view, layout, words);
  const title = dataWords(words)(dataset.title);
  if (!options.inline) {
    body.push(boxText(margin, 48, title, inner, TITLE_TEXT, ` fill="${INK}"`, dir));
    body.push(boxText(margin, 72, sources, inner, LINE_TEXT, ` fill="${MUTED}"`, dir));
    body.push(boxText(margin, 92, viewWords, inner, LINE_TEXT, ` fill="${INK}"`, dir));
  }

  // The axis.
  const axisTop = options.inline ? 4 : 108;
  const axis = imageAxis(layout.window.start, layout.window.end, plotPx, words.dates);
  const xOf = (ms: number) =>
    plotLeft + ((ms - layout.window.start) / (layout.window.end - layout.window.start)) * plotPx;
  const lanesTop = axisTop + AXIS_PX + (layout.periods.length > 0 ? PERIOD_STRIP_PX : 0);
  let laneTop = lanesTop;
  const laneTops = layout.lanes.map((lane) => {
    const top = laneTop;
    laneTop += laneHeight(lane);
    return top;
  });
  const plotBottom = Math.max(laneTop, lanesTop + 48);

  // Lane shading and names, behind everything.
  layout.lanes.forEach((lane, i) => {
    const top = laneTops[i] as number;
    const height = laneHeight(lane);
    if (grouped && i % 2 === 1) {
      body.push(
        `<rect x="${margin}" y="${px(top)}" width="${px(inner)}" height="${px(height)}" fill="${LANE_SHADE}"/>`,
      );
    }
    if (grouped) {
      laneNameLines(lane.label, laneNamesPx - 16, LANE_TEXT).forEach((line, at) => {
        const y = top + LANE_PAD_PX + 14 + at * 17;
        const name = dataWords(words)(line);
        body.push(boxText(margin + 8, y, name, laneNamesPx - 16, LANE_TEXT, ` fill="${INK}"`, dir));
      });
      body.push(
        `<line x1="${margin}" y1="${px(top + height)}" x2="${px(width - margin)}" y2="${px(top + height)}" stroke="${RULE}"/>`,
      );
    }
  });
  // Periods: bands behind the events, named in their strip under the axis.
  let lastTitleEnd = Number.NEGATIVE_INFINITY;
  layout.periods.forEach((period, i) => {
    const x = plotLeft + period.from;
    const bandPx = period.to - period.from;
    body.push(
      `<g><title>${escapeXml(words.period(period.title, period.dateWords))}</title><rect x="${px(x)}" y="${axisTop + AXIS_PX}" width="${px(Math.max(bandPx, 1))}" height="${px(plotBottom - axisTop - AXIS_PX)}" fill="${PERIOD_FILLS[i % PERIOD_FILLS.length]}" fill-opacity="0.8"/></g>`,
    );
    const titleLeft = Math.max(x + 4, lastTitleEnd + 8);
    const room = Math.min(x + bandPx, plotLeft + plotPx) - titleLeft - 4;
    const title = fitText(period.title, room, AXIS_TEXT);
    if (title !== '') {
      body.push(
        text(
          titleLeft,
          axisTop + AXIS_PX + 14,
          title,
          room,
          AXIS_TEXT,
          ` fill="${MUTED}" font-style="italic"`,
        ),
      );
      lastTitleEnd = titleLeft + textWidth(title, AXIS_TEXT);
    }
  });
  // Ticks and their labels.
  axis.ticks.forEach((tick, i) => {
    const x = xOf(tick.ms);
    const next = axis.ticks[i + 1];
    // A label ends before the next tick and the next month's (or year's) line.
    const nextMajor = axis.majors.find((major) => major.ms > tick.ms);
    const room =
      Math.min(
        next ? xOf(next.ms) : plotLeft + plotPx,
        nextMajor ? xOf(nextMajor.ms) : plotLeft + plotPx,
      ) -
      x -
      6;
    body.push(
      `<line x1="${px(x)}" y1="${axisTop + 20}" x2="${px(x)}" y2="${px(plotBottom)}" stroke="${GRID}"/>`,
    );
    // A date is drawn whole or not at all ("27…" says nothing).
    const roomPx = Math.min(room, plotLeft + plotPx - x - 4);
    if (textWidth(tick.label, AXIS_TEXT) <= roomPx) {
      body.push(text(x + 4, axisTop + 34, tick.label, roomPx, AXIS_TEXT, ` fill="${MUTED}"`));
    }
  });
  axis.majors.forEach((major, i) => {
    const x = xOf(major.ms);
    const next = axis.majors[i + 1];
    const room = Math.min(
      next ? xOf(next.ms) - x - 8 : Number.POSITIVE_INFINITY,
      plotLeft + plotPx - x - 4,
    );
    // The month the window opens in is named only where its name fits before the next.
    if (
      i === 0 &&
      major.ms === layout.window.start &&
      room < textWidth(major.label, AXIS_MAJOR_TEXT) + 4
    )
      return;
    if (major.ms !== layout.window.start) {
      body.push(
        `<line x1="${px(x)}" y1="${axisTop}" x2="${px(x)}" y2="${px(plotBottom)}" stroke="${RULE}"/>`,
      );
    }
    body.push(text(x + 4, axisTop + 14, major.label, room, AXIS_MAJOR_TEXT, ` fill="${INK}"`));
  });
  body.push(
    `<line x1="${plotLeft}" y1="${axisTop + AXIS_PX}" x2="${px(plotLeft + plotPx)}" y2="${axisTop + AXIS_PX}" stroke="${RULE}"/>`,
  );

  // The events.
  layout.lanes.forEach((lane, i) => {
    body.push(drawLane(lane, laneTops[i] as number, plotLeft, words));
  });
  const anyDrawn = layout.lanes.some((lane) => lane.labels.length > 0 || lane.counts.length > 0);
  if (!anyDrawn) {
    const none = layout.kept.length === 0 ? words.noMatch : words.noneInWindow;
    const w = Math.min(textWidth(none, LINE_TEXT), plotPx);
    body.push(
      text(
        plotLeft + (plotPx - w) / 2 + (dir === 'rtl' ? w : 0),
        lanesTop + 30,
        none,
        plotPx,
        LINE_TEXT,
        ` fill="${MUTED}"`,
        dir,
      ),
    );
  }
  body.push(
    `<line x1="${margin}" y1="${px(plotBottom)}" x2="${px(width - margin)}" y2="${px(plotBottom)}" stroke="${RULE}"/>`,
  );

  // The legend: kinds and periods in view, and how dates are drawn.
  const legend = drawLegends(layout, margin, plotBottom + 20, inner, words, !options.inline);
  body.push(legend.svg);
  const y = plotBottom + 20 + legend.height + (options.inline ? 0 : 10);
  if (!options.inline) {
    const foot = words.footer(options.link);
    body.push(boxText(margin, y + 8, foot, inner, FOOTER_TEXT, ` fill="${MUTED}"`, dir));
  }
  const height = Math.ceil(options.inline ? y : y + 8 + margin - 8);

  const heading = words.heading(dataset.title, windowWords(layout.days, words));
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="sl-title sl-desc" font-family="${escapeXml(IMAGE_FONT)}" direction="ltr">`,
    `<title id="sl-title">${escapeXml(heading)}</title>`,
    `<desc id="sl-desc">${escapeXml(words.description(viewWords, sources))}</desc>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...body.filter((part) => part !== ''),
    '</svg>',
  ].join('\n');
  return { svg, width, height, days: layout.days, drawnEventIds: layout.drawnEventIds };
}
