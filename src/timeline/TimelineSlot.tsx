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
import { useCallback, useContext, useEffect, useRef, useState, useSyncExternalStore } from 'react';
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
const NO_CHANGE = () => () => undefined;
const LIVE = () => true;
const NOT_LIVE = () => false;

/**
 * Whether the element has come within 200 px of the viewport (true where unobservable), watched
 * once the page around it is `ready` (drawn: before, a phone's details are not yet above it);
 * and a way to say it has, when the reader reaches for it.
 */
function useNearView(
  element: React.RefObject<HTMLElement | null>,
  ready: boolean,
): [boolean, () => void] {
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
  return [near, useCallback(() => setNear(true), [])];
}

/**
 * The picture of the timeline, while it stands in its place: the page shows the document it was
 * drawn from (not another dataset, a draft or an edit of it) in the view it pictures, and the
 * reader has not reached for the timeline (`goLive`).
 */
function usePicture(): { picture: TimelinePicture | null; goLive: () => void } {
  const picture = useContext(TimelinePictureContext);
  const showsIt = useStore(
    (state) => picture !== null && state.loaded === picture.loaded && pictureShowsView(state.view),
  );
  const [reached, setReached] = useState(false);
  // A phone turned (or a window widened) past the stacked layout shows the timeline at the top,
  // where the picture is not drawn: the timeline is built.
  const pictured = showsIt && !reached;
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
  return { picture: pictured ? picture : null, goLive: useCallback(() => setReached(true), []) };
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
  const [near, comeNear] = useNearView(placeholder, ready && picture === null);
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
  const reach = useCallback(() => {
    goLive();
    comeNear();
  }, [goLive, comeNear]);
  if (failure) throw failure;
  const Pane = near ? loaded : null;
  if (Pane) return <Pane />;
  return (
    <section
      ref={placeholder}
      className={picture ? 'timeline-placeholder pictured' : 'timeline-placeholder'}
      aria-label={t('timeline.label')}
      tabIndex={-1}
    >
      <p className="loading">{t('timeline.loading')}</p>
      {picture && (
        <PictureOfTimeline
          svg={picture.svg}
          onChoose={selectEvent}
          onExplore={reach}
          onExploreByButton={() => {
            // The button goes with the picture: the focus waits on this box for the timeline.
            placeholder.current?.focus();
            reach();
            focusTimeline();
          }}
        />
      )}
    </section>
  );
}

/**
 * The picture and its button. A tap on an event in it chooses the event (a phone then shows its
 * details first, as from a link to it); a tap elsewhere builds the timeline. The button builds it
 * too, for the keyboard, and puts the focus in it.
 */
function PictureOfTimeline({
  svg,
  onChoose,
  onExplore,
  onExploreByButton,
}: {
  svg: string;
  onChoose: (eventId: string) => void;
  onExplore: () => void;
  onExploreByButton: () => void;
}) {
  const { t } = useTranslator();
  const pictureRef = useRef<HTMLDivElement>(null);
  // The page as built (read with JavaScript off, or before the app takes it over) has no button:
  // it would do nothing there.
  const live = useSyncExternalStore(NO_CHANGE, LIVE, NOT_LIVE);
  // The picture is an image, not a control (the button is the keyboard's way in): its taps are
  // listened to on the element, where React's onClick would make a static element interactive.
  useEffect(() => {
    const node = pictureRef.current;
    if (!node) return;
    const onClick = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      const id = target?.closest('[data-event]')?.getAttribute('data-event');
      if (id) onChoose(id);
      else onExplore();
    };
    node.addEventListener('click', onClick);
    return () => node.removeEventListener('click', onClick);
  }, [onChoose, onExplore]);
  return (
    <>
      <button
        type="button"
        className="timeline-picture-go"
        hidden={!live}
        onClick={onExploreByButton}
      >
        {t('timeline.explore')}
      </button>
      <div
        ref={pictureRef}
        className={PICTURE_CLASS}
        // Our own build's SVG (timelinePicture.ts): the string the page was drawn with.
        // biome-ignore lint/security/noDangerouslySetInnerHtml: escaped SVG made by the build
        dangerouslySetInnerHTML={{ __html: svg }}
      />
    </>
  );
}
