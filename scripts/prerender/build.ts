// The build's last step (run by the `sourceline-prerender` plugin in vite.config.ts, which loads
// this module through Vite so that it reads the app's modules as the bundle does): a page of static
// HTML for each bundled dataset's default view and each of its events, drawn by the app's own
// components (src/prerender.tsx), each with its link preview: <head> tags and a 1200×630 PNG. The
// app takes over each page without redrawing it (hydration, src/main.tsx).
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ABSOLUTE_TAGS } from '../../src/model/linkPreview';
import {
  DEFAULT_DATASET_ID,
  linkPreview,
  readBundledDataset,
  renderPage,
} from '../../src/prerender';
import {
  APP_STYLESHEET,
  hoistedStylesheet,
  hoistInlineStyles,
  type Page,
  pageDocument,
  readSiteUrl,
} from './pageHtml';
import { drawPreviewImage } from './previewImage';
import { bootScript, shellScripts } from './scriptsAfterPaint';

/** The built parsing worker's script (its name has the build's hash), under `assets/`. */
function parseWorkerScript(outDir: string): string {
  const found = readdirSync(join(outDir, 'assets')).filter((name) =>
    /^parse\.worker-[\w-]+\.js$/.test(name),
  );
  if (found.length !== 1) {
    throw new Error(`expected one parse.worker-*.js in ${outDir}/assets, found ${found.length}`);
  }
  return `assets/${found[0]}`;
}

export interface PrerenderReport {
  /** The pages' paths. */
  pages: string[];
  /** The tags no page has, for want of SITE_URL. */
  missingTags: readonly string[];
}

/**
 * Prerenders the bundled datasets (`<root>/data/*.json`) into the built app in `outDir`, whose
 * index.html is the shell each page is made from. `siteUrlValue` is SITE_URL, or undefined.
 */
export async function prerender(
  root: string,
  outDir: string,
  base: string,
  siteUrlValue: string | undefined,
): Promise<PrerenderReport> {
  if (!base.startsWith('/')) {
    throw new Error(
      `Prerendered pages sit in nested folders (events/<id>/): they need an absolute base, not “${base}”.`,
    );
  }
  const siteUrl = readSiteUrl(siteUrlValue, base);
  const shell = readFileSync(join(outDir, 'index.html'), 'utf8');
  // Kept as it is for addresses that name no page (a host's 404 page): the app reads them.
  writeFileSync(join(outDir, '404.html'), shell);
  const site = { base, defaultDataset: DEFAULT_DATASET_ID };
  const pages: Array<Omit<Page, 'stylesheet' | 'boot'>> = [];
  const styles = new Set<string>();
  const ids = readdirSync(join(root, 'data'))
    .filter((name) => name.endsWith('.json') && name !== 'schema.json')
    .map((name) => name.replace(/\.json$/, ''))
    .sort();
  for (const id of ids) {
    const text = readFileSync(join(root, 'data', `${id}.json`), 'utf8');
    const loaded = await readBundledDataset(id, text);
    for (const event of [null, ...loaded.events.map((resolved) => resolved.event.id)]) {
      const hoisted = hoistInlineStyles(await renderPage(id, loaded, event));
      for (const style of hoisted.styles) styles.add(style);
      const preview = linkPreview(loaded, site, id, event);
      pages.push({ app: hoisted.app, preview, siteUrl, dataset: id, event });
    }
  }
  // The hoisted rules join the app's stylesheet in a copy of its own name (its hash of the
  // whole), so a page waits for one stylesheet, not two; the shell keeps the original.
  const appSheet = APP_STYLESHEET.exec(shell)?.[1];
  const css = `${appSheet ? readFileSync(join(outDir, appSheet.slice(base.length)), 'utf8') : ''}\n${hoistedStylesheet(styles)}\n`;
  const sheetName = `assets/prerendered-${createHash('sha256').update(css).digest('hex').slice(0, 8)}.css`;
  mkdirSync(join(outDir, 'assets'), { recursive: true });
  writeFileSync(join(outDir, sheetName), css);
  const boot = bootScript(shellScripts(shell, `${base}${parseWorkerScript(outDir)}`));
  const bootName = `assets/boot-${createHash('sha256').update(boot).digest('hex').slice(0, 8)}.js`;
  writeFileSync(join(outDir, bootName), boot);
  for (const page of pages) {
    const { preview } = page;
    const folder = join(outDir, preview.path.slice(base.length));
    mkdirSync(folder, { recursive: true });
    writeFileSync(
      join(folder, 'index.html'),
      pageDocument(shell, {
        ...page,
        stylesheet: `${base}${sheetName}`,
        boot: `${base}${bootName}`,
      }),
    );
    const image = join(outDir, preview.imagePath.slice(base.length));
    mkdirSync(dirname(image), { recursive: true });
    writeFileSync(image, await drawPreviewImage(preview));
  }
  return {
    pages: pages.map((page) => page.preview.path),
    missingTags: siteUrl ? [] : ABSOLUTE_TAGS,
  };
}
