// The review of a new version of an article, in the details' place: each passage with its state
// (exact, moved, edited with its word diff, ambiguous with its places, lost), and what becomes of
// it — accepted at the place found, moved (a candidate, or words selected in the reader, which
// shows the new version), or removed. "Apply update" makes it one step of the history.
import { useEffect, useId, useRef } from 'react';
import { BidiText } from '../app/BidiText';
import { changedFacts } from '../dataset/changedFacts';
import type { Candidate, PassageState } from '../dataset/reanchor';
import { type Decision, itemKey, type UpdateItem } from '../dataset/textUpdate';
import { wordDiff } from '../dataset/wordDiff';
import { changedFactValues, STATE_NAMES } from '../detail/PassageStateNote';
import { WordDiffText } from '../detail/WordDiffText';
import type { MessageKey } from '../i18n/catalogue';
import { useTranslator } from '../i18n/I18nProvider';
import { Message } from '../i18n/Message';
import type { Translator } from '../i18n/translator';
import { isolate } from '../model/bidi';
import { useStore } from '../state/store';
import type { TextUpdateReview as Review } from '../state/types';
import { useReaderSelection } from './readerSelection';
import {
  applyTextUpdate,
  cancelTextUpdate,
  decide,
  setMoving,
  showPlace,
  stateCounts,
  undecided,
} from './textUpdate';

const NOTES: Readonly<Record<PassageState, MessageKey>> = {
  exact: 'editor.reanchor.noteExact',
  moved: 'editor.reanchor.noteMoved',
  edited: 'editor.reanchor.noteEdited',
  ambiguous: 'editor.reanchor.noteAmbiguous',
  lost: 'editor.reanchor.noteLost',
};

/** How many passages are in each state, for the review's summary ("1 lost, 3 ambiguous"). */
const COUNTS: Readonly<Record<PassageState, MessageKey>> = {
  exact: 'editor.reanchor.countExact',
  moved: 'editor.reanchor.countMoved',
  edited: 'editor.reanchor.countEdited',
  ambiguous: 'editor.reanchor.countAmbiguous',
  lost: 'editor.reanchor.countLost',
};

const oneLine = (words: string) => words.replace(/\s+/g, ' ');

/** A place's words, shortened in their middle past 60 units. */
function wordsAt(text: string, place: { start: number; end: number }): string {
  const words = text.slice(place.start, place.end);
  return oneLine(words.length > 60 ? `${words.slice(0, 28)} … ${words.slice(-28)}` : words);
}

/** A place with the words around it (where two candidates differ), the place in [brackets]. */
function excerpt(text: string, place: { start: number; end: number }): string {
  const from = Math.max(0, place.start - 25);
  const to = Math.min(text.length, place.end + 25);
  const before = oneLine(text.slice(from, place.start));
  const after = oneLine(text.slice(place.end, to));
  return `${from > 0 ? '…' : ''}${before}[${wordsAt(text, place)}]${after}${to < text.length ? '…' : ''}`;
}

// Rounded down: a place that is not word for word never shows 100%.
const percent = (score: number) => Math.floor(score * 100) / 100;

function decisionWords(decision: Decision | undefined, text: string, t: Translator['t']): string {
  if (!decision) return t('editor.reanchor.needsDecision');
  if (decision.kind === 'remove') return t('editor.reanchor.willRemove');
  if (decision.kind === 'move') {
    return t('editor.reanchor.willQuote', { words: isolate(wordsAt(text, decision)) });
  }
  return t('editor.reanchor.willKeep');
}

function CandidateList({
  candidates,
  text,
  onUse,
  label,
}: {
  candidates: readonly Candidate[];
  text: string;
  onUse: (candidate: Candidate) => void;
  label: string;
}) {
  const { t } = useTranslator();
  return (
    <ul className="update-candidates" aria-label={label}>
      {candidates.map((candidate, i) => (
        <li key={`${candidate.start}-${candidate.end}`}>
          <span className="hint">
            <BidiText
              text={t('editor.reanchor.place', {
                place: i + 1,
                score: percent(candidate.score),
                words: isolate(excerpt(text, candidate)),
              })}
            />
          </span>{' '}
          <button type="button" onClick={() => showPlace(candidate)}>
            {t('editor.reanchor.showPlace', { place: i + 1 })}
          </button>{' '}
          <button type="button" onClick={() => onUse(candidate)}>
            {t('editor.reanchor.usePlace', { place: i + 1 })}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** While a passage's new place is chosen: the words selected in the reader, to use. */
function MovingControls({
  sourceId,
  onUse,
}: {
  sourceId: string;
  onUse: (place: { start: number; end: number }) => void;
}) {
  const { t } = useTranslator();
  const selection = useReaderSelection();
  const usable = selection?.sourceId === sourceId ? selection : null;
  return (
    <div className="update-moving">
      <p className="field-hint">{t('editor.reanchor.movingHint')}</p>
      <button type="button" disabled={!usable} onClick={() => usable && onUse(usable)}>
        {t('editor.reanchor.useSelected')}
      </button>{' '}
      <button type="button" onClick={() => setMoving(null)}>
        {t('editor.reanchor.stopMoving')}
      </button>
    </div>
  );
}

function ItemView({
  item,
  title,
  review,
  position,
}: {
  item: UpdateItem;
  title: string;
  review: Review;
  position: number;
}) {
  const translator = useTranslator();
  const { t } = translator;
  const key = itemKey(item);
  const { found, passage } = item;
  const decision = review.decisions.get(key);
  const moving = review.moving === key;
  const located = found.state === 'exact' || found.state === 'moved' || found.state === 'edited';
  const now = located ? review.text.slice(found.start, found.end) : '';
  const diff = found.state === 'edited' ? wordDiff(passage.exact, now) : null;
  const facts = diff ? changedFacts(diff) : [];
  const headingId = useId();
  const use = (place: { start: number; end: number }) =>
    decide(key, { kind: 'move', start: place.start, end: place.end });
  return (
    <li
      className={`update-item passage-state-${found.state}`}
      aria-labelledby={headingId}
      data-state={found.state}
    >
      <h3 id={headingId}>
        <span className="state-badge">{t(STATE_NAMES[found.state])}</span> <bdi>{title}</bdi>
        {translator.separator}
        {t('editor.reanchor.passage', { passage: item.index + 1 })}{' '}
        <span className="visually-hidden">{t('editor.reanchor.position', { position })}</span>
      </h3>
      <blockquote>{passage.exact}</blockquote>
      <p className={found.state === 'exact' || found.state === 'moved' ? 'hint' : 'warning'}>
        {t(NOTES[found.state])}{' '}
        {located && (
          <span className="hint">
            {t('editor.reanchor.match', { score: percent(found.score) })}
          </span>
        )}
      </p>
      {diff && (
        <p className="passage-diff">
          <WordDiffText parts={diff} />
        </p>
      )}
      {facts.length > 0 && (
        <p className="warning">
          <BidiText text={t('editor.reanchor.changed', changedFactValues(facts, translator))} />
        </p>
      )}
      {found.state === 'ambiguous' && (
        <CandidateList
          candidates={found.candidates}
          text={review.text}
          onUse={use}
          label={t('editor.reanchor.placesItFits')}
        />
      )}
      {found.state === 'lost' && found.candidates.length > 0 && (
        <CandidateList
          candidates={found.candidates.slice(0, 1)}
          text={review.text}
          onUse={use}
          label={t('editor.reanchor.closestPlace')}
        />
      )}
      <fieldset className="update-decision">
        <legend className="visually-hidden">
          <BidiText
            text={t('editor.reanchor.decisionLegend', {
              title: isolate(title),
              passage: item.index + 1,
            })}
          />
        </legend>
        {located && (
          <>
            <button type="button" onClick={() => showPlace(found)}>
              {t('editor.reanchor.show')}
            </button>
            <button
              type="button"
              aria-pressed={decision?.kind === 'accept'}
              onClick={() => decide(key, { kind: 'accept' })}
            >
              {t(found.state === 'edited' ? 'editor.reanchor.acceptNew' : 'editor.reanchor.accept')}
            </button>
          </>
        )}
        <button
          type="button"
          aria-pressed={moving || decision?.kind === 'move'}
          onClick={() => setMoving(moving ? null : key)}
        >
          {t('editor.reanchor.move')}
        </button>
        <button
          type="button"
          aria-pressed={decision?.kind === 'remove'}
          onClick={() => decide(key, { kind: 'remove' })}
        >
          {t('editor.reanchor.remove')}
        </button>
      </fieldset>
      {moving && <MovingControls sourceId={review.sourceId} onUse={use} />}
      <p className={decision ? 'update-outcome' : 'update-outcome warning'}>
        <BidiText text={decisionWords(decision, review.text, t)} />
      </p>
    </li>
  );
}

export function TextUpdateReview({ review }: { review: Review }) {
  const { t, tag } = useTranslator();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const events = useStore((state) => state.loaded?.dataset.events);
  const source = useStore((state) =>
    state.loaded?.dataset.sources.find((s) => s.id === review.sourceId),
  );
  // After the dialog that opened the review has gone (and given the focus back).
  useEffect(() => {
    const frame = requestAnimationFrame(() => heading.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, []);
  const titles = new Map((events ?? []).map((event) => [event.id, event.title]));
  const counts = stateCounts(review.items);
  const waiting = undecided(review);
  // The passages that need a person first, then those found word for word.
  const order: PassageState[] = ['lost', 'ambiguous', 'edited', 'moved', 'exact'];
  const items = [...review.items].sort(
    (a, b) => order.indexOf(a.found.state) - order.indexOf(b.found.state),
  );
  const summary = new Intl.ListFormat(tag, { type: 'unit', style: 'short' }).format(
    order
      .filter((state) => counts[state] > 0)
      .map((state) => t(COUNTS[state], { count: counts[state] })),
  );
  return (
    <section className="event-editor text-update" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {t('editor.reanchor.heading')}
      </h2>
      <p>
        <Message
          id="editor.reanchor.summary"
          values={{
            title: <strong>{source?.title}</strong>,
            count: review.items.length,
            states: summary || t('editor.reanchor.none'),
          }}
        />
      </p>
      <ol className="update-items">
        {items.map((item, i) => (
          <ItemView
            key={itemKey(item)}
            item={item}
            title={titles.get(item.eventId) ?? item.eventId}
            review={review}
            position={i + 1}
          />
        ))}
      </ol>
      {/* Kept in view at the panel's foot while the list scrolls. */}
      <div className="update-footer">
        <div className="dialog-actions update-actions">
          <button type="button" disabled={waiting > 0} onClick={() => applyTextUpdate()}>
            {t('editor.reanchor.apply')}
          </button>
          <button type="button" onClick={cancelTextUpdate}>
            {t('common.cancel')}
          </button>
        </div>
        <p className={waiting > 0 ? 'warning' : 'hint'} role="status">
          {waiting > 0
            ? t('editor.reanchor.waiting', { count: waiting })
            : t('editor.reanchor.allDecided')}
        </p>
      </div>
    </section>
  );
}
