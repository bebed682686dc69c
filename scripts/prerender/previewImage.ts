// Draws a page's link preview (1200×630 PNG) at build time: satori lays the words out into an
// SVG with the fonts below (no network: the font files come from an npm package), resvg paints it.
// Legible at thumbnail size: a large title, the date, the quote and its source, the timeline's mark.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { clip, type LinkPreview, PREVIEW_HEIGHT, PREVIEW_WIDTH } from '../../src/model/linkPreview';

const require = createRequire(import.meta.url);
/** Inter (latin and latin-ext subsets); satori reads woff, not woff2. */
function font(subset: string, weight: 400 | 700) {
  const path = require.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`);
  return { name: 'Inter', data: readFileSync(path), weight, style: 'normal' as const };
}
let fonts: ReturnType<typeof font>[] | null = null;

const INK = '#1d3557';
const PAPER = '#f8f9fb';
const ACCENT = '#e76f51';
const MUTED = '#4a5560';

interface Node {
  type: string;
  props: { style?: Record<string, unknown>; children?: Node | string | Array<Node | string> };
}
const box = (style: Record<string, unknown>, ...children: Array<Node | string>): Node => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

/** The app's mark (public/favicon.svg): a line with two points on it. */
function logo(): Node {
  return box(
    { alignItems: 'center', gap: 14, fontSize: 30, fontWeight: 700, color: INK },
    box(
      { width: 48, height: 48, borderRadius: 10, backgroundColor: INK, position: 'relative' },
      box({ position: 'absolute', left: 7, right: 7, top: 23, height: 3, backgroundColor: PAPER }),
      box({
        position: 'absolute',
        left: 10,
        top: 19,
        width: 11,
        height: 11,
        borderRadius: 6,
        backgroundColor: '#f4a261',
      }),
      box({
        position: 'absolute',
        left: 28,
        top: 19,
        width: 11,
        height: 11,
        borderRadius: 6,
        backgroundColor: '#a8dadc',
      }),
    ),
    'Sourceline',
  );
}

/** The dataset's events as points on a line, the page's event larger and in the accent colour. */
function timeline(marks: LinkPreview['marks']): Node {
  const width = TEXT_WIDTH;
  const dot = (at: number, chosen: boolean): Node =>
    box({
      position: 'absolute',
      left: Math.round(at * (width - 24)) + (chosen ? 0 : 6),
      top: chosen ? 0 : 6,
      width: chosen ? 24 : 12,
      height: chosen ? 24 : 12,
      borderRadius: 16,
      backgroundColor: chosen ? ACCENT : '#8da9c4',
      border: chosen ? `4px solid ${PAPER}` : 'none',
    });
  return box(
    { position: 'relative', width, height: 24 },
    box({ position: 'absolute', left: 0, right: 0, top: 10, height: 4, backgroundColor: INK }),
    ...marks.positions.map((at) => dot(at, false)),
    ...(marks.chosen === null ? [] : [dot(marks.chosen, true)]),
  );
}

const TEXT_WIDTH = PREVIEW_WIDTH - 160;
const BAR = 14;

function card(preview: LinkPreview): Node {
  const title = clip(preview.title, 110);
  const titleSize = title.length > 70 ? 44 : title.length > 40 ? 52 : 60;
  const quote = preview.quote ? clip(preview.quote, 150) : null;
  const content = box(
    {
      width: PREVIEW_WIDTH,
      height: PREVIEW_HEIGHT - BAR,
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '40px 80px 36px',
    },
    box(
      { flexDirection: 'column', gap: 16, width: TEXT_WIDTH },
      box({ fontSize: 30, fontWeight: 700, color: ACCENT }, clip(preview.date, 60)),
      box({ fontSize: titleSize, fontWeight: 700, lineHeight: 1.12, width: TEXT_WIDTH }, title),
      ...(quote
        ? [
            box(
              {
                fontSize: 28,
                lineHeight: 1.35,
                color: MUTED,
                borderLeft: `6px solid ${ACCENT}`,
                paddingLeft: 22,
                marginTop: 6,
                width: TEXT_WIDTH,
              },
              `“${quote}”`,
            ),
          ]
        : []),
      ...(preview.about
        ? [
            box(
              { fontSize: 28, lineHeight: 1.35, color: MUTED, width: TEXT_WIDTH },
              clip(preview.about, 150),
            ),
          ]
        : []),
      box(
        { fontSize: 24, color: MUTED, width: TEXT_WIDTH },
        `${quote ? '— ' : ''}${clip(preview.source, 90)}`,
      ),
    ),
    box({ flexDirection: 'column', gap: 22 }, timeline(preview.marks), logo()),
  );
  return box(
    {
      width: PREVIEW_WIDTH,
      height: PREVIEW_HEIGHT,
      flexDirection: 'column',
      backgroundColor: PAPER,
      fontFamily: 'Inter',
      color: INK,
    },
    box({ width: PREVIEW_WIDTH, height: BAR, backgroundColor: INK }),
    content,
  );
}

/** The preview image of a page, as PNG bytes. */
export async function drawPreviewImage(preview: LinkPreview): Promise<Buffer> {
  fonts ??= [
    font('latin', 400),
    font('latin', 700),
    font('latin-ext', 400),
    font('latin-ext', 700),
  ];
  const svg = await satori(card(preview) as Parameters<typeof satori>[0], {
    width: PREVIEW_WIDTH,
    height: PREVIEW_HEIGHT,
    fonts,
  });
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: PREVIEW_WIDTH } }).render().asPng();
  return Buffer.from(png);
}
