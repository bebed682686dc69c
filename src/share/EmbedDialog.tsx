// "Embed…": the <iframe> snippet for the view on screen, the optional script that lets a frame take
// its content's height, and what the host serving this app must allow. Loaded on demand.
import { useId, useState } from 'react';
import { embedSnippet, resizeScript, viewAddress } from '../model/embedding';
import { SITE } from '../state/site';
import { useStore } from '../state/store';
import { Modal } from './Modal';

/** A read-only box of code to select and copy, with a button that copies it. */
function CodeBox({ label, code, rows }: { label: string; code: string; rows: number }) {
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
          Copy {label.toLowerCase()}
        </button>
        <span className="copy-status" role="status">
          {copied === 'yes' && 'Copied.'}
          {copied === 'no' && 'The clipboard is not available: select the text and copy it.'}
        </span>
      </div>
    </div>
  );
}

export default function EmbedDialog({ onClose }: { onClose: () => void }) {
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
      <h2 id={`${id}-heading`}>Embed this view</h2>
      {origin?.kind === 'file' ? (
        <p className="share-error">
          This dataset was opened from your computer ({origin.name}), so another page cannot show
          it: an embedded view opens a bundled dataset or one at an address. Publish the file at an
          address and open it from there with “Open dataset…”, then embed.
        </p>
      ) : (
        <>
          <p>
            Paste this into a page to show the timeline as it is now (the selected event, the
            filters and the time window), with its details and passages and a link back here.
          </p>
          <CodeBox label="Embed code" code={embedSnippet(src, loaded.dataset.title)} rows={4} />
          <details className="share-more">
            <summary>Let the frame take the height of its content</summary>
            <p>
              The embedded view posts its height to the page (a <code>sourceline:height</code>{' '}
              message). This script, added once to the page, sizes each frame of this app to it.
            </p>
            <CodeBox label="Resize script" code={resizeScript(window.location.origin)} rows={9} />
          </details>
        </>
      )}
      <p className="share-note">
        The host that serves Sourceline must allow framing by the embedding site: it must send{' '}
        <code>Content-Security-Policy: … frame-ancestors https://your-site.example</code> as an HTTP
        header (a <code>&lt;meta&gt;</code> tag cannot allow framing). The README gives example
        headers for Netlify, Vercel, nginx and Apache.
      </p>
      <div className="share-buttons">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Modal>
  );
}
