// The build's prerendering, run into a folder of its own from the source index.html, each page
// then read as a link-preview crawler reads it (no script).
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PrerenderReport, prerender } from './build';
import { crawl } from './crawl';

const ROOT = process.cwd();
const SITE = 'https://timelines.example';
let out: string;
let report: PrerenderReport;
const page = (path: string) => crawl(readFileSync(join(out, path, 'index.html'), 'utf8'));

/** What the build leaves beside the pages: the parsing worker the boot script starts. */
function builtWorker(dir: string): void {
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(join(dir, 'assets/parse.worker-Ab1_2.js'), '');
}

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'sourceline-prerender-'));
  copyFileSync(join(ROOT, 'index.html'), join(out, 'index.html'));
  builtWorker(out);
  report = await prerender(ROOT, out, '/', SITE);
}, 120_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('prerendered pages, read without script', () => {
  it('has a page for the default view and each event of the seed', () => {
    const seed = JSON.parse(readFileSync(join(ROOT, 'data/doha-talks-2021.json'), 'utf8'));
    expect(report.pages).toContain('/');
    for (const event of seed.events) expect(report.pages).toContain(`/events/${event.id}/`);
    expect(report.missingTags).toEqual([]);
    // The shell, for a host's page of addresses that name no file.
    const shell = readFileSync(join(out, '404.html'), 'utf8');
    expect(shell).toContain('<div id="root"></div>');
    // A page paints without its scripts: its head asks for one small script, which asks for the
    // app's modules after the paint; the shell, which needs them to show anything, asks at once.
    const boot = /<script defer src="\/(assets\/boot-[0-9a-f]{8}\.js)"><\/script>/;
    for (const html of [
      readFileSync(join(out, 'index.html'), 'utf8'),
      readFileSync(join(out, 'events/doha-talks/index.html'), 'utf8'),
    ]) {
      expect(html).not.toMatch(/<script type="module"|<link rel="modulepreload"/);
      const script = readFileSync(join(out, boot.exec(html)?.[1] ?? 'missing'), 'utf8');
      expect(script).toContain('"entry":"/src/main.tsx"');
      expect(script).toContain('"parseWorker":"/assets/parse.worker-Ab1_2.js"');
    }
    expect(shell).toContain('<script type="module" src="/src/main.tsx"></script>');
  });

  it('the default view holds a picture of its timeline for a phone; an event’s page does not', () => {
    const home = readFileSync(join(out, 'index.html'), 'utf8');
    const picture = /<div class="timeline-picture"><svg [^>]*role="img"[\s\S]*?<\/svg><\/div>/.exec(
      home,
    );
    expect(picture?.[0]).toContain('data-event="shia-mosque-suicide-bombing"');
    expect(picture?.[0]).not.toMatch(/<script|\son[a-z]+=/i);
    expect(readFileSync(join(out, 'events/doha-talks/index.html'), 'utf8')).not.toContain(
      'timeline-picture',
    );
  });

  it('an event’s page holds what a reader sees first, and its preview tags', () => {
    const crawled = page('events/doha-talks');
    expect(crawled.root).toMatchObject({
      'data-dataset': 'doha-talks-2021',
      'data-event': 'doha-talks',
    });
    for (const words of [
      'US–Taliban talks in Doha, October 2021',
      'US and Taliban hold face-to-face talks in Doha',
      '9–10 October 2021',
      'Senior Taliban representatives and a US delegation met face to face in Doha',
      'The statement came after the face-to-face meetings between senior representatives',
      'Events (18)',
      'ISKP claims the Shia mosque bombing',
    ]) {
      expect(crawled.text).toContain(words);
    }
    expect(crawled.styled).toBe(0);
    expect(crawled.title).toBe(
      'US and Taliban hold face-to-face talks in Doha — US–Taliban talks in Doha, October 2021',
    );
    const meta = crawled.meta;
    expect(meta.get('og:title')).toBe('US and Taliban hold face-to-face talks in Doha');
    for (const key of ['description', 'og:description', 'twitter:description']) {
      expect(meta.get(key)).toMatch(
        /^9–10 October 2021\. “The statement came after the face-to-face meetings .*” — Latin Post, Taliban: US will provide/,
      );
    }
    expect(meta.get('og:type')).toBe('article');
    expect(meta.get('og:url')).toBe(`${SITE}/events/doha-talks/`);
    expect(crawled.canonical).toBe(`${SITE}/events/doha-talks/`);
    expect(meta.get('og:image')).toBe(`${SITE}/events/doha-talks/preview.png`);
    expect(meta.get('twitter:image')).toBe(`${SITE}/events/doha-talks/preview.png`);
    expect(meta.get('twitter:card')).toBe('summary_large_image');
    expect([meta.get('og:image:width'), meta.get('og:image:height')]).toEqual(['1200', '630']);
  });

  it('draws each page’s preview image as a 1200×630 PNG', () => {
    for (const path of report.pages) {
      const file = join(out, path, 'preview.png');
      expect(existsSync(file), file).toBe(true);
      const png = readFileSync(file);
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      // IHDR: width and height, big-endian, at bytes 16 and 20.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    }
  });

  it('the default view’s page names the dataset', () => {
    const crawled = page('.');
    expect(crawled.root['data-event']).toBeUndefined();
    expect(crawled.title).toBe('US–Taliban talks in Doha, October 2021 — Sourceline');
    expect(crawled.meta.get('og:description')).toMatch(
      /^18 events, 1 Aug 2021 to 10 Oct 2021\. Sources: Latin Post, U\.S\. Department of State\. Events reported in a Latin Post article/,
    );
    expect(crawled.meta.get('og:url')).toBe(`${SITE}/`);
  });
});

describe('without SITE_URL', () => {
  it('leaves out the tags that need an absolute address, and says which', async () => {
    const bare = mkdtempSync(join(tmpdir(), 'sourceline-prerender-'));
    try {
      copyFileSync(join(ROOT, 'index.html'), join(bare, 'index.html'));
      builtWorker(bare);
      const result = await prerender(ROOT, bare, '/', undefined);
      expect(result.missingTags).toEqual([
        'link rel="canonical"',
        'og:url',
        'og:image',
        'twitter:image',
      ]);
      const crawled = crawl(readFileSync(join(bare, 'events/doha-talks/index.html'), 'utf8'));
      expect(crawled.meta.has('og:image')).toBe(false);
      expect(crawled.meta.get('og:title')).toBe('US and Taliban hold face-to-face talks in Doha');
      expect(crawled.meta.get('twitter:card')).toBe('summary');
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  }, 120_000);

  it('refuses a SITE_URL that is no http(s) origin, and a relative base', async () => {
    await expect(prerender(ROOT, '/nonexistent', '/', 'ftp://x')).rejects.toThrow(/SITE_URL/);
    await expect(prerender(ROOT, '/nonexistent', './', undefined)).rejects.toThrow(/absolute base/);
  });
});

describe('another bundled dataset', () => {
  it('gets its pages under datasets/<id>/, each naming its dataset', async () => {
    const root = mkdtempSync(join(tmpdir(), 'sourceline-prerender-root-'));
    try {
      mkdirSync(join(root, 'data'));
      mkdirSync(join(root, 'dist'));
      copyFileSync(
        join(ROOT, 'data/doha-talks-2021.json'),
        join(root, 'data/doha-talks-2021.json'),
      );
      copyFileSync(join(ROOT, 'data/doha-talks-2021.json'), join(root, 'data/second-set.json'));
      copyFileSync(join(ROOT, 'index.html'), join(root, 'dist/index.html'));
      builtWorker(join(root, 'dist'));
      const result = await prerender(root, join(root, 'dist'), '/', SITE);
      expect(result.pages).toContain('/datasets/second-set/');
      expect(result.pages).toContain('/datasets/second-set/events/doha-talks/');
      expect(result.pages).toContain('/events/doha-talks/');
      const crawled = crawl(
        readFileSync(join(root, 'dist/datasets/second-set/events/doha-talks/index.html'), 'utf8'),
      );
      expect(crawled.root).toMatchObject({
        'data-dataset': 'second-set',
        'data-event': 'doha-talks',
      });
      expect(crawled.meta.get('og:url')).toBe(`${SITE}/datasets/second-set/events/doha-talks/`);
      expect(existsSync(join(root, 'dist/datasets/second-set/preview.png'))).toBe(true);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 120_000);
});
