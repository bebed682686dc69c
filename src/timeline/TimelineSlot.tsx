// Shows the timeline pane once its chunk is in, and a placeholder of the same name until then. Not React.lazy: its
// Suspense reveal is throttled (React holds a revealed boundary back for up to 300 ms), which
// delayed the first items of a large dataset whose chunk had long arrived. A chunk that fails to
// load is thrown during render, so the error boundary around this slot shows it.
//
// The chunk may arrive before the app takes over a prerendered page (it starts loading as soon
// as the dataset's address answers): the page's HTML has the placeholder, so hydration renders
// the placeholder too (the server snapshot) and the pane right after.
//
// The timeline is built when its area comes near the window: at once on a wide screen, where it
// is at the top, but on a phone that opened a link to an event (its details come first) only when
// the reader scrolls towards it, so that reading the event is not held up by building the
// timeline (vis-timeline's first draw is one long task).
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { stackedLayout } from '../app/stackedLayout';
import { useTranslator } from '../i18n/I18nProvider';
import { loadedTimelinePane, loadTimelinePane, subscribeTimelinePane } from './loadTimelinePane';

const NOT_YET = () => null;

/**
 * Whether the element has come within 200 px of the viewport (true where unobservable), watched
 * once the page around it is `ready` (drawn: before, a phone's details are not yet above it).
 */
function useNearView(element: React.RefObject<HTMLElement | null>, ready: boolean): boolean {
  // Side by side (a wide screen), the timeline is at the top: no need to watch for it.
  const [near, setNear] = useState(() => typeof window !== 'undefined' && !stackedLayout());
  useEffect(() => {
    const node = element.current;
    if (near || !ready) return;
    if (!node || typeof IntersectionObserver !== 'function') {
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: '200px 0px' },
    );
    observer.observe(node);
    return () => observer.disconnect();
  }, [element, near, ready]);
  return near;
}

/** `ready`: the parts around the timeline are drawn (App draws them a render after it). */
export function TimelineSlot({ ready = true }: { ready?: boolean }) {
  const { t } = useTranslator();
  const loaded = useSyncExternalStore(subscribeTimelinePane, loadedTimelinePane, NOT_YET);
  const [failure, setFailure] = useState<Error | null>(null);
  const placeholder = useRef<HTMLElement>(null);
  const near = useNearView(placeholder, ready);
  const missing = loaded === null;
  useEffect(() => {
    if (!missing || !near) return;
    let live = true;
    loadTimelinePane().catch(
      (error: unknown) =>
        live && setFailure(error instanceof Error ? error : new Error(String(error))),
    );
    return () => {
      live = false;
    };
  }, [missing, near]);
  if (failure) throw failure;
  const Pane = near ? loaded : null;
  if (!Pane) {
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
  return <Pane />;
}
