import { useState } from 'react';
import { useStore } from '../state/store';

/** Copies the current deep link and says so; falls back to showing it when the clipboard is shut. */
export function CopyLinkButton() {
  const notify = useStore((state) => state.notify);
  const [fallback, setFallback] = useState<string | null>(null);

  const copy = async () => {
    const url = window.location.href;
    try {
      await navigator.clipboard.writeText(url);
      setFallback(null);
      notify('Link copied to the clipboard.');
    } catch {
      setFallback(url);
      notify('The clipboard is not available: copy the link from the box.', 'warning');
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
