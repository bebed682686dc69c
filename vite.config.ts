import { parse } from '@formatjs/icu-messageformat-parser';
import react from '@vitejs/plugin-react';
import { createServer, type Plugin, type ResolvedConfig } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * The Content Security Policy of the built app. No inline script, no eval, nothing from other
 * hosts; `connect-src` also allows http(s) addresses because a person may open a dataset from any
 * address they choose (the app fetches only the one they name, without credentials).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self' https: http:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "worker-src 'self' blob:",
].join('; ');

/**
 * Puts the policy in the built index.html (the dev server needs inline scripts for reloads), right
 * after the charset: a policy in a <meta> covers only what comes after it.
 */
function contentSecurityPolicy(): Plugin {
  const charset = '<meta charset="UTF-8" />';
  return {
    name: 'sourceline-csp',
    apply: 'build',
    transformIndexHtml: (html) => {
      if (!html.includes(charset))
        throw new Error(`index.html: no ${charset} to put the CSP after`);
      return html.replace(
        charset,
        `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      );
    },
  };
}

/**
 * Preloads the default dataset from index.html, so it downloads beside the app's code instead of
 * after it has run (the app fetches it with the same URL and mode, and takes the preloaded copy).
 * A link that names another dataset leaves this one unused in the cache: a few kilobytes.
 */
function preloadDefaultDataset(id: string): Plugin {
  // The app's base (`/` or `/sub/`): the pages sit in nested folders, so addresses are absolute.
  let base = '/';
  return {
    name: 'sourceline-preload-default-dataset',
    apply: 'build',
    configResolved: (config) => {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (_html, context) => {
        const asset = Object.values(context.bundle ?? {}).find(
          (file) =>
            file.type === 'asset' && new RegExp(`(^|/)${id}-[^/]+\\.json$`).test(file.fileName),
        );
        if (!asset) throw new Error(`index.html: no bundled ${id}.json to preload`);
        return [
          {
            tag: 'link',
            attrs: {
              rel: 'preload',
              href: `${base}${asset.fileName}`,
              as: 'fetch',
              crossorigin: 'anonymous',
            },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}

/**
 * The messages of views the app loads lazily (the editor, its header buttons aside; the Export,
 * Embed and Open dialogs): English ships them with those views' code, off a reader's first paint.
 */
// Problems are said in words of the catalogue only in other languages, whose catalogues come
// whole: English shows a problem's own English (i18n/problemWords.ts), in its frame "problem.at".
// Notices are said by their own chunk (app/NoticeList.tsx, app/LoadFailurePanel.tsx, the editor's).
const LATER_PREFIXES = [
  'editor.',
  'actorKind.',
  'export.',
  'embedDialog.',
  'open.',
  'problem.',
  'notice.',
];
const FIRST_PAINT_EDITOR_KEYS = [
  'editor.newTimeline',
  'editor.myTimelines',
  'editor.editCopy',
  'problem.at',
];
function isLaterMessage(key: string): boolean {
  return (
    LATER_PREFIXES.some((prefix) => key.startsWith(prefix)) &&
    !FIRST_PAINT_EDITOR_KEYS.includes(key)
  );
}

/**
 * Compiles the message catalogues (src/i18n/catalogues/*.json, ICU MessageFormat text) to the
 * syntax trees intl-messageformat formats, so the app ships without the ICU parser (about 40% of
 * FormatJS's weight). A message that does not parse fails the build.
 */
function compileCatalogues(): Plugin {
  const parser = '@formatjs/icu-messageformat-parser';
  return {
    name: 'sourceline-compile-catalogues',
    apply: 'build',
    enforce: 'pre',
    // The built catalogues are syntax trees: intl-messageformat gets the parser's types only.
    resolveId(source, importer) {
      if (source !== parser) return null;
      return this.resolve(`${parser}/no-parser.js`, importer, { skipSelf: true });
    },
    transform(code, id) {
      const file = /[\\/]src[\\/]i18n[\\/]catalogues[\\/][a-z]+\.json(?:\?(first|later))?$/.exec(
        id,
      );
      if (!file) return null;
      // English comes in two parts: the first paint's, and the lazy views' (fetched with them).
      const part = file[1];
      const messages = JSON.parse(code) as Record<string, string>;
      const compiled = Object.fromEntries(
        Object.entries(messages)
          .filter(([key]) => part === undefined || isLaterMessage(key) === (part === 'later'))
          .map(([key, message]) => {
            try {
              return [key, parse(message)];
            } catch (error) {
              throw new Error(`${id}: message ${key} is not ICU MessageFormat: ${error}`);
            }
          }),
      );
      const json = JSON.stringify(compiled);
      // A part (`?first`, `?later`) is a module of its own, not a .json file.
      return { code: part === undefined ? json : `export default ${json};`, map: null };
    },
  };
}

/** English's two parts outside a build (the dev server, the unit tests): the whole file each. */
function englishParts(): Plugin {
  let building = false;
  return {
    name: 'sourceline-english-parts',
    enforce: 'pre',
    configResolved(config) {
      building = config.command === 'build';
    },
    transform(code, id) {
      if (building || !/[\\/]catalogues[\\/]en\.json\?(first|later)$/.test(id)) return null;
      return { code: `export default ${code};`, map: null };
    },
  };
}

/**
 * After the bundle is written: a static page for each bundled dataset's view and event, drawn by
 * the app's components, with its link preview (scripts/prerender/build.ts, loaded through Vite).
 * SITE_URL (the site's origin) makes the preview's addresses absolute.
 */
function prerenderPages(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'sourceline-prerender',
    apply: 'build',
    configResolved: (resolved) => {
      config = resolved;
    },
    closeBundle: async () => {
      if (config.build.ssr) return;
      const server = await createServer({
        root: config.root,
        base: config.base,
        configFile: false,
        logLevel: 'error',
        appType: 'custom',
        plugins: [react(), englishParts()],
        resolve: { alias: config.resolve.alias },
        server: { middlewareMode: true, hmr: false, watch: null, ws: false },
        optimizeDeps: { noDiscovery: true, include: [] },
      });
      try {
        const { prerender } = (await server.ssrLoadModule(
          '/scripts/prerender/build.ts',
        )) as typeof import('./scripts/prerender/build');
        const outDir = new URL(config.build.outDir, `file://${config.root}/`).pathname;
        const report = await prerender(config.root, outDir, config.base, process.env.SITE_URL);
        config.logger.info(`prerendered ${report.pages.length} pages, each with its link preview`);
        if (report.missingTags.length > 0) {
          config.logger.warn(
            `SITE_URL is not set, so no page has ${report.missingTags.join(', ')}: link previews need absolute addresses. Build with SITE_URL=https://your.site to add them.`,
          );
        }
      } finally {
        await server.close();
      }
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    preloadDefaultDataset('doha-talks-2021'),
    compileCatalogues(),
    prerenderPages(),
    englishParts(),
  ],
  resolve: {
    // The code imports vis-timeline's and vis-data's `peer` builds (their types, and one shared
    // DataSet class); the bundle takes the same classes from their `esnext` builds, which leave out
    // the core-js polyfills the peer builds inline twice (es2022 browsers need none) and share
    // vis-util, hammerjs, xss… as plain modules: the timeline chunk drops from 185 to 118 KB gzip.
    // The esnext vis-timeline imports exactly `vis-data/esnext/esm/vis-data.js`, so ours does too.
    alias: [
      { find: /^vis-timeline\/peer$/, replacement: 'vis-timeline/esnext' },
      { find: /^vis-data\/peer$/, replacement: 'vis-data/esnext/esm/vis-data.js' },
    ],
  },
  // ES module workers can split code: the parsing worker loads the importers (TimelineJS, CSV)
  // as a chunk of their own, only for files that need them.
  worker: { format: 'es' },
  server: { port: 5173 },
  preview: {
    port: 4173,
    strictPort: true,
    // What a real host should send too: the policy as a header, with framing forbidden.
    headers: {
      'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Browsers without <link rel="modulepreload"> (Safari before 17) only miss a preload: no
    // polyfill in the first-paint bundle.
    modulePreload: { polyfill: false },
  },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['src/testing/vitestSetup.ts'],
    // A few tests build large datasets (100k events) and take seconds; on a shared, loaded
    // machine 5 s timed them out. Speed is the benchmarks' business, not the unit tests'.
    testTimeout: 20_000,
  },
});
