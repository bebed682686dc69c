// "Export…" and "Embed…" in the header. Their dialogs (and the exporters) are for some readers
// only: loaded when asked for, never with the first paint.
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useStore } from '../state/store';
import './share.css';

const ExportDialog = lazy(() => import('./ExportDialog'));
const EmbedDialog = lazy(() => import('./EmbedDialog'));

type Open = 'export' | 'embed' | null;

export function ShareActions() {
  const hasDataset = useStore((state) => state.loaded !== null);
  const [open, setOpen] = useState<Open>(null);
  const exportButton = useRef<HTMLButtonElement>(null);
  const embedButton = useRef<HTMLButtonElement>(null);
  // The focus goes back to the button once the dialog has gone: while a modal dialog is open the
  // page behind it is inert and cannot take it.
  const returnFocus = useRef<HTMLButtonElement | null>(null);
  const close = () => {
    returnFocus.current = open === 'embed' ? embedButton.current : exportButton.current;
    setOpen(null);
  };
  useEffect(() => {
    if (open !== null || !returnFocus.current) return;
    returnFocus.current.focus();
    returnFocus.current = null;
  }, [open]);
  return (
    <>
      <button
        ref={exportButton}
        type="button"
        aria-haspopup="dialog"
        disabled={!hasDataset}
        onClick={() => setOpen('export')}
      >
        Export…
      </button>
      <button
        ref={embedButton}
        type="button"
        aria-haspopup="dialog"
        disabled={!hasDataset}
        onClick={() => setOpen('embed')}
      >
        Embed…
      </button>
      {open && (
        <Suspense fallback={null}>
          {open === 'export' ? <ExportDialog onClose={close} /> : <EmbedDialog onClose={close} />}
        </Suspense>
      )}
    </>
  );
}
