// The example header files for hosts that let other sites embed Sourceline (deploy/) must send
// exactly the app's policy plus frame-ancestors, and the preview server's other headers: a
// change to vite.config.ts that they do not follow fails here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import config, { CONTENT_SECURITY_POLICY } from '../vite.config';

const EMBEDDING_SITE = 'https://site.example';
const read = (path: string) => readFileSync(new URL(`../deploy/${path}`, import.meta.url), 'utf8');

/** The headers each example sends, by name, read the way that host reads its file. */
const EXAMPLES: Record<string, () => Map<string, string>> = {
  'Netlify _headers': () => {
    const lines = read('netlify/_headers').split('\n');
    const headers = new Map<string, string>();
    let inAll = false;
    for (const line of lines) {
      if (line.startsWith('#') || line.trim() === '') continue;
      if (!line.startsWith(' ')) {
        inAll = line.trim() === '/*';
        continue;
      }
      const match = /^\s+([A-Za-z-]+):\s*(.*)$/.exec(line);
      if (inAll && match?.[1] && match[2] !== undefined) headers.set(match[1], match[2]);
    }
    return headers;
  },
  'Vercel vercel.json': () => {
    const json = JSON.parse(read('vercel/vercel.json')) as {
      headers: Array<{ source: string; headers: Array<{ key: string; value: string }> }>;
    };
    const all = json.headers.find((rule) => rule.source === '/(.*)');
    return new Map((all?.headers ?? []).map((header) => [header.key, header.value]));
  },
  'nginx add_header': () => {
    const headers = new Map<string, string>();
    for (const match of read('nginx/sourceline.conf').matchAll(
      /^add_header ([A-Za-z-]+) "([^"]*)" always;$/gm,
    )) {
      if (match[1] && match[2] !== undefined) headers.set(match[1], match[2]);
    }
    return headers;
  },
  'Apache .htaccess': () => {
    const headers = new Map<string, string>();
    for (const match of read('apache/.htaccess').matchAll(
      /^\s*Header always set ([A-Za-z-]+) "([^"]*)"$/gm,
    )) {
      if (match[1] && match[2] !== undefined) headers.set(match[1], match[2]);
    }
    return headers;
  },
};

describe('example hosting headers (deploy/)', () => {
  const preview = config.preview?.headers ?? {};

  it('the preview server stays strict: framing forbidden', () => {
    expect(preview['Content-Security-Policy']).toBe(
      `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
    );
  });

  for (const [name, headersOf] of Object.entries(EXAMPLES)) {
    it(`${name}: the app's policy plus frame-ancestors, and the preview's other headers`, () => {
      const headers = headersOf();
      expect(headers.get('Content-Security-Policy')).toBe(
        `${CONTENT_SECURITY_POLICY}; frame-ancestors ${EMBEDDING_SITE}`,
      );
      for (const [header, value] of Object.entries(preview)) {
        if (header === 'Content-Security-Policy') continue;
        expect(headers.get(header), header).toBe(String(value));
      }
      expect([...headers.keys()].sort()).toEqual(Object.keys(preview).sort());
    });
  }
});
