// The boot script run against a stand-in for the browser: it asks for the app's modules once,
// after the paint (or two frames, or its timer), and says so if the entry cannot load.
import { describe, expect, it } from 'vitest';
import { BOOT_PARSE_WORKER, HIDDEN_FOR_LINK } from '../../src/state/bootWorker';
import { bootScript, shellScripts, withScriptsAfterPaint } from './scriptsAfterPaint';

const SHELL = `<head>
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/a-1.js">
    <link rel="modulepreload" crossorigin href="/assets/b-2.js">
    <link rel="stylesheet" crossorigin href="/assets/app.css">
    <link rel="preload" href="/assets/data.json" as="fetch" crossorigin="anonymous">
  </head>`;

interface Element {
  tag: string;
  [key: string]: unknown;
}

function browser({ paint, search = '' }: { paint: boolean; search?: string }) {
  const appended: Element[] = [];
  const inserted: Element[] = [];
  const timers: Array<() => void> = [];
  const frames: Array<() => void> = [];
  const workers: Array<Record<string, unknown>> = [];
  const window: Record<string, unknown> = {};
  let observed: (() => void) | null = null;
  const make = (tag: string): Element => ({
    tag,
    setAttribute(name: string, value: string) {
      (this as Element)[name] = value;
    },
    appendChild(child: Element) {
      (this as Element).child = child;
    },
  });
  /** The prerendered page's content, in a root that names the dataset it pictures. */
  const content = [{ style: { display: '' } }, { style: { display: '' } }];
  const marks: string[] = [];
  const root = {
    children: content,
    getAttribute: (name: string) => (name === 'data-dataset' ? 'doha' : null),
    setAttribute: (name: string) => marks.push(name),
  };
  const document = {
    getElementById: (id: string) => (id === 'root' ? root : null),
    createElement: make,
    head: { appendChild: (node: Element) => appended.push(node) },
    body: { firstChild: null, insertBefore: (node: Element) => inserted.push(node) },
  };
  function PerformanceObserver(this: unknown, callback: (list: unknown, o: unknown) => void) {
    return {
      observe: () => {
        observed = () => callback({}, { disconnect: () => undefined });
      },
    };
  }
  PerformanceObserver.supportedEntryTypes = paint ? ['paint', 'navigation'] : ['navigation'];
  const run = new Function(
    'document',
    'PerformanceObserver',
    'setTimeout',
    'requestAnimationFrame',
    'location',
    'Worker',
    'window',
    bootScript(shellScripts(SHELL, '/assets/parse.worker-9.js')),
  );
  run(
    document,
    PerformanceObserver,
    (fn: () => void) => timers.push(fn),
    (fn: () => void) => frames.push(fn),
    { href: `https://example.org/events/x/${search}`, search },
    function startWorker(this: Record<string, unknown>, url: string, options: unknown) {
      workers.push(this);
      this.url = url;
      this.options = options;
    },
    window,
  );
  return {
    appended,
    inserted,
    timers,
    frames,
    content,
    marks,
    workers,
    window,
    paint: () => observed?.(),
  };
}

describe('the boot script', () => {
  it('comes without its comments or indentation', () => {
    const script = bootScript(shellScripts(SHELL, '/assets/parse.worker-9.js'));
    expect(script).not.toMatch(/^\s*\/\/|^\s/m);
    expect(script.length).toBeLessThan(2_400);
  });

  it('asks for the entry and its preloads once the paint is observed, and only once', () => {
    const page = browser({ paint: true });
    expect(page.appended).toEqual([]);
    page.paint();
    expect(page.appended.map((node) => node.href ?? node.src)).toEqual([
      '/assets/a-1.js',
      '/assets/b-2.js',
      '/assets/index-abc.js',
    ]);
    expect(page.appended.at(-1)).toMatchObject({ tag: 'script', type: 'module' });
    for (const timer of page.timers) timer();
    expect(page.appended).toHaveLength(3);
  });

  it('waits two frames where the paint cannot be observed, and its timer asks regardless', () => {
    const page = browser({ paint: false });
    expect(page.frames).toHaveLength(1);
    page.frames[0]?.();
    expect(page.appended).toEqual([]);
    page.frames[1]?.();
    expect(page.appended).toHaveLength(3);
    const hidden = browser({ paint: true });
    for (const timer of hidden.timers) timer();
    expect(hidden.appended).toHaveLength(3);
  });

  it('asks at once, and hides the page, when the link names another dataset than it pictures', () => {
    for (const search of [
      '?dataset=https%3A%2F%2Fexample.net%2Fd.json&from=2012-03-01',
      '?dataset=draft%3Aabc',
    ]) {
      const page = browser({ paint: true, search });
      expect(page.appended).toHaveLength(3);
      expect(page.content.map((element) => element.style.display)).toEqual(['none', 'none']);
      expect(page.marks).toEqual([HIDDEN_FOR_LINK]);
      page.paint();
      expect(page.appended).toHaveLength(3);
    }
    for (const search of ['', '?dataset=doha', '?from=2021-10-01']) {
      const page = browser({ paint: true, search });
      expect(page.appended).toEqual([]);
      expect(page.content.map((element) => element.style.display)).toEqual(['', '']);
      expect(page.marks).toEqual([]);
    }
  });

  it('starts the parsing worker with the modules, once, for the app to adopt', () => {
    const page = browser({ paint: true });
    expect(page.workers).toEqual([]);
    page.paint();
    for (const timer of page.timers) timer();
    expect(page.workers).toHaveLength(1);
    expect(page.workers[0]).toMatchObject({
      url: '/assets/parse.worker-9.js',
      options: { type: 'module' },
    });
    const left = page.window[BOOT_PARSE_WORKER] as { worker: unknown; failed: boolean };
    expect(left).toEqual({ worker: page.workers[0], failed: false });
    (page.workers[0]?.onerror as (() => void) | undefined)?.();
    expect(left.failed).toBe(true);
  });

  it('says so, with a way to reload, when the entry cannot load', () => {
    const page = browser({ paint: true });
    page.paint();
    const entry = page.appended.at(-1);
    if (!entry) throw new Error('no entry asked for');
    (entry.onerror as () => void)();
    expect(page.inserted[0]).toMatchObject({ tag: 'p', role: 'alert' });
    expect(page.inserted[0]?.textContent).toMatch(/could not load its scripts/);
    expect(page.inserted[0]?.child).toMatchObject({
      tag: 'a',
      href: 'https://example.org/events/x/',
    });
  });
});

describe('a page with its scripts after the paint', () => {
  it('names the boot script instead of the modules, and keeps the dataset’s preload', () => {
    const page = withScriptsAfterPaint(SHELL, '/assets/boot-1.js');
    expect(page).not.toMatch(/type="module"|modulepreload/);
    expect(page).toContain('<script defer src="/assets/boot-1.js"></script>');
    expect(page).toContain('<link rel="preload" href="/assets/data.json"');
    expect(page).toContain('<link rel="stylesheet"');
  });
});
