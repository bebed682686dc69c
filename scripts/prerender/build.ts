// The build's last step (run by the `sourceline-prerender` plugin in vite.config.ts, which loads
// this module through Vite so that it reads the app's modules as the bundle does): a page of static
// HTML for each bundled dataset's default view and each of its events, drawn by the app's own
// components (src/prerender.tsx), each with its link preview: <head> tags and a 1200×630 PNG. The
// app takes over each page without redrawing it (hydration, src/main.tsx).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  DEFAULT_DATASET_ID,
  linkPreview,
  readBundledDataset,
  renderPage,
} from '../../src/prerender';
import { ABSOLUTE_TAGS } from '../../src/model/linkPreview';
import { pagePageHtml, readSiteUrl } from './pageHtml';
import { drawPreviewImage } from './previewImage';

export interface PrerenderReport {
  /** The pages' paths. */
  pages: string[];
  /** The tags no page has, for want of SITE_URL. */
  missingTags: readonly string[];
}

/**
 * Prerenders the bundled datasets (`<root>/data/*.json`) into the built app in `outDir`, whose
 * index.html is the shell each page is made from. `siteUrl` is SITE_URL, or undefined.
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
  const pages: string[] = [];
  const ids = readdirSync(join(root, 'data'))
    .filter((name) => name.endsWith('.json') && name !== 'schema.json')
    .map((name) => name.replace(/\.json$/, ''))
    .sort();
  for (const id of ids) {
    const loaded = await readBundledDataset(id, readFileSync(join(root, 'data', `${id}.json`), 'utf8'));
    for (const event of [null, ...loaded.events.map((resolved) => resolved.event.id)]) {
      const preview = linkPreview(loaded, site, id, event);
      const html = pagePageHtml(shell, {
        app: renderPage(id, loaded, event),
        preview,
        siteUrl,
        dataset: id,
        event,
      });
      const folder = join(outDir, preview.path.slice(base.length));
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, 'index.html'), html);
      const image = join(outDir, preview.imagePath.slice(base.length));
      mkdirSync(dirname(image), { recursive: true });
      writeFileSync(image, await drawPreviewImage(preview));
      pages.push(preview.path);
    }
  }
  return { pages, missingTags: siteUrl ? [] : ABSOLUTE_TAGS };
}
