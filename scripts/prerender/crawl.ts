// A page read as a link-preview crawler reads it: HTML parsed, no script run. Shared by the unit
// test of the build's pages and the end-to-end test of the served ones.
import { DomUtils, parseDocument } from 'htmlparser2';

export interface CrawledPage {
  title: string;
  /** `<meta>` content by `name` or `property` (the first of each). */
  meta: Map<string, string>;
  canonical: string | null;
  /** The text of #root: what a reader sees before any script runs. */
  text: string;
  /** The attributes of #root. */
  root: Record<string, string>;
  /** Elements in #root with a style attribute (a CSP of `style-src 'self'` would refuse them). */
  styled: number;
}

export function crawl(html: string): CrawledPage {
  const document = parseDocument(html);
  const title = DomUtils.findOne((node) => node.name === 'title', document.children);
  const meta = new Map<string, string>();
  for (const node of DomUtils.findAll((n) => n.name === 'meta', document.children)) {
    const key = node.attribs.name ?? node.attribs.property;
    if (key && node.attribs.content !== undefined && !meta.has(key)) {
      meta.set(key, node.attribs.content);
    }
  }
  const canonical = DomUtils.findOne(
    (node) => node.name === 'link' && node.attribs.rel === 'canonical',
    document.children,
  );
  const root = DomUtils.findOne((node) => node.attribs.id === 'root', document.children);
  return {
    title: title ? DomUtils.textContent(title) : '',
    meta,
    canonical: canonical?.attribs.href ?? null,
    text: root ? DomUtils.textContent(root).replace(/\s+/g, ' ') : '',
    root: root?.attribs ?? {},
    styled: root ? DomUtils.findAll((node) => 'style' in node.attribs, [root]).length : 0,
  };
}
