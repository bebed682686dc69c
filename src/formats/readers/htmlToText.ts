// HTML to plain-text paragraphs, with a real HTML parser (htmlparser2: a tokenizer that needs no
// DOM, so it runs in a Web Worker and in Node alike). Nothing is rendered or executed: only text
// nodes are kept, entities decoded; the contents of script-like elements are dropped.
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
  'svg',
  'math',
  'head',
  'title',
  'textarea',
  'select',
]);

/** HTML's own white space (not U+00A0, which an author typed on purpose). */
const HTML_SPACE = /[ \t\n\f\r]+/g;

/** The paragraphs of text in an HTML fragment: block elements break them, white space collapses. */
export function htmlToParagraphs(html: string): string[] {
  const paragraphs: string[] = [];
  let current = '';
  let dropped = 0;
  const breakParagraph = () => {
    const text = current.replace(HTML_SPACE, ' ').trim();
    if (text !== '') paragraphs.push(text);
    current = '';
  };
  const parser = new Parser(
    {
      onopentagname(name) {
        if (DROPPED.has(name)) dropped++;
        else if (dropped === 0 && BLOCKS.has(name)) breakParagraph();
        else if (dropped === 0 && CELLS.has(name)) current += ' ';
      },
      onclosetag(name) {
        if (DROPPED.has(name)) dropped = Math.max(0, dropped - 1);
        else if (dropped === 0 && BLOCKS.has(name)) breakParagraph();
      },
      ontext(text) {
        if (dropped === 0) current += text;
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
