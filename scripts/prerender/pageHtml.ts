// One prerendered page: the built index.html with the app's markup in #root and the page's link
// preview in place of the generic <title> and description.
import { escapeAttribute } from '../../src/model/embedding';
import { type LinkPreview, previewTags } from '../../src/model/linkPreview';
import { withScriptsAfterPaint } from './scriptsAfterPaint';

/** SITE_URL, checked: an http(s) origin (a path must be the app's base). Null when not given. */
export function readSiteUrl(value: string | undefined, base: string): string | null {
  if (value === undefined || value.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`SITE_URL is not an address: “${value}” (give e.g. https://example.org).`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL must start with https:// or http://, not “${value}”.`);
  }
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  if (path !== '/' && path !== base) {
    throw new Error(
      `SITE_URL has the path ${url.pathname}, but the app is built for ${base}: give the origin alone and build with --base ${path}.`,
    );
  }
  return url.origin;
}

/** The attribute a prerendered element's inline style moves to (src/main.tsx puts it back). */
export const STYLE_ATTRIBUTE = 'data-ssr-style';
const STYLE = / style="([^"]*)"/g;
const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&quot;': '"',
  '&#x27;': "'",
  '&#39;': "'",
  '&lt;': '<',
  '&gt;': '>',
};

/**
 * The page's CSP (`style-src 'self'`) forbids style attributes in HTML, so the app's inline styles
 * (a kind's colour, a box's height) move to a data attribute, and a stylesheet gives each value's
 * elements the same declarations; the app sets them again through the CSSOM before it takes
 * over. Returns the markup and the distinct style values it holds.
 */
export function hoistInlineStyles(app: string): { app: string; styles: Set<string> } {
  const styles = new Set<string>();
  const moved = app.replace(STYLE, (_all, value: string) => {
    styles.add(value.replace(/&(?:amp|quot|#x27|#39|lt|gt);/g, (entity) => ENTITIES[entity] ?? ''));
    return ` ${STYLE_ATTRIBUTE}="${value}"`;
  });
  return { app: moved, styles };
}

/** The stylesheet for hoisted style values: `[data-ssr-style="v"] { v }`. */
export function hoistedStylesheet(styles: Iterable<string>): string {
  return [...styles]
    .filter((value) => !/[{}<\\]/.test(value))
    .sort()
    .map((value) => `[${STYLE_ATTRIBUTE}=${JSON.stringify(value)}]{${value}}`)
    .join('\n');
}

export interface Page {
  /** What renderToString made of the app. */
  app: string;
  preview: LinkPreview;
  siteUrl: string | null;
  dataset: string;
  event: string | null;
  /** The address of the app's stylesheet with the hoisted styles' rules. */
  stylesheet: string;
  /** The address of the script that loads the app after the first paint (scriptsAfterPaint.ts). */
  boot: string;
}

const ROOT = '<div id="root"></div>';
/** The app's own stylesheet in the built index.html, which a page replaces with its own copy. */
export const APP_STYLESHEET = /<link rel="stylesheet"[^>]* href="([^"]+\.css)">/;
const GENERIC_HEAD = /<meta name="description"[^>]*>\s*([\s\S]*?)<title>[^<]*<\/title>/;

/**
 * A page: the built index.html (`shell`) with the page's preview tags in place of the generic
 * description and <title>, the hoisted styles' sheet, and the app's markup in #root, which names
 * the page's dataset and event for the app that takes it over.
 */
export function pageDocument(shell: string, page: Page): string {
  if (!shell.includes(ROOT)) throw new Error(`index.html: no ${ROOT} to prerender into`);
  const head = GENERIC_HEAD.exec(shell);
  if (!head) throw new Error('index.html: no description and <title> to replace');
  const attributes = [
    `data-dataset="${escapeAttribute(page.dataset)}"`,
    page.event === null ? '' : ` data-event="${escapeAttribute(page.event)}"`,
  ].join('');
  // The app's stylesheet gives way to its copy with the hoisted rules (a bare shell gets a link).
  const styled = APP_STYLESHEET.test(shell)
    ? shell.replace(APP_STYLESHEET, (tag, href: string) => tag.replace(href, page.stylesheet))
    : shell.replace(
        '</head>',
        () => `  <link rel="stylesheet" href="${page.stylesheet}">\n  </head>`,
      );
  return withScriptsAfterPaint(
    styled
      .replace(GENERIC_HEAD, () => `${head[1] ?? ''}${previewTags(page.preview, page.siteUrl)}`)
      .replace(ROOT, () => `<div id="root" ${attributes}>${page.app}</div>`),
    page.boot,
  );
}
