// The reader's text: a source drawn in pieces as it scrolls (useVirtualPieces), the selected
// event's passages highlighted, every passage a link, reveals and found text scrolled into view.
import {
  type KeyboardEvent,
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { isLocated } from '../dataset/passageState';
import type { Dataset, Source } from '../dataset/schema';
import type { LoadedDataset } from '../dataset/types';
import { inForeignFrame } from '../editor/framingGuard';
import { withLaterMessages } from '../i18n/catalogue';
import { useTranslator } from '../i18n/I18nProvider';
import type { Paragraph } from '../model/highlight';
import { textLanguage } from '../model/locale';
import {
  CLOSES_PARAGRAPH,
  nextPassageStart,
  partCount,
  partOf,
  pieceAt,
  pieceParagraph,
  type ReaderIndex,
} from '../model/readerIndex';
import { DEFAULT_VIEW } from '../model/viewState';
import { selectRequest, selectSelectedEvent } from '../state/selectors';
import { addressOf } from '../state/site';
import { useStore } from '../state/store';
import { ArticlePiece } from './ArticlePiece';
import { ReaderExcerpt } from './ReaderExcerpt';
import { drawnWhole, sameIdsByPosition, touches } from './readerPieces';
import { type FoundStretch, highlightFound, rangeInPiece, scrollIntoReader } from './readerRanges';
import { type Metrics, useVirtualPieces } from './useVirtualPieces';

/** Paragraph objects kept for pieces already drawn (a scroll back reuses them). */
const PARAGRAPH_CACHE = 4000;
/** Room above the first piece and below the last, in px. */
const PADDING = 12;
/** Frames a reveal waits for its passage to be drawn before it gives up. */
const REVEAL_FRAMES = 60;

// The toolbar that makes events from selected words: the editor's, loaded only for drafts.
const SelectionToolbar = lazy(() => withLaterMessages(import('../editor/SelectionToolbar')));

/** What a reveal (selecting an event, "Show in article", a found text) still has to do. */
interface RevealJob {
  piece: number;
  part: number;
  /** Places the target once its piece is drawn; false while it is not there yet. */
  land: (body: HTMLElement) => boolean;
  frames: number;
  scrolled: boolean;
}

interface TextProps {
  loaded: LoadedDataset;
  source: Source;
  index: ReaderIndex;
  found: FoundStretch | null;
}

/**
 * The text of one source, virtualised: only the pieces near the reader's box are in the page, so
 * what a long article costs follows the screen. A text of more than PART_LINES estimated lines is
 * read in parts, one scroll box each.
 */
export function ArticleText({ loaded, source, index, found }: TextProps) {
  const { t } = useTranslator();
  const selected = useStore(selectSelectedEvent);
  const datasetParam = useStore((state) => state.view.dataset);
  const reveal = useStore((state) => selectRequest(state, 'reveal-passage'));
  const consumeRequest = useStore((state) => state.consumeRequest);
  const selectEvent = useStore((state) => state.selectEvent);
  const bodyRef = useRef<HTMLDivElement>(null);
  const selectedId = selected?.event.id ?? null;
  const editing = useStore(
    (state) => state.origin?.kind === 'draft' && state.editing !== null && !state.editor.preview,
  );
  // A draft shows before the editor's code is in: words may be selected already, and get their
  // toolbar once it is (the toolbar reads the selection as it mounts).
  const preparing = useStore(
    (state) => state.origin?.kind === 'draft' && state.editing === null && !inForeignFrame(),
  );

  // The part shown, remembered with the index it belongs to (another source starts at part 1).
  const [shown, setShown] = useState({ index, part: 0 });
  const part = shown.index === index ? shown.part : 0;
  const parts = partCount(index);
  const first = index.parts[part] ?? 0;
  const count = (index.parts[part + 1] ?? index.starts.length) - first;

  // Cut anew when the index or the events' ids by position change (an index kept across an edit
  // may be cut with another event's id at a position); an edit of an event's words keeps them.
  const cut = useRef<{
    index: ReaderIndex;
    events: Dataset['events'];
    layout: object;
    pieces: Map<number, Paragraph>;
  } | null>(null);
  const paragraphs = useMemo(() => {
    const last = cut.current;
    const events = loaded.dataset.events;
    if (
      last &&
      last.index === index &&
      (last.layout === loaded.layout || sameIdsByPosition(last.events, events))
    ) {
      last.events = events;
      last.layout = loaded.layout;
      return last.pieces;
    }
    const pieces = new Map<number, Paragraph>();
    cut.current = { index, events, layout: loaded.layout, pieces };
    return pieces;
  }, [index, loaded]);
  // The titles of the events whose passages have been drawn, for their links' tooltips: read by
  // position in the file as each piece is cut, never from a map of every event. An edit brings
  // them up to date (the pieces kept across it are not cut again); the map, and so every drawn
  // piece, is new only when a title a link shows changed: not for a key typed into the selected
  // event's title (its passages are marks, and a piece drawn again as it is deselected reads the
  // map then), which would draw the whole article again in a 100k-event draft.
  const titlesRef = useRef<{ loaded: LoadedDataset; map: Map<string, string> } | null>(null);
  const titles = useMemo(() => {
    const last = titlesRef.current;
    if (last?.loaded === loaded) return last.map;
    let map = last?.map ?? new Map<string, string>();
    let linkChanged = false;
    for (const [id, title] of map) {
      const now = loaded.eventById.get(id)?.event.title;
      if (now === undefined || now === title) continue;
      if (id !== selectedId) linkChanged = true;
      map.set(id, now);
    }
    if (linkChanged) map = new Map(map);
    titlesRef.current = { loaded, map };
    return map;
  }, [loaded, selectedId]);
  const eventIdAt = (position: number): string => {
    const event = loaded.dataset.events[position];
    if (!event) return '';
    titles.set(event.id, event.title);
    return event.id;
  };
  const paragraphOf = (piece: number): Paragraph => {
    let paragraph = paragraphs.get(piece);
    if (!paragraph) {
      if (paragraphs.size >= PARAGRAPH_CACHE) paragraphs.clear();
      paragraph = pieceParagraph(source.text, index, piece, eventIdAt);
      paragraphs.set(piece, paragraph);
    }
    return paragraph;
  };

  const estimate = useCallback(
    (local: number, { unitsPerLine, lineHeight, gap }: Metrics) => {
      const piece = first + local;
      const units = (index.ends[piece] ?? 0) - (index.starts[piece] ?? 0);
      const closes = ((index.flags[piece] ?? 0) & CLOSES_PARAGRAPH) !== 0;
      return Math.max(1, Math.ceil(units / unitsPerLine)) * lineHeight + (closes ? gap : 0);
    },
    [index, first],
  );
  const drawAll = drawnWhole(index);
  // A new list of heights for each part of each index.
  const listKey = useMemo(() => ({ index, part }), [index, part]);
  const pieces = useVirtualPieces(bodyRef, count, estimate, listKey, drawAll, PADDING);
  const piecesRef = useRef(pieces);
  piecesRef.current = pieces;

  const titleOf = useCallback((eventId: string) => titles.get(eventId) ?? eventId, [titles]);
  const origin = useStore((state) => state.origin);
  const linkFor = useCallback(
    (eventId: string) =>
      addressOf({ ...DEFAULT_VIEW, dataset: datasetParam, event: eventId }, origin),
    [datasetParam, origin],
  );
  const selectPassageEvent = useCallback(
    (eventId: string) => selectEvent(eventId, { focusPassage: true }),
    [selectEvent],
  );

  const showPart = (next: number) => {
    setShown({ index, part: next });
    if (bodyRef.current) bodyRef.current.scrollTop = 0;
  };

  // Scroll the requested passage of the selection (or a found stretch) into view, inside the
  // reader only. Its piece is found by its offset (a binary search), its part shown, the reader
  // scrolled near it, and once it is drawn, placed exactly.
  const job = useRef<RevealJob | null>(null);
  const partRef = useRef(part);
  partRef.current = part;
  const firstRef = useRef(first);
  firstRef.current = first;
  // One job at a time (the newest wins); it outlives the request that started it.
  const frame = useRef(0);
  useEffect(() => () => cancelAnimationFrame(frame.current), []);
  const startJob = useCallback(
    (offset: number, land: RevealJob['land']): void => {
      const piece = pieceAt(index, offset);
      if (piece === -1) return;
      const target = partOf(index, piece);
      job.current = { piece, part: target, land, frames: 0, scrolled: false };
      if (target !== partRef.current) setShown({ index, part: target });
      cancelAnimationFrame(frame.current);
      const step = () => {
        const current = job.current;
        const body = bodyRef.current;
        if (!current || !body) return;
        if (current.part === partRef.current) {
          if (current.land(body)) {
            job.current = null;
            return;
          }
          if (!current.scrolled) {
            current.scrolled = true;
            const top = piecesRef.current.offsetOf(current.piece - firstRef.current);
            // Drawn there at once, so the passage is placed in this frame, not two later.
            piecesRef.current.jumpTo(Math.max(0, top - piecesRef.current.boxHeight() / 3));
            if (current.land(body)) {
              job.current = null;
              return;
            }
          }
        }
        if (++current.frames > REVEAL_FRAMES) {
          job.current = null;
          return;
        }
        frame.current = requestAnimationFrame(step);
      };
      // First tried right after the task that asked (a click's render and effects), not a frame
      // later: the passage is then drawn and placed in the frame that shows the selection.
      const mine = job.current;
      queueMicrotask(() => {
        if (job.current === mine) step();
      });
    },
    [index],
  );

  useEffect(() => {
    if (!reveal) return;
    consumeRequest(reveal.id);
    if (!selected) return;
    const { event, anchors } = selected;
    const at = [reveal.index, ...event.passages.keys()].find(
      (i) => event.passages[i]?.source === source.id && isLocated(anchors[i]?.state ?? 'lost'),
    );
    const anchor = at === undefined ? undefined : anchors[at];
    if (at === undefined || !anchor) return;
    const selector = `mark[data-passage="${CSS.escape(`${event.id}:${at}`)}"]`;
    const { focus } = reveal;
    startJob(anchor.start, (body) => {
      const mark = body.querySelector<HTMLElement>(selector);
      if (!mark) return false;
      if (focus) {
        // Asked for by a person ("Show in article", a passage link): the passage takes the
        // focus, so keyboard users continue from there, and the page scrolls to it.
        mark.scrollIntoView({ block: 'center' });
        mark.focus({ preventScroll: true });
      } else {
        scrollIntoReader(body, () => (mark.isConnected ? mark.getBoundingClientRect() : null));
      }
      return true;
    });
  }, [reveal, selected, source.id, startJob, consumeRequest]);

  // A found stretch: scrolled to like a passage, and highlighted (again after each render, since
  // a piece drawn anew has new text nodes).
  const rangeOf = useCallback(
    (body: HTMLElement, stretch: FoundStretch): Range | null => {
      const piece = pieceAt(index, stretch.start);
      const element = body.querySelector<HTMLElement>(
        `p[data-index="${piece - firstRef.current}"]`,
      );
      if (!element) return null;
      return rangeInPiece(element, index.starts[piece] ?? 0, stretch.start, stretch.end);
    },
    [index],
  );
  useEffect(() => {
    if (!found) {
      highlightFound(null);
      return;
    }
    startJob(found.start, (body) => {
      const range = rangeOf(body, found);
      if (!range) return false;
      highlightFound(range);
      scrollIntoReader(body, () => {
        const again = rangeOf(body, found);
        return again ? again.getBoundingClientRect() : null;
      });
      return true;
    });
  }, [found, startJob, rangeOf]);
  useEffect(() => {
    const body = bodyRef.current;
    if (found && body) {
      const range = rangeOf(body, found);
      if (range) highlightFound(range);
    }
  });
  useEffect(() => () => highlightFound(null), []);

  // Tab and Shift+Tab go on through the passage links beyond what is drawn: from the last link
  // drawn (the first, going back), the next one in the text is drawn and takes the focus.
  const selectedIndex = selected?.index ?? null;
  const onTab = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
    const body = bodyRef.current;
    const active = document.activeElement;
    if (!body || !(active instanceof HTMLAnchorElement) || !body.contains(active)) return;
    const links = body.querySelectorAll<HTMLAnchorElement>('a.passage-link');
    const direction = event.shiftKey ? -1 : 1;
    const edge = direction === 1 ? links[links.length - 1] : links[0];
    if (active !== edge) return;
    const from = Number(active.dataset.start);
    const next = nextPassageStart(index.passages, from, direction, selectedIndex);
    if (next === null) return;
    event.preventDefault();
    startJob(next.start, (drawn) => {
      // The link that begins that passage (a highlight may cover its first words).
      const link = [...drawn.querySelectorAll<HTMLAnchorElement>('a.passage-link')].find(
        (candidate) => {
          const start = Number(candidate.dataset.start);
          return start >= next.start && start < next.end;
        },
      );
      if (!link) return false;
      link.focus({ preventScroll: true });
      scrollIntoReader(drawn, () => (link.isConnected ? link.getBoundingClientRect() : null));
      return true;
    });
  };

  return (
    <>
      {preparing && (
        <p className="reader-preparing" role="status">
          {t('reader.preparingEditor')}
        </p>
      )}
      {parts > 1 && (
        <nav className="article-parts" aria-label={t('reader.parts')}>
          <button type="button" disabled={part === 0} onClick={() => showPart(part - 1)}>
            {t('reader.previousPart')}
          </button>
          <span aria-live="polite">{t('reader.part', { part: part + 1, parts })}</span>
          <button type="button" disabled={part >= parts - 1} onClick={() => showPart(part + 1)}>
            {t('reader.nextPart')}
          </button>
        </nav>
      )}
      <div
        className="article-body"
        ref={bodyRef}
        // The article in its own language and direction (left to right inside a right-to-left
        // page, and the reverse); undeclared, the browser reads its direction from the text.
        {...textLanguage(source.lang ?? loaded.dataset.lang)}
        data-source={source.id}
        {...(editing
          ? {
              // Editing a draft: a caret, so words can be selected with Shift and the arrow keys;
              // nothing typed, pasted or dropped changes the text.
              contentEditable: true,
              suppressContentEditableWarning: true,
              spellCheck: false,
              role: 'textbox',
              'aria-readonly': true,
              'aria-multiline': true,
              'aria-label': t('reader.editableText'),
              onBeforeInput: (event: { preventDefault: () => void }) => event.preventDefault(),
              onPaste: (event: { preventDefault: () => void }) => event.preventDefault(),
              onDrop: (event: { preventDefault: () => void }) => event.preventDefault(),
              onCut: (event: { preventDefault: () => void }) => event.preventDefault(),
              onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => {
                if (event.key === 'Enter' || event.key === 'Backspace' || event.key === 'Delete') {
                  event.preventDefault();
                }
                onTab(event);
              },
            }
          : { onKeyDown: onTab })}
      >
        <div className="article-pieces" style={{ height: pieces.total }}>
          {pieces.to === pieces.from && selected && (
            <ReaderExcerpt
              {...{ selected, index, first, paragraphOf, titleOf, linkFor }}
              sourceId={source.id}
              end={first + count}
              onSelect={selectPassageEvent}
            />
          )}
          {Array.from({ length: pieces.to - pieces.from }, (_, k) => {
            const local = pieces.from + k;
            const piece = first + local;
            const paragraph = paragraphOf(piece);
            return (
              <ArticlePiece
                key={piece}
                position={local}
                paragraph={paragraph}
                flags={index.flags[piece] ?? 0}
                top={pieces.top(local)}
                selectedId={touches(paragraph, selectedId) ? selectedId : null}
                titleOf={titleOf}
                onSelect={selectPassageEvent}
                linkFor={linkFor}
                measure={pieces.measure}
              />
            );
          })}
        </div>
      </div>
      {editing && (
        <Suspense fallback={null}>
          <SelectionToolbar bodyRef={bodyRef} sourceId={source.id} />
        </Suspense>
      )}
    </>
  );
}
