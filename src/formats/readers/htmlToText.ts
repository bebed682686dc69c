// HTML to plain-text paragraphs, with a real HTML parser (htmlparser2: a tokenizer that needs no
// DOM, so it runs in a Web Worker and in Node alike). Nothing is rendered or executed: only text
// nodes are kept, entities decoded; the contents of script-like elements are dropped. In an
// <svg>, only the words it draws or names are kept: its <text> and <title>.
import { Parser } from 'htmlparser2';

/** Elements that end a paragraph where they open and where they close. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
]);

/** Table cells: a row is one paragraph, its cells apart by a space. */
const CELLS = new Set(['td', 'th']);

/** Elements whose contents are code, embedded documents or metadata, never text to read. */
const DROPPED = new Set([
  'script',
  'style',
  'iframe',
  'template',
  'noscript',
  'object',
  'embed',
  'frameset',
  'noembed',
  'noframes',
  'math',
  'head',
  'title',
  'textarea',
  'select',
]);

/**
 * Inside an <svg>, elements whose contents are dropped besides everything but <text> and <title>:
 * - <desc> is a drawing's description for those who cannot see it, as an image's alt text is, and
 *   alt text is not kept either: an article's text is the words its readers see, which events
 *   quote. (<title> is kept, as the issue asks: it names the figure, as a caption would.)
 * - <foreignObject> holds HTML drawn inside the picture: dropped with the rest of the drawing
 *   rather than read as HTML, so that an <svg> gives no more than its <text> and <title>.
 * - <metadata> is data about the file.
 * The tag names are as the parser gives them in an <svg> (foreignObject, not foreignobject).
 */
const SVG_DROPPED = new Set(['desc', 'foreignObject', 'metadata']);

/** HTML's own white space (not U+00A0, which an author typed on purpose). */
const HTML_SPACE = /[ \t\n\f\r]+/g;

/**
 * What becomes of an element's text:
 * - `html`: read as HTML (block elements break paragraphs);
 * - `dropped`: none of it, whatever is inside;
 * - `drawing`: inside an <svg>: none of it, except in a `label` inside;
 * - `label`: an <svg>'s <text> or <title>: kept, as a paragraph of its own. Its <tspan>s (often
 *   its lines, one under another) are apart by a space, its other elements (<a>, <textPath>)
 *   inline.
 */
type Mode = 'html' | 'dropped' | 'drawing' | 'label';

function modeOf(name: string, parent: Mode): Mode {
  if (parent === 'dropped') return 'dropped';
  if (name === 'title' && parent !== 'html') return 'label';
  if (DROPPED.has(name)) return 'dropped';
  // Nested, an <svg> is a drawing of its own, even inside another's <text>.
  if (name === 'svg') return 'drawing';
  if (parent === 'drawing') {
    if (name === 'text') return 'label';
    return SVG_DROPPED.has(name) ? 'dropped' : 'drawing';
  }
  if (parent === 'label') return SVG_DROPPED.has(name) ? 'dropped' : 'label';
  return 'html';
}

/** The paragraphs of text in an HTML fragment: block elements break them, white space collapses. */
export function htmlToParagraphs(html: string): string[] {
  const paragraphs: string[] = [];
  let current = '';
  // The open elements' modes, innermost last: the parser closes every element it opens (void
  // ones at once, those left open at the end), so each open is matched by a close.
  const modes: Mode[] = [];
  const mode = (): Mode => modes[modes.length - 1] ?? 'html';
  const breakParagraph = () => {
    const text = current.replace(HTML_SPACE, ' ').trim();
    if (text !== '') paragraphs.push(text);
    current = '';
  };
  const parser = new Parser(
    {
      onopentagname(name) {
        const parent = mode();
        const next = modeOf(name, parent);
        modes.push(next);
        if (next === 'label') {
          if (parent !== 'label') breakParagraph();
          else if (name === 'tspan') current += ' ';
        } else if (next === 'html') {
          if (BLOCKS.has(name)) breakParagraph();
          else if (CELLS.has(name)) current += ' ';
        }
      },
      onclosetag(name) {
        const closed = modes.pop() ?? 'html';
        const parent = mode();
        if (closed === 'label') {
          if (parent !== 'label') breakParagraph();
          else if (name === 'tspan') current += ' ';
        } else if (closed === 'html' && BLOCKS.has(name)) breakParagraph();
      },
      ontext(text) {
        const where = mode();
        if (where === 'html' || where === 'label') current += text;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: false },
  );
  parser.write(html);
  parser.end();
  breakParagraph();
  return paragraphs;
}

/** The text of an HTML fragment, one paragraph per line. */
export function htmlToText(html: string): string {
  return htmlToParagraphs(html).join('\n');
}

/** The text of an HTML fragment on one line (for headlines, captions and credits). */
export function htmlToLine(html: string): string {
  return htmlToParagraphs(html).join(' ');
}
