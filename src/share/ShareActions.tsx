// "Export…" and "Embed…" in the header. Their dialogs (and the exporters) are for some readers
// only: loaded when asked for, never with the first paint.
import { lazy, Suspense } from 'react';
import { useDialogs } from '../app/useDialogs';
import { useStore } from '../state/store';
import './share.css';
import { withLaterMessages } from '../i18n/catalogue';
import { useTranslator } from '../i18n/I18nProvider';

const ExportDialog = lazy(() => withLaterMessages(import('./ExportDialog')));
const EmbedDialog = lazy(() => withLaterMessages(import('./EmbedDialog')));

export function ShareActions() {
  const { t } = useTranslator();
  const hasDataset = useStore((state) => state.loaded !== null);
  const { open, show, close, opener } = useDialogs<'export' | 'embed'>();
  return (
    <>
      <button
        ref={opener('export')}
        type="button"
        aria-haspopup="dialog"
        disabled={!hasDataset}
        onClick={() => show('export')}
      >
        {t('share.export')}
      </button>
      <button
        ref={opener('embed')}
        type="button"
        aria-haspopup="dialog"
        disabled={!hasDataset}
        onClick={() => show('embed')}
      >
        {t('share.embed')}
      </button>
      {open && (
        <Suspense fallback={null}>
          {open === 'export' ? <ExportDialog onClose={close} /> : <EmbedDialog onClose={close} />}
        </Suspense>
      )}
    </>
  );
}
