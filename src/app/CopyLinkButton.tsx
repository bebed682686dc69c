import { useState } from 'react';
import { isolate } from '../model/bidi';
import { useStore } from '../state/store';

/** Copies the current deep link and says so; falls back to showing it when the clipboard is shut. */
export function CopyLinkButton() {
  const notify = useStore((state) => state.notify);
  const origin = useStore((state) => state.origin);
  const [fallback, setFallback] = useState<string | null>(null);

  const copy = async () => {
    const url = window.location.href;
    try {
      await navigator.clipboard.writeText(url);
      setFallback(null);
      // A file has no address: the link holds the view, not the data.
      notify(
        origin?.kind === 'file'
          ? `Link copied. It opens this view of ${isolate(origin.name)} only for someone who has the file and opens it with “Open dataset…” first; anyone else gets the default dataset.`
          : 'Link copied to the clipboard.',
        origin?.kind === 'file' ? 'warning' : 'info',
        'action',
      );
    } catch {
      setFallback(url);
      notify('The clipboard is not available: copy the link from the box.', 'warning', 'action');
    }
  };

  return (
    <div className="copy-link">
      <button type="button" onClick={copy}>
        Copy link
      </button>
      {fallback && (
        <input
          aria-label="Link to this view"
          readOnly
          value={fallback}
          onFocus={(e) => e.target.select()}
        />
      )}
    </div>
  );
}
