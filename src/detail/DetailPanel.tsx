import { lazy, Suspense, useEffect, useRef } from 'react';
import { isTextEntry } from '../app/keys';
import { stackedLayout } from '../app/stackedLayout';
import { formatEventDate } from '../dataset/formatDate';
import { atItsOffsets, isLocated } from '../dataset/passageState';
import type { ResolvedEvent } from '../dataset/types';
import { STATUS_KEYS, supportWords } from '../i18n/claimWords';
import { useTranslator } from '../i18n/I18nProvider';
import { Message } from '../i18n/Message';
import { kindColor } from '../model/kinds';
import { textLanguage } from '../model/locale';
import { hasSourcesToCompare } from '../model/sourcesToCompare';
import {
  selectActorsById,
  selectRequest,
  selectSelectedEvent,
  selectVisibleEvents,
} from '../state/selectors';
import { useStore } from '../state/store';
import { DateWithSecondCalendar, SecondCalendarSetting } from './SecondCalendar';

// The comparison of sources, quotes of primary sources and changed passages need a word diff and
// the corroboration's code: loaded only for an event that has them (prerendered pages include
// them, and hydration keeps their HTML until their code is here).
const SourcesAndClaims = lazy(() =>
  import('./SourcesAndClaims').then((m) => ({ default: m.SourcesAndClaims })),
);
const QuotedPassage = lazy(() =>
  import('./QuotedPassage').then((m) => ({ default: m.QuotedPassage })),
);
const PassageStateNote = lazy(() =>
  import('./PassageStateNote').then((m) => ({ default: m.PassageStateNote })),
);

/** Where the choice of an event came from, to take the focus back there when the details close. */
type FocusOrigin =
  | { kind: 'timeline' | 'list'; eventId: string }
  | { kind: 'element'; element: HTMLElement };

function originOf(element: Element | null): FocusOrigin | null {
  if (!(element instanceof HTMLElement) || element === document.body) return null;
  const eventId = element.dataset.eventId;
  if (eventId && element.classList.contains('tl-label')) return { kind: 'timeline', eventId };
  if (eventId && element.classList.contains('event-list-item')) return { kind: 'list', eventId };
  return { kind: 'element', element };
}

/** The element an origin stands for now (the timeline redraws its items as their state changes). */
function elementOf(origin: FocusOrigin | null, eventId: string | undefined): HTMLElement | null {
  const find = (selector: string, id: string) =>
    document.querySelector<HTMLElement>(`${selector}[data-event-id="${CSS.escape(id)}"]`);
  if (origin?.kind === 'timeline') return find('.timeline-canvas .tl-label', origin.eventId);
  if (origin?.kind === 'list') return find('.event-list-item', origin.eventId);
  if (origin?.kind === 'element' && origin.element.isConnected) return origin.element;
  // Else where the event lives in the list.
  return eventId ? find('.event-list-item', eventId) : null;
}

/** Where `selected` stands in the list (-1: not there). */
function positionOf(visible: readonly ResolvedEvent[], selected: ResolvedEvent | null): number {
  if (!selected) return -1;
  const at = visible.indexOf(selected);
  return at >= 0 ? at : visible.findIndex((r) => r.event.id === selected.event.id);
}

/** The selected event: its date in words and how it was resolved, actors, summary, passages. */
export function DetailPanel() {
  const translator = useTranslator();
  const { t, dates, kindName } = translator;
  const selected = useStore(selectSelectedEvent);
  const visible = useStore(selectVisibleEvents);
  const actorsById = useStore(selectActorsById);
  const activeActors = useStore((state) => state.view.filters.actors);
  const sources = useStore((state) => state.loaded?.dataset.sources);
  // The dataset's words (titles, summaries) and each source's quotes in their own language and
  // direction: a Dari quote reads right to left inside an English page, and the reverse.
  const datasetLanguage = useStore((state) => state.loaded?.dataset.lang);
  const dataLanguage = textLanguage(datasetLanguage);
  const selectEvent = useStore((state) => state.selectEvent);
  const toggleActor = useStore((state) => state.toggleActor);
  const revealPassage = useStore((state) => state.revealPassage);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Found as the object first (comparing references reads none of 100k events; reading each one's
  // id took ~12 ms of a selection's task), else by its id.
  const position = positionOf(visible, selected);
  const previous = position > 0 ? visible[position - 1] : undefined;
  const next = position >= 0 ? visible[position + 1] : undefined;

  const sectionRef = useRef<HTMLElement>(null);
  const selectedId = selected?.event.id;
  // Where the focus was when an event was chosen from outside this panel: it goes back there
  // when the details close (declared before the focus effect below, so it runs first).
  const focusOrigin = useRef<FocusOrigin | null>(null);
  // Tracked as it happens: by the time the selection lands, the timeline may have drawn the
  // chosen item anew (its pressed state), and the focused node is gone.
  const lastFocusOutside = useRef<FocusOrigin | null>(null);
  useEffect(() => {
    const onFocusIn = (event: FocusEvent) => {
      if (!sectionRef.current?.contains(event.target as Node)) {
        lastFocusOutside.current = originOf(event.target as Element);
      }
    };
    document.addEventListener('focusin', onFocusIn);
    return () => document.removeEventListener('focusin', onFocusIn);
  }, []);
  useEffect(() => {
    if (!selectedId) return;
    const active = document.activeElement;
    if (!sectionRef.current?.contains(active)) {
      focusOrigin.current =
        active && active !== document.body ? originOf(active) : lastFocusOutside.current;
    }
    // Stacked panels: the details of the chosen event come into view, unless they already start
    // in the upper half of the screen (a link to an event: the page does not jump past its header).
    if (stackedLayout()) {
      const top = sectionRef.current?.getBoundingClientRect().top;
      if (top !== undefined && (top < 0 || top > window.innerHeight / 2)) {
        sectionRef.current?.scrollIntoView({ block: 'start' });
      }
    }
  }, [selectedId]);

  // Keep keyboard users oriented: after Enter on a timeline item, a walk with previous/next (or a
  // pick from the list on a phone, where the panel is far away) the heading takes the focus.
  const focusRequest = useStore((state) => selectRequest(state, 'focus-details'));
  const consumeRequest = useStore((state) => state.consumeRequest);
  useEffect(() => {
    if (!focusRequest) return;
    consumeRequest(focusRequest.id);
    headingRef.current?.focus();
  }, [focusRequest, consumeRequest]);
  const walk = (id: string) => selectEvent(id, { focusDetails: true });
  const close = () => {
    const origin = focusOrigin.current;
    focusOrigin.current = null;
    selectEvent(null);
    // After the timeline has drawn the deselection (it draws its items anew).
    requestAnimationFrame(() => {
      const target = elementOf(origin, selectedId);
      if (target) target.focus();
      else sectionRef.current?.focus();
    });
  };
  const closeRef = useRef(close);
  closeRef.current = close;
  // Escape closes the details from anywhere but a text field (where it clears the text).
  useEffect(() => {
    if (!selectedId) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || isTextEntry(event.target)) return;
      event.preventDefault();
      closeRef.current();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [selectedId]);
  const focusTimeline = useStore((state) => state.focusTimeline);
  const backToTimeline = () => {
    // Its area is there from the first paint, the pane only once it is built: on a phone that
    // opened a link to an event, the timeline is built when the reader goes to it.
    document.querySelector<HTMLElement>('.timeline-area')?.scrollIntoView({ block: 'start' });
    // The focus leaves this button now: the pane holds it (or its placeholder, until the timeline
    // is drawn) until the event's item takes it.
    document
      .querySelector<HTMLElement>('.timeline-pane, .timeline-placeholder')
      ?.focus({ preventScroll: true });
    focusTimeline();
  };

  if (!selected) {
    return (
      <section
        className="detail-panel"
        aria-label={t('details.label')}
        ref={sectionRef}
        tabIndex={-1}
      >
        <p className="placeholder">{t('details.placeholder')}</p>
      </section>
    );
  }

  const { event, date, anchors } = selected;
  // The article's words that date it are in its first passage's source's language.
  const firstSource = sources?.find((source) => source.id === event.passages[0]?.source);
  const expressionLanguage = textLanguage(firstSource?.lang ?? datasetLanguage);
  return (
    <section
      className="detail-panel"
      aria-label={t('details.label')}
      ref={sectionRef}
      tabIndex={-1}
    >
      <button type="button" className="back-to-timeline" onClick={backToTimeline}>
        {t('details.backToTimeline')}
      </button>
      <div className="detail-nav">
        <button
          type="button"
          onClick={() => previous && walk(previous.event.id)}
          disabled={!previous}
          aria-label={t('details.previousEvent')}
        >
          {t('details.previous')}
        </button>
        <span className="detail-position">
          {position >= 0
            ? t('details.position', { position: position + 1, total: visible.length })
            : t('details.hiddenByFilters')}
        </span>
        <button
          type="button"
          onClick={() => next && walk(next.event.id)}
          disabled={!next}
          aria-label={t('details.nextEvent')}
        >
          {t('details.next')}
        </button>
        <button
          type="button"
          onClick={close}
          aria-label={t('details.close')}
          aria-keyshortcuts="Escape"
          title={t('details.closeTitle')}
        >
          ×
        </button>
      </div>
      <h2 ref={headingRef} tabIndex={-1} {...dataLanguage}>
        {event.title}
      </h2>
      <dl className="detail-facts">
        <dt>{t('details.date')}</dt>
        <dd>
          <DateWithSecondCalendar
            date={date}
            gregorian={<time dateTime={date.value}>{formatEventDate(date, dates)}</time>}
          />
          {event.date.expression && (
            <div className="date-expression">
              <Message
                id="details.articleWords"
                values={{ words: <q {...expressionLanguage}>{event.date.expression}</q> }}
              />
            </div>
          )}
          {event.date.note && (
            <div className="date-note" {...dataLanguage}>
              {event.date.note}
            </div>
          )}
          <SecondCalendarSetting />
        </dd>
        <dt>{t('details.kind')}</dt>
        <dd>
          <span className="kind-swatch" style={{ background: kindColor(event.kind) }} />
          {kindName(event.kind)}
        </dd>
        {sources && sources.length > 1 && (
          <>
            <dt>{t('claims.sourcesTerm')}</dt>
            <dd className={`support-${selected.corroboration.status}`}>
              <strong>{t(STATUS_KEYS[selected.corroboration.status])}</strong>
              {translator.separator}
              {supportWords(selected.corroboration, translator)}
            </dd>
          </>
        )}
        {event.location && (
          <>
            <dt>{t('details.location')}</dt>
            <dd>
              <span {...dataLanguage}>{event.location.name}</span>
            </dd>
          </>
        )}
      </dl>
      <p className="summary" {...dataLanguage}>
        {event.summary}
      </p>
      {event.actors.length > 0 && (
        <>
          <h3>{t('details.actors')}</h3>
          <p className="hint">{t('details.actorsHint')}</p>
          <ul className="detail-actors">
            {event.actors.map((ref) => {
              const actor = actorsById.get(ref.id);
              return (
                <li key={`${ref.id}-${ref.role}`}>
                  <button
                    type="button"
                    aria-pressed={activeActors.includes(ref.id)}
                    onClick={() => toggleActor(ref.id)}
                  >
                    {actor?.name ?? ref.id}
                  </button>{' '}
                  <span className="role">{ref.role}</span>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {sources && hasSourcesToCompare(selected, sources.length) && (
        <Suspense>
          <SourcesAndClaims resolved={selected} sources={sources} actorsById={actorsById} />
        </Suspense>
      )}
      <h3>{t('details.fromArticle')}</h3>
      <ul className="detail-passages">
        {event.passages.map((passage, index) => {
          const anchor = anchors[index];
          const source = sources?.find((s) => s.id === passage.source);
          const located = anchor !== undefined && isLocated(anchor.state);
          return (
            <li key={`${passage.source}-${passage.start}-${passage.end}`}>
              <blockquote {...textLanguage(source?.lang ?? datasetLanguage)}>
                {passage.exact}
              </blockquote>
              {sources && passage.quotes && (
                <Suspense>
                  <QuotedPassage passage={passage} sources={sources} />
                </Suspense>
              )}
              {!(anchor && atItsOffsets(anchor, passage)) && (
                <Suspense>
                  <PassageStateNote anchor={anchor} passage={passage} text={source?.text} />
                </Suspense>
              )}
              <div className="passage-meta">
                {sources && sources.length > 1 && source && <cite>{source.title}</cite>}
                {located && (
                  <button
                    type="button"
                    onClick={() => revealPassage(index)}
                    aria-label={t('details.showInArticleLabel', {
                      position: index + 1,
                      total: event.passages.length,
                    })}
                  >
                    {t('details.showInArticle')}
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
