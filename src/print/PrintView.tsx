// The printout's slot: it listens for printing from the first paint, and renders the printed
// list (PrintedEvents.tsx) only while printing. The list's code is fetched when the page is idle,
// off a reader's first paint, and at once if printing starts before that.
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import './print.css';

type PrintedModule = typeof import('./PrintedEvents');

/** Whether the page is being printed: true from `beforeprint` until `afterprint`. */
function usePrinting(): boolean {
  // No window when the build prerenders the page (nor any printing).
  const [printing, setPrinting] = useState(
    () => typeof window !== 'undefined' && window.matchMedia('print').matches,
  );
  useEffect(() => {
    const media = window.matchMedia('print');
    // Synchronously, so the list is in the page before the browser lays it out for print.
    const start = () => flushSync(() => setPrinting(true));
    const stop = () => setPrinting(false);
    const onChange = () => (media.matches ? start() : stop());
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', stop);
    media.addEventListener('change', onChange);
    return () => {
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', stop);
      media.removeEventListener('change', onChange);
    };
  }, []);
  return printing;
}

/** The printed list's code: fetched when the page is idle, or when printing starts. */
function usePrintedModule(printing: boolean): PrintedModule | null {
  const [module, setModule] = useState<PrintedModule | null>(null);
  useEffect(() => {
    if (module) return;
    let live = true;
    const load = () => {
      void import('./PrintedEvents').then((loaded) => live && setModule(loaded));
    };
    if (printing) load();
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(load, 1000);
      return () => {
        live = false;
        clearTimeout(timer);
      };
    }
    const idle = requestIdleCallback(load, { timeout: 1500 });
    return () => {
      live = false;
      cancelIdleCallback(idle);
    };
  }, [module, printing]);
  return module;
}

export function PrintView() {
  const printing = usePrinting();
  const printed = usePrintedModule(printing);
  if (!printing || !printed) return null;
  return <printed.PrintedEvents />;
}
