// "Actors and sources": the rest of a draft beyond its events — the timeline's own title and
// description, every actor (name, kind, aliases, description; new ones; deleting one also takes
// it off the events that name it, in one undoable step) and every article (its title, publisher,
// author, publication day and address). Each change is a command, as everywhere in the editor, so
// Undo and autosave see it. An article's text does not change here: its events' passages point
// into it by offset.
import { type ReactNode, useId, useMemo, useState } from 'react';
import { ProblemText } from '../app/ProblemText';
import { addressProblem, publishedProblem } from '../authoring/newTimeline';
import { uniqueId } from '../authoring/uniqueId';
import {
  addActor,
  batch,
  removeActor,
  removeSource,
  setActorField,
  setDatasetField,
  setEventField,
  setPassage,
  setSourceField,
} from '../dataset/commandBuilders';
import type { Command } from '../dataset/commands';
import { said } from '../dataset/said';
import {
  ACTOR_KINDS,
  type Actor,
  type ActorKind,
  type Dataset,
  type Source,
} from '../dataset/schema';
import { hasVisibleCharacter } from '../dataset/visible';
import { useTranslator } from '../i18n/I18nProvider';
import { Message } from '../i18n/Message';
import { findsName, foldName, queryWords } from '../model/choices';
import { Modal } from '../share/Modal';
import { useStore } from '../state/store';
import { actorKindName, needsText, TextField, translatedCheck } from './fields';

/** Long casts are searched, not drawn whole: the dialog draws this many at most. */
const SHOWN_AT_MOST = 50;

/** Aliases one per line, without blanks or repeats. */
function aliasesFrom(text: string): string[] {
  return [
    ...new Set(
      text
        .split('\n')
        .map((line) => line.trim())
        .filter(hasVisibleCharacter),
    ),
  ];
}

// Typing in one field squashes into one step until the field is left (see documentSlice.ts).
const dispatch = (build: (dataset: Dataset) => Command) => useStore.getState().dispatch(build);

/** Aliases as the field shows them: one per line, each once. */
const aliasLines = (text: string) => aliasesFrom(text).join('\n');

/** A record's disclosure: its fields are drawn only while it is open (a cast may be long). */
function RecordDisclosure({
  summary,
  children,
}: {
  summary: ReactNode;
  children: () => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{summary}</summary>
      {open && children()}
    </details>
  );
}

/** What the validator found in one record (`actors[3]`, `sources[0]`), shown with its fields. */
function RecordProblems({ path, label }: { path: string; label: string }) {
  const problems = useStore((state) => state.editor.problems);
  const own = problems.filter(
    (problem) => problem.path === path || problem.path.startsWith(`${path}.`),
  );
  if (own.length === 0) return null;
  return (
    <ul className="field-problem" aria-label={label}>
      {own.map((problem) => (
        <li key={`${problem.path}:${problem.message}`}>
          <ProblemText problem={{ ...problem, path: '' }} />
        </li>
      ))}
    </ul>
  );
}

function ActorFields({ dataset, actor, uses }: { dataset: Dataset; actor: Actor; uses: number }) {
  const { t } = useTranslator();
  const kindId = useId();
  const remove = () => {
    dispatch((data) => {
      // The events that name it lose it in the same step, so one Undo brings all of it back.
      const offEvents = data.events
        .filter((event) => event.actors.some((ref) => ref.id === actor.id))
        .map((event) =>
          setEventField(
            data,
            event.id,
            'actors',
            event.actors.filter((ref) => ref.id !== actor.id),
          ),
        );
      // And the claims said to be its no longer name it (their words go with it).
      const offClaims = data.events.flatMap((event) =>
        event.passages.flatMap((passage, index) => {
          if (passage.claim?.attributedTo?.actor !== actor.id) return [];
          const { attributedTo: _gone, ...claim } = passage.claim;
          const { claim: _old, ...rest } = passage;
          const after = Object.keys(claim).length > 0 ? { ...rest, claim } : rest;
          return [setPassage(data, event.id, index, after)];
        }),
      );
      return batch(said('deleteActor', { name: actor.name }, `delete the actor “${actor.name}”`), [
        ...offEvents,
        ...offClaims,
        removeActor(data, actor.id),
      ]);
    });
    useStore.getState().notify(t('editor.actorDeleted', { name: actor.name }), 'info', 'action');
  };
  return (
    <div className="cast-record">
      <TextField
        label={t('editor.name')}
        value={actor.name}
        check={needsText}
        edit={(v, data) => setActorField(data, actor.id, 'name', v)}
      />
      <div className="form-field">
        <label htmlFor={kindId}>{t('editor.fieldKind')}</label>
        <select
          id={kindId}
          value={actor.kind}
          onChange={(event) => {
            const kind = event.target.value as ActorKind;
            dispatch((data) => setActorField(data, actor.id, 'kind', kind));
          }}
        >
          {ACTOR_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {actorKindName(t, kind)}
            </option>
          ))}
        </select>
      </div>
      <TextField
        label={t('editor.aliases')}
        value={(actor.aliases ?? []).join('\n')}
        multiline
        hint={t('editor.aliasesHint')}
        normalize={aliasLines}
        edit={(v, data) =>
          setActorField(data, actor.id, 'aliases', v === '' ? undefined : v.split('\n'))
        }
      />
      <TextField
        label={t('editor.description')}
        value={actor.description ?? ''}
        multiline
        edit={(v, data) => setActorField(data, actor.id, 'description', v || undefined)}
      />
      <RecordProblems
        path={`actors[${dataset.actors.indexOf(actor)}]`}
        label={t('editor.actorProblems')}
      />
      <div className="dialog-actions">
        <button type="button" className="danger" onClick={remove}>
          {t('editor.deleteActor', { count: uses })}
        </button>
      </div>
    </div>
  );
}

function NewActor() {
  const { t } = useTranslator();
  const nameId = useId();
  const kindId = useId();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<ActorKind>('person');
  const add = () => {
    if (!hasVisibleCharacter(name)) return;
    dispatch((data) => {
      const id = uniqueId(name, 'actor', new Set(data.actors.map((a) => a.id)));
      return addActor(data, { id, name: name.trim(), kind });
    });
    setName('');
  };
  return (
    <form
      className="inline-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        add();
      }}
    >
      <label htmlFor={nameId}>{t('editor.newActor')}</label>
      <input id={nameId} value={name} onChange={(event) => setName(event.target.value)} />
      <label htmlFor={kindId}>{t('editor.actorKind')}</label>
      <select
        id={kindId}
        value={kind}
        onChange={(event) => setKind(event.target.value as ActorKind)}
      >
        {ACTOR_KINDS.map((k) => (
          <option key={k} value={k}>
            {actorKindName(t, k)}
          </option>
        ))}
      </select>
      <button type="submit" disabled={!hasVisibleCharacter(name)}>
        {t('editor.addActor')}
      </button>
    </form>
  );
}

function SourceFieldsEditor({
  dataset,
  source,
  quotes,
}: {
  dataset: Dataset;
  source: Source;
  quotes: number;
}) {
  const { t } = useTranslator();
  const edit =
    (field: 'title' | 'publisher' | 'author' | 'published') => (v: string, data: Dataset) =>
      setSourceField(data, source.id, field, v);
  const only = dataset.sources.length === 1;
  const why = only
    ? t('editor.oneArticleNeeded')
    : quotes > 0
      ? t('editor.articleQuoted', { count: quotes })
      : null;
  return (
    <div className="cast-record">
      <TextField
        label={t('editor.fieldTitle')}
        value={source.title}
        check={needsText}
        edit={edit('title')}
      />
      <TextField
        label={t('editor.publisher')}
        value={source.publisher}
        check={needsText}
        edit={edit('publisher')}
      />
      <TextField
        label={t('editor.author')}
        value={source.author}
        check={needsText}
        edit={edit('author')}
      />
      <TextField
        label={t('editor.published')}
        type="date"
        value={source.published}
        check={translatedCheck(publishedProblem, 'editor.needPublished')}
        hint={t('editor.publishedCastHint')}
        edit={edit('published')}
      />
      <TextField
        label={t('editor.address')}
        type="url"
        value={source.url ?? ''}
        check={translatedCheck(addressProblem, 'editor.needAddress')}
        edit={(v, data) => setSourceField(data, source.id, 'url', v || undefined)}
      />
      <RecordProblems
        path={`sources[${dataset.sources.indexOf(source)}]`}
        label={t('editor.articleProblems')}
      />
      <p className="field-hint">{t('editor.articleLength', { count: source.text.length })}</p>
      <div className="dialog-actions">
        <button
          type="button"
          className="danger"
          disabled={why !== null}
          title={why ?? undefined}
          onClick={() => dispatch((data) => removeSource(data, source.id))}
        >
          {t('editor.removeArticle')}
        </button>
        {why && <span className="field-hint">{why}</span>}
      </div>
    </div>
  );
}

export function CastDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslator();
  const headingId = useId();
  const findId = useId();
  const dataset = useStore((state) => state.loaded?.dataset);
  const [query, setQuery] = useState('');
  const counts = useMemo(() => {
    const actors = new Map<string, number>();
    const sources = new Map<string, number>();
    for (const event of dataset?.events ?? []) {
      for (const id of new Set(event.actors.map((ref) => ref.id))) {
        actors.set(id, (actors.get(id) ?? 0) + 1);
      }
      for (const passage of event.passages) {
        sources.set(passage.source, (sources.get(passage.source) ?? 0) + 1);
        // A passage quoting this article as its primary source needs it too.
        const quoted = passage.quotes?.source;
        if (quoted !== undefined) sources.set(quoted, (sources.get(quoted) ?? 0) + 1);
      }
    }
    return { actors, sources };
  }, [dataset?.events]);
  if (!dataset) return null;
  const close = () => {
    useStore.getState().markHistory();
    onClose();
  };
  // Found as the filters' "Find an actor" finds them: every word, accents and case aside.
  const words = queryWords(query);
  const found =
    words.length === 0
      ? dataset.actors
      : dataset.actors.filter((actor) =>
          [actor.name, ...(actor.aliases ?? [])].some((name) => findsName(foldName(name), words)),
        );
  return (
    <Modal labelledBy={headingId} className="cast-dialog" onClose={close}>
      <h2 id={headingId}>{t('editor.cast')}</h2>
      <p className="field-hint">{t('editor.castHint')}</p>
      <section aria-label={t('editor.timeline')}>
        <h3>{t('editor.timeline')}</h3>
        <TextField
          label={t('editor.timelineTitle')}
          value={dataset.title}
          check={needsText}
          edit={(v, data) => setDatasetField(data, 'title', v)}
        />
        <TextField
          label={t('editor.description')}
          value={dataset.description ?? ''}
          multiline
          edit={(v, data) => setDatasetField(data, 'description', v || undefined)}
        />
      </section>
      <section aria-labelledby={`${headingId}-actors`}>
        <h3 id={`${headingId}-actors`}>
          {t('editor.actorsCount', { count: dataset.actors.length })}
        </h3>
        {dataset.actors.length > SHOWN_AT_MOST / 5 && (
          <div className="form-field">
            <label htmlFor={findId}>{t('editor.findActor')}</label>
            <input
              id={findId}
              type="search"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
            />
          </div>
        )}
        {dataset.actors.length === 0 && <p className="field-hint">{t('editor.noActors')}</p>}
        <ul className="cast-list">
          {found.slice(0, SHOWN_AT_MOST).map((actor) => {
            const uses = counts.actors.get(actor.id) ?? 0;
            return (
              <li key={actor.id}>
                <RecordDisclosure
                  summary={
                    <>
                      <bdi>{actor.name}</bdi>{' '}
                      <span className="field-hint">
                        {t('editor.actorLine', { kind: actorKindName(t, actor.kind), count: uses })}
                      </span>
                    </>
                  }
                >
                  {() => <ActorFields dataset={dataset} actor={actor} uses={uses} />}
                </RecordDisclosure>
              </li>
            );
          })}
        </ul>
        {found.length > SHOWN_AT_MOST && (
          <p className="field-hint">
            {t('editor.moreActors', { count: found.length - SHOWN_AT_MOST })}
          </p>
        )}
        <NewActor />
      </section>
      <section aria-labelledby={`${headingId}-sources`}>
        <h3 id={`${headingId}-sources`}>
          {t('editor.articlesCount', { count: dataset.sources.length })}
        </h3>
        <ul className="cast-list">
          {dataset.sources.map((source) => {
            const quotes = counts.sources.get(source.id) ?? 0;
            return (
              <li key={source.id}>
                <RecordDisclosure
                  summary={
                    <>
                      <bdi>{source.title}</bdi>{' '}
                      <span className="field-hint">
                        <Message
                          id="editor.articleLine"
                          values={{ publisher: <bdi>{source.publisher}</bdi>, count: quotes }}
                        />
                      </span>
                    </>
                  }
                >
                  {() => <SourceFieldsEditor dataset={dataset} source={source} quotes={quotes} />}
                </RecordDisclosure>
              </li>
            );
          })}
        </ul>
      </section>
      <div className="dialog-actions">
        <button type="button" onClick={close}>
          {t('editor.done')}
        </button>
      </div>
    </Modal>
  );
}
