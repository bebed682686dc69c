// Editing an event of the open draft, in the details' place: every field, its actors (proposed
// from the words, each with a role; a new actor too) and its passages. A field's edit reaches the
// store a moment after typing pauses (or every half second of steady typing); a value the format
// would refuse (an empty title, a date that is not EDTF) stays in the field with its problem
// beside it and is not applied. The same fields (EventFields.tsx), filled in from selected words,
// make a new event ("Save event"), built by pure authoring code (authoring/eventValues.ts).
import { memo, useCallback, useEffect, useId, useMemo, useState } from 'react';
import { BidiText } from '../app/BidiText';
import { ProblemText } from '../app/ProblemText';
import { proposeEvent } from '../authoring/eventProposal';
import {
  type EventValues,
  eventFromValues,
  valuesOfProposal,
  valuesOfSuggestion,
} from '../authoring/eventValues';
import { uniqueId } from '../authoring/uniqueId';
import { passageFromRange } from '../dataset/anchor';
import {
  addActor,
  addEvent,
  batch,
  deleteEvent,
  removePassage,
  setEventField,
  setPassage,
} from '../dataset/commandBuilders';
import { said } from '../dataset/said';
import {
  ACTOR_KINDS,
  type ActorKind,
  type Dataset,
  type EventActor,
  type TimelineEvent,
} from '../dataset/schema';
import { hasVisibleCharacter } from '../dataset/visible';
import { slugify } from '../formats/slug';
import { useTranslator } from '../i18n/I18nProvider';
import { textLanguage } from '../model/locale';
import { useStore } from '../state/store';
import type { EventDraftProposal } from '../state/types';
import { ClaimEditor } from './ClaimEditor';
import { EventFields, type EventTextKey } from './EventFields';
import {
  actorKindName,
  checkDate,
  checkKind,
  type FieldBinding,
  latestDataset,
  needsText,
  useField,
} from './fields';
import { useReaderSelection } from './readerSelection';
import { SuggestionCard } from './SuggestionCard';
import { TextUpdateReview } from './TextUpdateReview';

// Drawn again only when its props change: not for a key typed into the event's fields (its
// "Add an actor" list holds every actor of the draft, hundreds in a large one).
const ActorsEditor = memo(function ActorsEditor({
  dataset,
  actors,
  onChange,
}: {
  dataset: Dataset;
  actors: readonly EventActor[];
  onChange: (next: EventActor[], newActor?: Dataset['actors'][number]) => void;
}) {
  const { t } = useTranslator();
  const addId = useId();
  const nameId = useId();
  const kindId = useId();
  const [adding, setAdding] = useState('');
  const [newName, setNewName] = useState('');
  const [newKind, setNewKind] = useState<ActorKind>('person');
  const names = useMemo(() => new Map(dataset.actors.map((a) => [a.id, a.name])), [dataset.actors]);
  const available = dataset.actors.filter((actor) => !actors.some((ref) => ref.id === actor.id));
  return (
    <fieldset className="event-actors">
      <legend>{t('editor.actors')}</legend>
      {actors.length === 0 && <p className="field-hint">{t('editor.noActors')}</p>}
      <ul>
        {actors.map((ref, i) => (
          // Keyed by the actor and which of its roles this is, so editing the role keeps the row.
          <li key={`${ref.id}\u0000${actors.slice(0, i).filter((r) => r.id === ref.id).length}`}>
            <bdi className="actor-name">{names.get(ref.id) ?? ref.id}</bdi>{' '}
            <label>
              {t('editor.role')}{' '}
              <input
                value={ref.role}
                list="sourceline-roles"
                aria-label={t('editor.roleOf', { name: names.get(ref.id) ?? ref.id })}
                onChange={(event) => {
                  const role = event.target.value;
                  if (!slugify(role)) return;
                  onChange(actors.map((r, j) => (j === i ? { ...r, role: slugify(role) } : r)));
                }}
              />
            </label>{' '}
            <button
              type="button"
              aria-label={t('editor.removeActor', { name: names.get(ref.id) ?? ref.id })}
              onClick={() => onChange(actors.filter((_, j) => j !== i))}
            >
              {t('editor.remove')}
            </button>
          </li>
        ))}
      </ul>
      <datalist id="sourceline-roles">
        {[
          'participant',
          'speaker',
          'target',
          'perpetrator',
          'victim',
          'reporter',
          'claimant',
          'subject',
        ].map((role) => (
          <option key={role} value={role} />
        ))}
      </datalist>
      {available.length > 0 && (
        <div className="inline-form">
          <label htmlFor={addId}>{t('editor.addAnActor')}</label>
          <select id={addId} value={adding} onChange={(event) => setAdding(event.target.value)}>
            <option value="">{t('editor.choose')}</option>
            {available.map((actor) => (
              <option key={actor.id} value={actor.id}>
                {actor.name}
              </option>
            ))}
          </select>
          <button
            type="button"
            disabled={!adding}
            onClick={() => {
              onChange([...actors, { id: adding, role: 'participant' }]);
              setAdding('');
            }}
          >
            {t('editor.add')}
          </button>
        </div>
      )}
      <div className="inline-form">
        <label htmlFor={nameId}>{t('editor.newActor')}</label>
        <input id={nameId} value={newName} onChange={(event) => setNewName(event.target.value)} />
        <label htmlFor={kindId}>{t('editor.actorKind')}</label>
        <select
          id={kindId}
          value={newKind}
          onChange={(event) => setNewKind(event.target.value as ActorKind)}
        >
          {ACTOR_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {actorKindName(t, kind)}
            </option>
          ))}
        </select>
        <button
          type="button"
          disabled={!hasVisibleCharacter(newName)}
          onClick={() => {
            const id = uniqueId(newName, 'actor', new Set(dataset.actors.map((a) => a.id)));
            onChange([...actors, { id, role: 'participant' }], {
              id,
              name: newName.trim(),
              kind: newKind,
            });
            setNewName('');
          }}
        >
          {t('editor.addNewActor')}
        </button>
      </div>
    </fieldset>
  );
});

/** The fields of an event that exists: each typed into the draft through the store's queue. */
function useEventFields(event: TimelineEvent, eventId: string): Record<EventTextKey, FieldBinding> {
  /** The event's date as it is when an edit of one of its parts is applied. */
  const dateWith = (data: Dataset, part: 'value' | 'expression' | 'note', v: string) => {
    const date = data.events.find((e) => e.id === eventId)?.date;
    return date ? setEventField(data, eventId, 'date', { ...date, [part]: v }) : null;
  };
  return {
    title: useField(event.title, (v, d) => setEventField(d, eventId, 'title', v), needsText),
    summary: useField(event.summary, (v, d) => setEventField(d, eventId, 'summary', v), needsText),
    kind: useField(event.kind, (v, d) => setEventField(d, eventId, 'kind', v), checkKind, slugify),
    date: useField(event.date.value, (v, d) => dateWith(d, 'value', v), checkDate),
    expression: useField(event.date.expression, (v, d) => dateWith(d, 'expression', v), null),
    note: useField(event.date.note, (v, d) => dateWith(d, 'note', v), null),
  };
}

/** The selected event of the draft, edited in place. */
function ExistingEventForm({
  dataset,
  eventId,
  event,
}: {
  dataset: Dataset;
  eventId: string;
  event: TimelineEvent;
}) {
  const { t } = useTranslator();
  const dispatch = useStore((state) => state.dispatch);
  const problems = useStore((state) => state.editor.problems);
  const headingId = useId();
  const fields = useEventFields(event, eventId);
  // Found again only when the draft or the problems change, not for every key typed.
  const own = useMemo(() => {
    const prefix = `events[${dataset.events.indexOf(event)}]`;
    return problems.filter((problem) => problem.path.startsWith(prefix));
  }, [dataset, event, problems]);
  const changeActors = useCallback(
    (actors: EventActor[], newActor?: Dataset['actors'][number]) =>
      dispatch((data) =>
        newActor
          ? batch(said('addActorToEvent', {}, 'add a new actor to the event'), [
              addActor(data, newActor),
              setEventField(data, eventId, 'actors', actors),
            ])
          : setEventField(data, eventId, 'actors', actors),
      ),
    [dispatch, eventId],
  );
  return (
    <section className="event-editor" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {t('editor.editEvent')}
      </h2>
      <EventFields dataset={dataset} fields={fields} />
      <ActorsEditor dataset={dataset} actors={event.actors} onChange={changeActors} />
      <PassagesEditor dataset={dataset} eventId={eventId} />
      {own.length > 0 && (
        <ul className="field-problem" aria-label={t('editor.eventProblems')}>
          {own.map((problem) => (
            <li key={`${problem.path}:${problem.message}`}>
              <ProblemText problem={{ ...problem, path: '' }} />
            </li>
          ))}
        </ul>
      )}
      <div className="dialog-actions">
        <button
          type="button"
          className="danger"
          onClick={() => dispatch((data) => deleteEvent(data, eventId))}
        >
          {t('editor.deleteEvent')}
        </button>
      </div>
    </section>
  );
}

/**
 * The event's passages: each can be removed (one must stay) or moved onto other words, selected
 * in the article, in one step that keeps its place; new ones come from the selection toolbar.
 */
const PassagesEditor = memo(function PassagesEditor({
  dataset,
  eventId,
}: {
  dataset: Dataset;
  eventId: string;
}) {
  const { t } = useTranslator();
  const event = dataset.events.find((candidate) => candidate.id === eventId);
  const dispatch = useStore((state) => state.dispatch);
  const notify = useStore((state) => state.notify);
  const selection = useReaderSelection();
  if (!event) return null;
  const current = () => latestDataset(dataset);
  const sources = new Map(dataset.sources.map((source) => [source.id, source.title]));
  const replace = (index: number) => {
    const data = current();
    const source = selection && data.sources.find((s) => s.id === selection.sourceId);
    if (!selection || !source) return;
    const made = passageFromRange(source.text, source.id, selection.start, selection.end);
    if (!made.ok) {
      notify(t('editor.selectWordsFirst'), 'warning', 'action');
      return;
    }
    // Moved onto other words, the passage keeps its claim and the passage it quotes.
    dispatch((latest) => {
      const { claim, quotes } = latest.events.find((e) => e.id === eventId)?.passages[index] ?? {};
      return setPassage(latest, eventId, index, {
        ...made.passage,
        ...(claim ? { claim } : {}),
        ...(quotes ? { quotes } : {}),
      });
    });
    useStore.getState().markHistory();
    window.getSelection()?.removeAllRanges();
    notify(t('editor.passageMoved', { number: index + 1 }), 'info', 'action');
  };
  const many = event.passages.length > 1;
  return (
    <fieldset className="event-passages">
      <legend>{t('editor.passages')}</legend>
      <ul>
        {event.passages.map((passage, i) => (
          <li key={`${passage.source}-${passage.start}-${passage.end}`}>
            <blockquote>
              <BidiText text={passage.exact} />
            </blockquote>
            {dataset.sources.length > 1 && (
              <cite>
                <BidiText text={sources.get(passage.source) ?? passage.source} />
              </cite>
            )}{' '}
            <button
              type="button"
              disabled={!selection}
              aria-label={many ? t('editor.useSelectionFor', { number: i + 1 }) : undefined}
              title={selection ? undefined : t('editor.selectNewWordsFirst')}
              // Keeps the reader's selection while the button is pressed.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => replace(i)}
            >
              {t('editor.useSelection')}
            </button>{' '}
            <button
              type="button"
              disabled={!many}
              aria-label={many ? t('editor.removePassageNumber', { number: i + 1 }) : undefined}
              title={many ? undefined : t('editor.onePassageNeeded')}
              onClick={() => dispatch((data) => removePassage(data, eventId, i))}
            >
              {t('editor.removePassage')}
            </button>
            <ClaimEditor dataset={dataset} eventId={eventId} index={i} />
          </li>
        ))}
      </ul>
      <p className="field-hint">{t('editor.passagesHint')}</p>
    </fieldset>
  );
});

/** The form for words just selected: proposed values, editable, saved as a new event. */
function ProposalForm({ dataset, proposal }: { dataset: Dataset; proposal: EventDraftProposal }) {
  const made = useMemo(
    () => proposeEvent(dataset, proposal.sourceId, proposal.start, proposal.end),
    [dataset, proposal],
  );
  const { t } = useTranslator();
  const headingId = useId();
  const [values, setValues] = useState<EventValues | null>(null);
  useEffect(() => {
    setValues(
      proposal.suggested
        ? valuesOfSuggestion(proposal.suggested)
        : made
          ? valuesOfProposal(made)
          : null,
    );
  }, [made, proposal.suggested]);
  const setEditorUi = useStore((state) => state.setEditorUi);
  const [tried, setTried] = useState(false);
  if (!made || !values) return null;
  const set = (patch: Partial<EventValues>) => setValues({ ...values, ...patch });
  const problems = {
    title: needsText(values.title),
    summary: needsText(values.summary),
    kind: checkKind(values.kind),
    date: checkDate(values.date),
  };
  const ready = Object.values(problems).every((problem) => problem === null);
  const save = () => {
    setTried(true);
    if (!ready) {
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>('.event-editor [aria-invalid="true"]')?.focus(),
      );
      return;
    }
    const store = useStore.getState();
    let id = '';
    store.dispatch((data) => {
      const event = eventFromValues(values, made.passage, new Set(data.events.map((e) => e.id)));
      id = event.id;
      return addEvent(data, event);
    });
    store.markHistory();
    setEditorUi({ proposal: null });
    store.selectEvent(id);
    // The new event's own form takes the focus, where the person goes on.
    requestAnimationFrame(() => document.querySelector<HTMLElement>('.event-editor h2')?.focus());
  };
  const shown = (key: EventTextKey) =>
    key in problems
      ? tried || key === 'date'
        ? problems[key as keyof typeof problems]
        : null
      : null;
  const bind = (key: EventTextKey): FieldBinding => ({
    text: values[key],
    problem: shown(key),
    onChange: (text) => set({ [key]: text }),
  });
  const fields = {
    title: bind('title'),
    summary: bind('summary'),
    kind: bind('kind'),
    date: bind('date'),
    expression: bind('expression'),
    note: bind('note'),
  };
  return (
    <section className="event-editor" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {t('editor.newEvent')}
      </h2>
      <blockquote className="proposal-quote" {...textLanguage(made.lang)}>
        {made.passage.exact}
      </blockquote>
      <EventFields
        dataset={dataset}
        fields={fields}
        dateHint={
          !made.datesRead ? (
            <> {made.note}</>
          ) : (
            made.alternatives.length > 0 && (
              <> {t('editor.otherReadings', { readings: made.alternatives.join(', ') })}</>
            )
          )
        }
      />
      <ActorsEditor
        dataset={dataset}
        actors={values.actors}
        onChange={(actors, newActor) => {
          if (newActor) useStore.getState().dispatch((data) => addActor(data, newActor));
          set({ actors });
        }}
      />
      <div className="dialog-actions">
        <button type="button" onClick={save}>
          {t('editor.saveEvent')}
        </button>
        <button type="button" onClick={() => setEditorUi({ proposal: null })}>
          {t('common.cancel')}
        </button>
      </div>
    </section>
  );
}

/** The editor in the details' place: a new event's form, the selected event's, or how to begin. */
export default function EventEditor() {
  const { t } = useTranslator();
  const dataset = useStore((state) => state.loaded?.dataset);
  const selected = useStore((state) => state.view.event);
  const proposal = useStore((state) => state.editor.proposal);
  const review = useStore((state) => state.editor.review);
  const textUpdate = useStore((state) => state.editor.textUpdate);
  if (!dataset) return null;
  if (textUpdate) return <TextUpdateReview review={textUpdate} />;
  if (proposal) return <ProposalForm dataset={dataset} proposal={proposal} />;
  if (review) return <SuggestionCard review={review} />;
  const event = selected ? dataset.events.find((candidate) => candidate.id === selected) : null;
  if (selected && event) {
    return <ExistingEventForm key={selected} dataset={dataset} eventId={selected} event={event} />;
  }
  return (
    <section className="event-editor" aria-label={t('details.label')}>
      <h2>{t('editor.makeEvent')}</h2>
      <p>{t('editor.makeEventHint')}</p>
      {dataset.events.length === 0 && <p className="field-hint">{t('editor.noEventsYet')}</p>}
    </section>
  );
}
