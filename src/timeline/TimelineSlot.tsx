// Shows the timeline pane once its chunk is in, and a placeholder of the same name until then. Not React.lazy: its
// Suspense reveal is throttled (React holds a revealed boundary back for up to 300 ms), which
// delayed the first items of a large dataset whose chunk had long arrived. A chunk that fails to
// load is thrown during render, so the error boundary around this slot shows it.
//
// The timeline is built when its area comes near the window: at once on a wide screen, where it
// is at the top, but on a phone that opened a link to an event (its details come first) only when
// the reader scrolls towards it, so that reading the event is not held up by building the
// timeline (vis-timeline's first draw is one long task).
import { useEffect, useRef, useState } from 'react';
import { useTranslator } from '../i18n/I18nProvider';
import { loadedTimelinePane, loadTimelinePane } from './loadTimelinePane';

/** Whether the element is within a window's height of the viewport (true where unobservable). */
function useNearView(element: React.RefObject<HTMLElement | null>, watch: boolean): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const node = element.current;
    if (!watch || near) return;
    if (!node || typeof IntersectionObserver !== 'function') {
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: '100% 0px' },
    );
    observer.observe(node);
    return () => observer.disconnect();
  }, [element, watch, near]);
  return near;
}

export function TimelineSlot() {
  const { t } = useTranslator();
  const [pane, setPane] = useState(() => loadedTimelinePane());
  const [failure, setFailure] = useState<Error | null>(null);
  const placeholder = useRef<HTMLElement>(null);
  const near = useNearView(placeholder, pane === null);
  useEffect(() => {
    if (pane || !near) return;
    let live = true;
    loadTimelinePane().then(
      (component) => live && setPane(() => component),
      (error: unknown) =>
        live && setFailure(error instanceof Error ? error : new Error(String(error))),
    );
    return () => {
      live = false;
    };
  }, [pane, near]);
  if (failure) throw failure;
  if (!pane) {
    return (
      <section
        ref={placeholder}
        className="timeline-placeholder"
        aria-label={t('timeline.label')}
        tabIndex={-1}
      >
        <p className="loading">{t('timeline.loading')}</p>
      </section>
    );
  }
  const Pane = pane;
  return <Pane />;
}
