import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type { LoadedDataset } from '../dataset/parse';
import { type Paragraph, type PassageRange, paragraphRuns, segmentText } from '../model/highlight';
import { encodeView } from '../model/urlCodec';
import { DEFAULT_VIEW } from '../model/viewState';
import { selectRequest, selectSelectedEvent } from '../state/selectors';
import { useStore } from '../state/store';

/** Paragraphs drawn with their links at once, then per idle moment. */
const LINKED_FIRST = 40;
const LINKED_STEP = 20;

/** Every anchored passage of every event that quotes this source. */
function passagesOf(loaded: LoadedDataset, sourceId: string): PassageRange[] {
  const ranges: PassageRange[] = [];
  for (const { event, anchors } of loaded.events) {
    event.passages.forEach((passage, index) => {
      const anchor = anchors[index];
      if (passage.source !== sourceId || !anchor || anchor.status === 'unanchored') return;
      ranges.push({ start: anchor.start, end: anchor.end, eventId: event.id, index });
    });
  }
  return ranges;
}

interface ParagraphProps {
  paragraph: Paragraph;
  /** False until its turn comes: drawn as plain text, without its passage links. */
  linked: boolean;
  selectedId: string | null;
  titles: ReadonlyMap<string, string>;
  onSelect: (eventId: string) => void;
  linkFor: (eventId: string) => string;
}

const ArticleParagraph = memo(function ArticleParagraph({
  paragraph,
  linked,
  selectedId,
  titles,
  onSelect,
  linkFor,
}: ParagraphProps) {
  if (!linked && selectedId === null) {
    return <p>{paragraph.segments.map((segment) => segment.text).join('')}</p>;
  }
  return (
    <p>
      {paragraphRuns(paragraph, selectedId).map((run) => {
        if (run.kind === 'plain') return <span key={run.start}>{run.text}</span>;
        if (run.kind === 'mark') {
          return (
            <mark key={run.start} data-passage={`${run.eventId}:${run.index}`} tabIndex={-1}>
              {run.text}
            </mark>
          );
        }
        const { eventId } = run;
        return (
          <a
            key={run.start}
            className="passage-link"
            href={linkFor(eventId)}
            title={`Passage of: ${titles.get(eventId) ?? eventId}`}
            onClick={(clickEvent) => {
              if (clickEvent.metaKey || clickEvent.ctrlKey || clickEvent.shiftKey) return;
              clickEvent.preventDefault();
              onSelect(eventId);
            }}
          >
            {run.text}
          </a>
        );
      })}
    </p>
  );
});

/**
 * Scrolls the reader (only the reader, never the page) so that `target` sits a third of the way
 * down its visible box. Measured with bounding boxes: under `content-visibility` each paragraph
 * is its own containing block, so `offsetTop` would be measured from the paragraph, not the body.
 */
function scrollIntoReader(body: HTMLElement, target: HTMLElement): void {
  const place = () => {
    const bodyBox = body.getBoundingClientRect();
    const targetBox = target.getBoundingClientRect();
    const offset = targetBox.top - bodyBox.top + body.scrollTop;
    const room = Math.max(0, body.clientHeight - targetBox.height);
    body.scrollTop = Math.max(0, offset - Math.min(body.clientHeight / 3, room / 2));
  };
  place();
  // Paragraphs that come into view are laid out for the first time and may change height; place
  // the passage once more after that layout.
  requestAnimationFrame(place);
}

/** Whether a paragraph holds a passage of the given event (so only those re-render). */
function touches(paragraph: Paragraph, eventId: string | null): boolean {
  return (
    eventId !== null &&
    paragraph.segments.some((s) => s.passages.some((p) => p.eventId === eventId))
  );
}

/** The full text of a source, the selected event's passages highlighted, every passage a link. */
export function ArticleReader() {
  const loaded = useStore((state) => state.loaded);
  const sourceId = useStore((state) => state.readerSourceId);
  const setSource = useStore((state) => state.setReaderSource);
  const selected = useStore(selectSelectedEvent);
  const datasetParam = useStore((state) => state.view.dataset);
  const reveal = useStore((state) => selectRequest(state, 'reveal-passage'));
  const consumeRequest = useStore((state) => state.consumeRequest);
  const selectEvent = useStore((state) => state.selectEvent);
  const bodyRef = useRef<HTMLDivElement>(null);

  const source =
    loaded?.dataset.sources.find((s) => s.id === sourceId) ?? loaded?.dataset.sources[0];
  const paragraphs = useMemo(
    () => (loaded && source ? segmentText(source.text, passagesOf(loaded, source.id)) : []),
    [loaded, source],
  );
  const titles = useMemo(
    () => new Map(loaded?.dataset.events.map((event) => [event.id, event.title]) ?? []),
    [loaded],
  );
  const linkFor = useMemo(
    () => (eventId: string) =>
      encodeView({ ...DEFAULT_VIEW, dataset: datasetParam, event: eventId }),
    [datasetParam],
  );
  const selectedId = selected?.event.id ?? null;

  // A long article holds a hundred thousand passage links: the text shows at once, and the
  // links come a few paragraphs at a time while the page is idle, so no task grows long.
  const [linkedCount, setLinkedCount] = useState(LINKED_FIRST);
  const [linkedFor, setLinkedFor] = useState(paragraphs);
  if (linkedFor !== paragraphs) {
    setLinkedFor(paragraphs);
    setLinkedCount(LINKED_FIRST);
  }
  useEffect(() => {
    if (linkedCount >= paragraphs.length) return;
    const more = () => setLinkedCount((count) => count + LINKED_STEP);
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(more, { timeout: 200 });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(more, 0);
    return () => clearTimeout(id);
  }, [linkedCount, paragraphs.length]);
  const selectPassageEvent = useMemo(
    () => (eventId: string) => selectEvent(eventId, { focusPassage: true }),
    [selectEvent],
  );

  // Scroll the requested passage of the selection into view, inside the reader only.
  useEffect(() => {
    const body = bodyRef.current;
    if (!reveal) return;
    consumeRequest(reveal.id);
    if (!body || !selectedId) return;
    const target =
      body.querySelector<HTMLElement>(
        `mark[data-passage="${CSS.escape(`${selectedId}:${reveal.index}`)}"]`,
      ) ?? body.querySelector<HTMLElement>('mark');
    if (!target) return;
    if (reveal.focus) {
      // Asked for by a person ("Show in article", a passage link): the passage takes the focus,
      // so keyboard users continue from there, and the page scrolls to it.
      target.scrollIntoView({ block: 'center' });
      target.focus({ preventScroll: true });
      return;
    }
    scrollIntoReader(body, target);
  }, [reveal, selectedId, consumeRequest]);

  if (!loaded || !source) return null;
  const sources = loaded.dataset.sources;

  return (
    <section className="article-reader" aria-labelledby="article-heading">
      <h2 id="article-heading" className="visually-hidden">
        Article
      </h2>
      <div className="article-header">
        {sources.length > 1 && (
          <label className="source-switcher">
            Source{' '}
            <select value={source.id} onChange={(e) => setSource(e.target.value)}>
              {sources.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title}
                </option>
              ))}
            </select>
          </label>
        )}
        <h3 title={source.title}>{source.title}</h3>
        {/* Each string of the dataset isolated: its direction never reorders the app's words. */}
        <p className="byline">
          <bdi>{source.publisher}</bdi>, by <bdi>{source.author}</bdi>
          {source.attribution && (
            <span className="attribution">
              {' '}
              — <bdi>{source.attribution}</bdi>
            </span>
          )}
        </p>
      </div>
      <div className="article-body" ref={bodyRef}>
        {paragraphs.map((paragraph, i) => (
          <ArticleParagraph
            key={paragraph.start}
            paragraph={paragraph}
            linked={i < linkedCount}
            selectedId={touches(paragraph, selectedId) ? selectedId : null}
            titles={titles}
            onSelect={selectPassageEvent}
            linkFor={linkFor}
          />
        ))}
      </div>
    </section>
  );
}
