import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToLine, htmlToParagraphs, htmlToText } from './htmlToText';

describe('htmlToParagraphs', () => {
  it.each([
    ['<p>One</p><p>Two</p>', ['One', 'Two']],
    ['<div>a<div>b</div>c</div>', ['a', 'b', 'c']],
    ['line<br>break<br/>again', ['line', 'break', 'again']],
    ['<ul><li>first</li><li>second</li></ul>', ['first', 'second']],
    ['<h1>Title</h1>text<h6>small</h6>', ['Title', 'text', 'small']],
    ['<blockquote>quoted</blockquote>after', ['quoted', 'after']],
    ['<table><tr><td>a</td><td>b</td></tr><tr><th>c</th></tr></table>', ['a b', 'c']],
    [
      'inline <b>bold</b> and <i>italic</i> and <a href="x">link</a>',
      ['inline bold and italic and link'],
    ],
    ['<p>unclosed<p>next', ['unclosed', 'next']],
  ])('breaks %j into paragraphs at block elements', (html, paragraphs) => {
    expect(htmlToParagraphs(html)).toEqual(paragraphs);
  });

  it('decodes entities, named and numeric, astral ones too', () => {
    expect(
      htmlToParagraphs('Fish &amp; chips &eacute;t&#233; &#x1F600; &lt;b&gt; &quot;q&quot;'),
    ).toEqual(['Fish & chips été 😀 <b> "q"']);
  });

  it('collapses HTML white space, but keeps a no-break space', () => {
    expect(htmlToParagraphs('  many \n\t spaces\r\n here  ')).toEqual(['many spaces here']);
    expect(htmlToParagraphs('10&nbsp;km')).toEqual(['10\u00a0km']);
  });

  it.each([
    ['<script>alert(1)</script>kept', ['kept']],
    ['<style>p { color: red }</style>kept', ['kept']],
    ['<iframe src="https://evil.example"><p>fallback</p></iframe>kept', ['kept']],
    ['<template><p>inert</p></template>kept', ['kept']],
    ['<noscript>enable js</noscript>kept', ['kept']],
    ['<svg><script>alert(1)</script><style>text { x: 1 }</style></svg>kept', ['kept']],
    ['<math><mi>x</mi></math>kept', ['kept']],
    ['<object data="x">fallback</object>kept', ['kept']],
    ['kept<script>never closed', ['kept']],
    ['<SCRIPT>upper()</SCRIPT>kept', ['kept']],
  ])('drops the contents of %j', (html, paragraphs) => {
    expect(htmlToParagraphs(html)).toEqual(paragraphs);
  });

  describe('in an <svg>', () => {
    it('keeps the words of its <title> and <text>, each a paragraph', () => {
      expect(
        htmlToParagraphs(
          '<p>Before <svg viewBox="0 0 10 10"><title>Aid by month</title><g><path d="M0 0L9 9"/>' +
            '<text x="1" y="2">January</text><text>February</text></g></svg> after</p>',
        ),
      ).toEqual(['Before', 'Aid by month', 'January', 'February', 'after']);
    });

    it('puts a space between the <tspan>s of a <text>, and keeps its links and paths inline', () => {
      expect(
        htmlToParagraphs(
          '<svg><text><tspan x="0" dy="1em">Talks in</tspan><tspan x="0" dy="1em">Doha</tspan></text>' +
            '<text>see <a href="https://example.org/">the re<textPath href="#p">port</textPath></a></text></svg>',
        ),
      ).toEqual(['Talks in Doha', 'see the report']);
    });

    it('drops the rest of the drawing: stray text, <desc>, <metadata>, <foreignObject>', () => {
      expect(
        htmlToParagraphs(
          '<svg>stray<desc>A bar chart, for those who cannot see it</desc>' +
            '<metadata>rdf</metadata><g>loose<rect/></g>' +
            '<foreignObject><p>html inside</p><svg><text>deeper</text></svg></foreignObject>' +
            '<text>Label</text></svg>kept',
        ),
      ).toEqual(['Label', 'kept']);
    });

    it('drops scripts and styles wherever they are in it', () => {
      const html =
        '<svg><text>a<script>alert(1)</script>b</text>' +
        '<title>t<style>*{}</style></title>' +
        '<script><text>not drawn</text></script>' +
        '<style><title>not a title</title></style></svg>';
      const text = htmlToText(html);
      expect(text).toBe('ab\nt');
      expect(text).not.toMatch(/alert|not drawn|not a title|\{/);
    });

    it('reads a nested <svg> as one of its own, and an unclosed one to the end', () => {
      expect(
        htmlToParagraphs(
          '<svg><g><svg><title>Inner</title>noise<text>inner label</text></svg>more noise</g>' +
            '<text>outer label</text></svg>after',
        ),
      ).toEqual(['Inner', 'inner label', 'outer label', 'after']);
      expect(htmlToParagraphs('<p>x</p><svg><text>open to the end')).toEqual([
        'x',
        'open to the end',
      ]);
      expect(htmlToParagraphs('<svg><g>never closed')).toEqual([]);
    });

    it('keeps the document <title> and other dropped elements dropped, an <svg> <title> inside them too', () => {
      expect(
        htmlToParagraphs(
          '<head><title>Page</title></head><noscript><svg><title>Icon</title></svg></noscript>' +
            '<template><svg><text>inert</text></svg></template><p>Body</p>',
        ),
      ).toEqual(['Body']);
    });

    it('takes SVG tag names in any case, and entities in its text', () => {
      expect(
        htmlToParagraphs(
          '<SVG><TEXT>Fish &amp; chips</TEXT><DESC>no</DESC><FOREIGNOBJECT>no</FOREIGNOBJECT></SVG>',
        ),
      ).toEqual(['Fish & chips']);
    });
  });

  it('keeps hostile markup only as inert text: attributes and URLs disappear', () => {
    const html =
      '<img src=x onerror="alert(1)">Caption <a href="javascript:alert(2)" onclick="alert(3)">link</a>' +
      '<!-- <script>alert(4)</script> -->';
    const text = htmlToText(html);
    expect(text).toBe('Caption link');
    expect(text).not.toMatch(/alert|javascript|onerror/);
  });

  it('leaves escaped markup as the literal text it shows', () => {
    expect(htmlToText('&lt;script&gt;alert(1)&lt;/script&gt;')).toBe('<script>alert(1)</script>');
  });

  it('returns nothing for nothing', () => {
    expect(htmlToParagraphs('')).toEqual([]);
    expect(htmlToParagraphs('<p> </p><br><div></div>')).toEqual([]);
  });

  it('joins paragraphs with line breaks, or on one line', () => {
    expect(htmlToText('<p>a</p><p>b</p>')).toBe('a\nb');
    expect(htmlToLine('<p>a</p><p>b</p>')).toBe('a b');
  });

  it('never throws, and never returns empty, padded or multi-line paragraphs', () => {
    const pieces = fc.constantFrom(
      '<p>',
      '</p>',
      '<br>',
      '<script>',
      '</script>',
      '<iframe>',
      '</iframe>',
      '<svg>',
      '</svg>',
      '<text>',
      '</text>',
      '<title>',
      '<tspan>',
      '<foreignObject>',
      '<b>',
      '&amp;',
      '&',
      '<',
      '>',
      '\n',
      ' ',
      'word',
      '😀',
      '<!--',
      '-->',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 30 }), (parts) => {
        for (const paragraph of htmlToParagraphs(parts.join(''))) {
          expect(paragraph).not.toBe('');
          expect(paragraph).toBe(paragraph.trim());
          expect(paragraph).not.toMatch(/[\n\r\t]/);
        }
      }),
    );
  });
});
