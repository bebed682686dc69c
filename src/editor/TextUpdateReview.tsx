// The review of a new version of an article, in the details' place: each passage with its state
// (exact, moved, edited with its word diff, ambiguous with its places, lost), and what becomes of
// it — accepted at the place found, moved (a candidate, or words selected in the reader, which
// shows the new version), or removed. "Apply update" makes it one step of the history.
import { useEffect, useId, useRef } from 'react';
import { changedFacts } from '../dataset/changedFacts';
import type { Candidate, PassageState } from '../dataset/reanchor';
import { type Decision, itemKey, type UpdateItem } from '../dataset/textUpdate';
import { wordDiff } from '../dataset/wordDiff';
import { STATE_WORDS } from '../detail/PassageStateNote';
import { WordDiffText } from '../detail/WordDiffText';
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

const NOTES: Readonly<Record<PassageState, string>> = {
  exact: 'Found word for word, with its context.',
  moved: 'Found word for word; the words around it changed.',
  edited: 'Found with changed words:',
  ambiguous: 'The quote fits more than one place equally well: choose one, or remove it.',
  lost: 'Not found in the new version: choose its new place, or remove it.',
};

const FACT_WORDS = { figure: 'a figure', date: 'a date', name: 'a name' } as const;

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
const percent = (score: number) => `${Math.floor(score * 100)}%`;

function decisionWords(decision: Decision | undefined, text: string): string {
  if (!decision) return 'Needs a decision.';
  if (decision.kind === 'remove') return 'Will be removed from its event.';
  if (decision.kind === 'move') return `Will quote: “${wordsAt(text, decision)}”.`;
  return 'Will be kept at the place found.';
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
  return (
    <ul className="update-candidates" aria-label={label}>
      {candidates.map((candidate, i) => (
        <li key={`${candidate.start}-${candidate.end}`}>
          <span className="hint">
            Place {i + 1} ({percent(candidate.score)}): “{excerpt(text, candidate)}”
          </span>{' '}
          <button type="button" onClick={() => showPlace(candidate)}>
            Show place {i + 1}
          </button>{' '}
          <button type="button" onClick={() => onUse(candidate)}>
            Use place {i + 1}
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
  const selection = useReaderSelection();
  const usable = selection?.sourceId === sourceId ? selection : null;
  return (
    <div className="update-moving">
      <p className="field-hint">
        Select the passage’s words in the article (it shows the new version), then use them.
      </p>
      <button type="button" disabled={!usable} onClick={() => usable && onUse(usable)}>
        Use the selected words
      </button>{' '}
      <button type="button" onClick={() => setMoving(null)}>
        Stop moving
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
        <span className="state-badge">{STATE_WORDS[found.state].name}</span> {title}
        {` · passage ${item.index + 1}`}
        <span className="visually-hidden">{` (${position} in the list)`}</span>
      </h3>
      <blockquote>{passage.exact}</blockquote>
      <p className={found.state === 'exact' || found.state === 'moved' ? 'hint' : 'warning'}>
        {NOTES[found.state]}{' '}
        {located && <span className="hint">(match {percent(found.score)})</span>}
      </p>
      {diff && (
        <p className="passage-diff">
          <WordDiffText parts={diff} />
        </p>
      )}
      {facts.length > 0 && (
        <p className="warning">
          Changed: {[...new Set(facts.map((fact) => FACT_WORDS[fact.kind]))].join(', ')} (
          {facts.map((fact) => `${fact.before || '…'} → ${fact.after || '…'}`).join('; ')}). Check
          it before you accept.
        </p>
      )}
      {found.state === 'ambiguous' && (
        <CandidateList
          candidates={found.candidates}
          text={review.text}
          onUse={use}
          label="Places it fits"
        />
      )}
      {found.state === 'lost' && found.candidates.length > 0 && (
        <CandidateList
          candidates={found.candidates.slice(0, 1)}
          text={review.text}
          onUse={use}
          label="The closest place, below the minimum score"
        />
      )}
      <fieldset className="update-decision">
        <legend className="visually-hidden">{`What becomes of “${title}”, passage ${item.index + 1}`}</legend>
        {located && (
          <>
            <button type="button" onClick={() => showPlace(found)}>
              Show
            </button>
            <button
              type="button"
              aria-pressed={decision?.kind === 'accept'}
              onClick={() => decide(key, { kind: 'accept' })}
            >
              {found.state === 'edited' ? 'Accept the new words' : 'Accept'}
            </button>
          </>
        )}
        <button
          type="button"
          aria-pressed={moving || decision?.kind === 'move'}
          onClick={() => setMoving(moving ? null : key)}
        >
          Move…
        </button>
        <button
          type="button"
          aria-pressed={decision?.kind === 'remove'}
          onClick={() => decide(key, { kind: 'remove' })}
        >
          Remove
        </button>
      </fieldset>
      {moving && <MovingControls sourceId={review.sourceId} onUse={use} />}
      <p className={decision ? 'update-outcome' : 'update-outcome warning'}>
        {decisionWords(decision, review.text)}
      </p>
    </li>
  );
}

export function TextUpdateReview({ review }: { review: Review }) {
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
  const summary = order
    .filter((state) => counts[state] > 0)
    .map((state) => `${counts[state]} ${STATE_WORDS[state].name.toLowerCase()}`)
    .join(', ');
  return (
    <section className="event-editor text-update" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        Update article text
      </h2>
      <p>
        <strong>{source?.title}</strong>: {review.items.length} passage
        {review.items.length === 1 ? '' : 's'} ({summary || 'none'}). The article shows the new
        version while you review.
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
            Apply update
          </button>
          <button type="button" onClick={cancelTextUpdate}>
            Cancel
          </button>
        </div>
        <p className={waiting > 0 ? 'warning' : 'hint'} role="status">
          {waiting > 0
            ? `${waiting} passage${waiting === 1 ? ' needs' : 's need'} a decision before the update can be applied.`
            : 'Every passage has a decision. Applying the update is one step: Undo takes it all back.'}
        </p>
      </div>
    </section>
  );
}
