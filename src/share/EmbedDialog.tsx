// "Embed…": the <iframe> snippet for the view on screen, the optional script that lets a frame take
// its content's height, and what the host serving this app must allow. Loaded on demand.
import { useId, useState } from 'react';
import { useTranslator } from '../i18n/I18nProvider';
import { Message } from '../i18n/Message';
import { embedSnippet, resizeScript, viewAddress } from '../model/embedding';
import { SITE } from '../state/site';
import { useStore } from '../state/store';
import { Modal } from './Modal';

/** A read-only box of code to select and copy, with a button that copies it. */
function CodeBox({
  label,
  copyLabel,
  code,
  rows,
}: {
  label: string;
  copyLabel: string;
  code: string;
  rows: number;
}) {
  const { t } = useTranslator();
  const id = useId();
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied('yes');
    } catch {
      setCopied('no');
    }
  };
  return (
    <div className="code-box">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        readOnly
        rows={rows}
        value={code}
        spellCheck={false}
        onFocus={(event) => event.target.select()}
      />
      <div className="share-buttons">
        <button type="button" onClick={copy}>
          {copyLabel}
        </button>
        <span className="copy-status" role="status">
          {copied === 'yes' && t('embedDialog.copied')}
          {copied === 'no' && t('embedDialog.noClipboard')}
        </span>
      </div>
    </div>
  );
}

export default function EmbedDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslator();
  const loaded = useStore((state) => state.loaded);
  const origin = useStore((state) => state.origin);
  const view = useStore((state) => state.view);
  const id = useId();
  if (!loaded) return null;

  // The app's root, whatever page it shows: the compact view is read from the query.
  const appUrl = `${window.location.origin}${SITE.base}`;
  const src = viewAddress(appUrl, view, true);
  return (
    <Modal labelledBy={`${id}-heading`} className="share-dialog" onClose={onClose}>
      <h2 id={`${id}-heading`}>{t('embedDialog.heading')}</h2>
      {origin?.kind === 'file' ? (
        <p className="share-error">
          <Message id="embedDialog.fromFile" values={{ name: <bdi>{origin.name}</bdi> }} />
        </p>
      ) : (
        <>
          <p>{t('embedDialog.intro')}</p>
          <CodeBox
            label={t('embedDialog.code')}
            copyLabel={t('embedDialog.copyCode')}
            code={embedSnippet(src, loaded.dataset.title)}
            rows={4}
          />
          <details className="share-more">
            <summary>{t('embedDialog.heightSummary')}</summary>
            <p>
              <Message
                id="embedDialog.heightText"
                values={{ message: <code>sourceline:height</code> }}
              />
            </p>
            <CodeBox
              label={t('embedDialog.script')}
              copyLabel={t('embedDialog.copyScript')}
              code={resizeScript(window.location.origin)}
              rows={9}
            />
          </details>
        </>
      )}
      <p className="share-note">
        <Message
          id="embedDialog.hostNote"
          values={{
            header: (
              <code>Content-Security-Policy: … frame-ancestors https://your-site.example</code>
            ),
            meta: <code>&lt;meta&gt;</code>,
          }}
        />
      </p>
      <div className="share-buttons">
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </Modal>
  );
}
