import { useStore } from '../state/store';

/** Notices about the view (ignored link parts, deselected events), announced politely. */
export function Notices() {
  const notices = useStore((state) => state.notices);
  const dismiss = useStore((state) => state.dismissNotice);
  return (
    <section className="notices" aria-label="Notices" aria-live="polite">
      {notices.map((notice) => (
        <p key={notice.id} className={`notice notice-${notice.tone}`}>
          <span>{notice.text}</span>
          <button type="button" onClick={() => dismiss(notice.id)} aria-label="Dismiss notice">
            ×
          </button>
        </p>
      ))}
    </section>
  );
}
