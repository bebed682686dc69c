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
// timeline (vis-timeline's first draw is one long task). A phone's prerendered default view shows
// a picture of the timeline in its place (timelinePicture.ts) until the reader reaches for it or
// the view changes.
import { useContext, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { STACKED_LAYOUT, stackedLayout } from '../app/stackedLayout';
import { useTranslator } from '../i18n/I18nProvider';
import { useStore } from '../state/store';
import { loadedTimelinePane, loadTimelinePane, subscribeTimelinePane } from './loadTimelinePane';
import {
  PICTURE_CLASS,
  pictureShowsView,
  type TimelinePicture,
  TimelinePictureContext,
} from './timelinePicture';

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

/**
 * Whether the picture of the timeline stands in its place: while the page shows the view it
 * pictures, until the reader reaches for the timeline (`goLive`).
 */
function usePicture(): { picture: TimelinePicture | null; goLive: () => void } {
  const picture = useContext(TimelinePictureContext);
  const showsView = useStore((state) => pictureShowsView(state.view));
  const [reached, setReached] = useState(false);
  // A phone turned (or a window widened) past the stacked layout shows the timeline at the top,
  // where the picture is not drawn: the timeline is built.
  const pictured = picture !== null && showsView && !reached;
  useEffect(() => {
    if (!pictured || typeof window === 'undefined') return;
    const stacked = window.matchMedia(STACKED_LAYOUT);
    const widened = () => {
      if (!stacked.matches) setReached(true);
    };
    widened();
    stacked.addEventListener('change', widened);
    return () => stacked.removeEventListener('change', widened);
  }, [pictured]);
  return { picture: pictured ? picture : null, goLive: () => setReached(true) };
}

/** `ready`: the parts around the timeline are drawn (App draws them a render after it). */
export function TimelineSlot({ ready = true }: { ready?: boolean }) {
  const { t } = useTranslator();
  const loaded = useSyncExternalStore(subscribeTimelinePane, loadedTimelinePane, NOT_YET);
  const [failure, setFailure] = useState<Error | null>(null);
  const placeholder = useRef<HTMLElement>(null);
  const { picture, goLive } = usePicture();
  const focusTimeline = useStore((state) => state.focusTimeline);
  const selectEvent = useStore((state) => state.selectEvent);
  // Pictured, coming into view builds nothing: the reader's reach for it does.
  const near = useNearView(placeholder, ready && picture === null);
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
  if (!Pane && picture) {
    return (
      <PicturedTimeline
        ref={placeholder}
        svg={picture.svg}
        onChoose={(id) => selectEvent(id)}
        onExplore={goLive}
        onExploreByButton={() => {
          goLive();
          focusTimeline();
        }}
      />
    );
  }
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

/**
 * The picture in the timeline's place. A tap on an event in it chooses the event (a phone then
 * shows its details first, as from a link to it); a tap elsewhere builds the timeline. Its button
 * builds it too, for the keyboard, and puts the focus in it.
 */
function PicturedTimeline({
  ref,
  svg,
  onChoose,
  onExplore,
  onExploreByButton,
}: {
  ref: React.Ref<HTMLElement>;
  svg: string;
  onChoose: (eventId: string) => void;
  onExplore: () => void;
  onExploreByButton: () => void;
}) {
  const { t } = useTranslator();
  const pictureRef = useRef<HTMLDivElement>(null);
  const latest = useRef({ onChoose, onExplore });
  latest.current = { onChoose, onExplore };
  useEffect(() => {
    const node = pictureRef.current;
    if (!node) return;
    const onClick = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      const id = target?.closest('[data-event]')?.getAttribute('data-event');
      if (id) latest.current.onChoose(id);
      else latest.current.onExplore();
    };
    node.addEventListener('click', onClick);
    return () => node.removeEventListener('click', onClick);
  }, []);
  return (
    <section
      ref={ref}
      className="timeline-placeholder pictured"
      aria-label={t('timeline.label')}
      tabIndex={-1}
    >
      <p className="loading">{t('timeline.loading')}</p>
      <button type="button" className="timeline-picture-go" onClick={onExploreByButton}>
        {t('timeline.explore')}
      </button>
      <div
        ref={pictureRef}
        className={PICTURE_CLASS}
        // Our own build's SVG (timelinePicture.ts): the string the page was drawn with.
        // biome-ignore lint/security/noDangerouslySetInnerHtml: escaped SVG made by the build
        dangerouslySetInnerHTML={{ __html: svg }}
      />
    </section>
  );
}
