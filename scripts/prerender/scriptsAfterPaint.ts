// A prerendered page paints from its HTML and stylesheet alone; its scripts only take it over. So
// its head asks for one small classic script instead of the app's modules, and that script asks
// for them once the page has painted. On a slow connection the page's first paint then waits
// for nothing but the stylesheet: Lighthouse's simulated phone counts every request made before
// the paint it observes, and ~120 KB of modules asked for by the head put its LCP at 1.9 s
// instead of 1.0 s. (The shell, which needs its scripts to show anything, keeps them in its head.)

import { BOOT_PARSE_WORKER, HIDDEN_FOR_LINK } from '../../src/state/bootWorker';

/** What the built index.html's head asks for: the app's entry module and the modules it preloads. */
export interface ShellScripts {
  entry: string;
  preloads: string[];
  /** The dataset-parsing worker's script, started beside the modules (src/state/bootWorker.ts). */
  parseWorker: string;
}

const ENTRY = /\s*<script type="module"[^>]* src="([^"]+)"[^>]*><\/script>/;
const PRELOAD = /\s*<link rel="modulepreload"[^>]* href="([^"]+)"[^>]*>/g;

export function shellScripts(shell: string, parseWorker: string): ShellScripts {
  const entry = ENTRY.exec(shell)?.[1];
  if (!entry) throw new Error('index.html: no <script type="module"> to load after the paint');
  return {
    entry,
    preloads: [...shell.matchAll(PRELOAD)].map((found) => found[1] as string),
    parseWorker,
  };
}

// A prerendered page is in English (the app takes it over only for a reader in English), so its
// boot script's one message is too.
const BOOT_FAILURE =
  'This page could not load its scripts: it reads as it is, but its controls will not answer.';
const BOOT_RETRY = 'Reload';

/**
 * The script that asks for the app's modules once the browser says the page has painted (or two
 * frames on, where it cannot say). A page opened in a background tab does not paint, so a timer
 * asks too.
 */
export function bootScript(scripts: ShellScripts): string {
  return withoutComments(`(function () {
  var scripts = ${JSON.stringify(scripts)};
  var asked = false;
  function ask() {
    if (asked) return;
    asked = true;
    scripts.preloads.forEach(function (href) {
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = 'anonymous';
      link.href = href;
      document.head.appendChild(link);
    });
    var entry = document.createElement('script');
    entry.type = 'module';
    entry.crossOrigin = 'anonymous';
    entry.src = scripts.entry;
    // The page reads without it, but its controls would do nothing: say so, with a way to retry.
    entry.onerror = function () {
      var notice = document.createElement('p');
      notice.setAttribute('role', 'alert');
      notice.className = 'boot-failure';
      notice.textContent = ${JSON.stringify(BOOT_FAILURE)} + ' ';
      var again = document.createElement('a');
      again.href = location.href;
      again.textContent = ${JSON.stringify(BOOT_RETRY)};
      notice.appendChild(again);
      document.body.insertBefore(notice, document.body.firstChild);
    };
    document.head.appendChild(entry);
    // The app adopts it (bootWorker.ts); one that fails before the app listens is marked so.
    try {
      var started = { worker: new Worker(scripts.parseWorker, { type: 'module' }), failed: false };
      started.worker.onerror = function () { started.failed = true; };
      window[${JSON.stringify(BOOT_PARSE_WORKER)}] = started;
    } catch (e) {}
  }
  // First, so that nothing below can keep the app from loading.
  setTimeout(ask, 3000);
  // A link that names another dataset (an address, a draft, another bundled one) is served this
  // page too (a static host cannot route by query). What it pictures is not what the link shows:
  // hidden, so no reader sees one dataset's events under another's link, and the app is asked
  // for at once, since this page's paint is of nothing the reader wants.
  var root = document.getElementById('root');
  var named = new URLSearchParams(location.search).get('dataset');
  if (root && named !== null && named !== root.getAttribute('data-dataset')) {
    for (var i = 0; i < root.children.length; i++) root.children[i].style.display = 'none';
    // The app draws such a page anew (src/main.tsx), even when it then shows this dataset (its
    // link's address refused, say).
    root.setAttribute(${JSON.stringify(HIDDEN_FOR_LINK)}, '');
    ask();
    return;
  }
  try {
    if ((PerformanceObserver.supportedEntryTypes || []).indexOf('paint') < 0) throw 0;
    new PerformanceObserver(function (list, observer) {
      observer.disconnect();
      ask();
    }).observe({ type: 'paint', buffered: true });
  } catch (e) {
    requestAnimationFrame(function () { requestAnimationFrame(ask); });
  }
})();
`);
}

/**
 * The script as the page gets it: its comments (for whoever reads this file) and indentation
 * left out, since every byte of it is in the first paint's budget. Only whole-line comments are
 * written in it, so no string is touched.
 */
function withoutComments(script: string): string {
  return script
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('//'))
    .join('\n');
}

/** The page with the boot script (at `bootSrc`) in place of the app's module tags. */
export function withScriptsAfterPaint(html: string, bootSrc: string): string {
  if (!ENTRY.test(html)) throw new Error('a page without the app’s entry module');
  return html
    .replace(PRELOAD, '')
    .replace(ENTRY, () => `\n    <script defer src="${bootSrc}"></script>`);
}
