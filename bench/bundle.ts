// Sizes of the production build's JS and CSS, raw and gzip, and which JS the first paint needs
// (the HTML entry and its static imports, from Vite's build manifest).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Chunk {
  file: string;
  bytes: number;
  gzip: number;
  firstPaint: boolean;
}

export interface BundleReport {
  chunks: Chunk[];
  totalJs: number;
  totalJsGzip: number;
  totalCss: number;
  totalCssGzip: number;
  firstPaintJs: number;
  firstPaintJsGzip: number;
  /** JS files the page had fetched when the first timeline items were painted (1k, run 1). */
  loadedBeforeFirstItems?: string[];
}

interface ManifestEntry {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

/** Files the HTML entry loads before anything else: itself and its static imports, transitively. */
export function firstPaintFiles(manifest: Record<string, ManifestEntry>): Set<string> {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const entry = manifest[key];
    if (!entry) return;
    files.add(entry.file);
    for (const css of entry.css ?? []) files.add(css);
    for (const imported of entry.imports ?? []) visit(imported);
  };
  for (const [key, entry] of Object.entries(manifest)) if (entry.isEntry) visit(key);
  return files;
}

/**
 * Without a manifest (a build made without `--manifest`, e.g. `npm run build`): the files the
 * HTML names, its entry script and the modules it preloads, which are the entry's static imports.
 */
export function filesNamedByHtml(html: string): Set<string> {
  const files = new Set<string>();
  for (const match of html.matchAll(/(?:src|href)="\/?(assets\/[^"]+)"/g)) {
    if (match[1]) files.add(match[1]);
  }
  return files;
}

/**
 * A prerendered page names only the small script that loads the app after its first paint
 * (scripts/prerender/scriptsAfterPaint.ts); the shell (404.html) names what that script loads.
 * A reader's first paint takes both.
 */
function firstPaintOfPages(dist: string): Set<string> {
  const files = filesNamedByHtml(readFileSync(join(dist, 'index.html'), 'utf8'));
  const shell = join(dist, '404.html');
  if (existsSync(shell)) {
    for (const file of filesNamedByHtml(readFileSync(shell, 'utf8'))) files.add(file);
  } else if ([...files].some((file) => /\/boot-[^/]*\.js$/.test(file))) {
    throw new Error(
      `${dist}: a page loads the app after its paint, but there is no 404.html to say what`,
    );
  }
  return files;
}

export function measureBundle(dist: string): BundleReport {
  const manifestPath = join(dist, '.vite', 'manifest.json');
  const firstPaint = existsSync(manifestPath)
    ? firstPaintFiles(
        JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestEntry>,
      )
    : firstPaintOfPages(dist);
  const assets = join(dist, 'assets');
  const chunks: Chunk[] = readdirSync(assets)
    .filter((name) => name.endsWith('.js') || name.endsWith('.css'))
    .sort()
    .map((name) => {
      const content = readFileSync(join(assets, name));
      return {
        file: `assets/${name}`,
        bytes: content.length,
        gzip: gzipSync(content, { level: 6 }).length,
        firstPaint: firstPaint.has(`assets/${name}`),
      };
    });
  const sum = (list: Chunk[], key: 'bytes' | 'gzip') => list.reduce((n, c) => n + c[key], 0);
  const js = chunks.filter((c) => c.file.endsWith('.js'));
  const css = chunks.filter((c) => c.file.endsWith('.css'));
  const firstJs = js.filter((c) => c.firstPaint);
  return {
    chunks,
    totalJs: sum(js, 'bytes'),
    totalJsGzip: sum(js, 'gzip'),
    totalCss: sum(css, 'bytes'),
    totalCssGzip: sum(css, 'gzip'),
    firstPaintJs: sum(firstJs, 'bytes'),
    firstPaintJsGzip: sum(firstJs, 'gzip'),
  };
}
