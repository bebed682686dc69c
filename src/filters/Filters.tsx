import { useDeferredValue, useEffect, useId, useMemo, useState } from 'react';
import { runInTasks } from '../app/runInTasks';
import type { MessageKey } from '../i18n/catalogue';
import { useTranslator } from '../i18n/I18nProvider';
import {
  busiest,
  FoldedNames,
  findsName,
  foldName,
  queryWords,
  SHOWN_CHOICES,
} from '../model/choices';
import {
  actorTotals,
  choiceCounts,
  kindTotals as countKindTotals,
  type EventIndex,
  hasActiveFilters,
} from '../model/filter';
import { kindColor } from '../model/kinds';
import type { ActorMatch, SupportFilter } from '../model/viewState';
import { filterCache } from '../state/caches';
import { selectVisibleEvents } from '../state/selectors';
import { useStore } from '../state/store';

/** A search box over a long list of choices (only shown when there are more than fit). */
function FindChoice({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <input
      type="search"
      className="find-choice"
      aria-label={label}
      placeholder={label}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

/** What is left out of a long list, and how to reach it. */
function MoreChoices({ hidden, query }: { hidden: number; query: string }) {
  const { t } = useTranslator();
  if (hidden === 0) return null;
  return (
    <p className="hint more-choices">
      {query.trim() === ''
        ? t('filters.moreChoices', { count: hidden })
        : t('filters.moreMatches', { count: hidden })}
    </p>
  );
}

const NO_EVENTS: EventIndex = { events: [], eventsByActor: new Map(), searchTexts: [] };

/** The choices of the sources filter, in words. */
const SUPPORT_CHOICES: ReadonlyArray<{ value: SupportFilter; label: MessageKey }> = [
  { value: 'any', label: 'filters.supportAll' },
  { value: 'disputed', label: 'filters.supportDisputed' },
  { value: 'single-source', label: 'filters.supportSingleSource' },
];

/**
 * Filters by actor (any/all) and by kind. Beside each choice: how many events the view would show
 * with it, under the other filters (so a choice that empties the view says so first). A long list
 * (100k actors, 20k kinds) shows its busiest SHOWN_CHOICES and the chosen ones, with a box to find
 * the rest by name: what it costs follows what is shown, and the counts are worked out only for
 * the choices shown (`choiceCounts` is lazy).
 */
export function Filters() {
  const { t, kindName } = useTranslator();
  const eventWord = (count: number) => t('common.events', { count });
  const loaded = useStore((state) => state.loaded);
  const filters = useStore((state) => state.view.filters);
  const visibleCount = useStore((state) => selectVisibleEvents(state).length);
  const toggleActor = useStore((state) => state.toggleActor);
  const toggleKind = useStore((state) => state.toggleKind);
  const setFilters = useStore((state) => state.setFilters);
  const clearFilters = useStore((state) => state.clearFilters);
  const baseId = useId();
  const [actorQuery, setActorQuery] = useState('');
  const [kindQuery, setKindQuery] = useState('');
  // Typing stays quick: the list follows the box a moment later when the dataset is huge.
  const actorFind = useDeferredValue(actorQuery);
  const kindFind = useDeferredValue(kindQuery);

  const events = loaded?.events;
  const allActors = loaded?.dataset.actors;
  const totals = useMemo(
    () => (loaded ? actorTotals(loaded) : new Map<string, number>()),
    [loaded],
  );
  const kindTotals = useMemo(() => countKindTotals(events ?? [], filterCache), [events]);
  // The counts follow a moment behind the choices (a deferred render): working them out must not
  // hold back the timeline and the list the choice changes.
  const countedFilters = useDeferredValue(filters);
  const counts = useMemo(
    () => choiceCounts(loaded ?? NO_EVENTS, countedFilters, filterCache),
    [loaded, countedFilters],
  );
  // Folded names for "Find an actor", made in idle moments once the filters are open (a long
  // list only), so the first search does not fold 100k names at once.
  const searching = actorFind.trim() !== '';
  const foldedActors = useMemo(
    () =>
      new FoldedNames(allActors ?? [], (actor) =>
        actor.aliases?.length ? `${actor.name} ${actor.aliases.join(' ')}` : actor.name,
      ),
    [allActors],
  );
  useEffect(() => {
    if ((allActors?.length ?? 0) <= SHOWN_CHOICES) return;
    return runInTasks(() => foldedActors.advance(performance.now() + 8), { idle: true });
  }, [allActors, foldedActors]);
  const actors = useMemo(() => {
    const words = queryWords(actorFind);
    const chosen = new Set(filters.actors);
    return busiest(
      allActors ?? [],
      (actor) => totals.get(actor.id) ?? 0,
      (actor) => actor.name,
      SHOWN_CHOICES,
      words.length === 0 ? undefined : (_, i) => findsName(foldedActors.at(i), words),
      (actor) => chosen.has(actor.id),
    );
  }, [allActors, totals, actorFind, foldedActors, filters.actors]);
  const kinds = useMemo(() => {
    const words = queryWords(kindFind);
    const chosen = new Set(filters.kinds);
    return busiest(
      [...kindTotals.keys()],
      (kind) => kindTotals.get(kind) ?? 0,
      kindName,
      SHOWN_CHOICES,
      words.length === 0 ? undefined : (kind) => findsName(foldName(kindName(kind)), words),
      (kind) => chosen.has(kind),
    );
  }, [kindTotals, kindFind, filters.kinds, kindName]);
  if (!loaded) return null;
  const total = loaded.events.length;
  const actorCount = loaded.dataset.actors.length;
  const chosenActors = new Set(filters.actors);
  const chosenKinds = new Set(filters.kinds);
  // With one source every event rests on it; the choice matters once sources can disagree.
  const showSupport = loaded.dataset.sources.length > 1 || filters.support !== 'any';

  return (
    <section className="filters" aria-label={t('filters.label')}>
      <p className="filter-summary" aria-live="polite">
        {t('filters.showing', { count: visibleCount, total })}
      </p>
      {showSupport && (
        <fieldset className="support-filter">
          <legend>{t('filters.supportLegend')}</legend>
          {SUPPORT_CHOICES.map((choice) => {
            const id = `${baseId}-support-${choice.value}`;
            return (
              <div key={choice.value} className="check">
                <input
                  id={id}
                  type="radio"
                  name={`${baseId}-support`}
                  checked={filters.support === choice.value}
                  onChange={() => setFilters({ support: choice.value })}
                  aria-describedby={`${id}-count`}
                />
                <label htmlFor={id}>{t(choice.label)}</label>
                <span className="count" id={`${id}-count`}>
                  {eventWord(counts.support(choice.value))}
                </span>
              </div>
            );
          })}
        </fieldset>
      )}
      <fieldset className="kind-filter">
        <legend>{t('filters.kinds')}</legend>
        {kindTotals.size > SHOWN_CHOICES && (
          <FindChoice label={t('filters.findKind')} value={kindQuery} onChange={setKindQuery} />
        )}
        {kinds.shown.map((kind) => {
          const id = `${baseId}-kind-${kind}`;
          const count = counts.kind(kind);
          return (
            <div key={kind} className="check">
              <input
                id={id}
                type="checkbox"
                checked={chosenKinds.has(kind)}
                onChange={() => toggleKind(kind)}
                aria-describedby={`${id}-count`}
              />
              <label htmlFor={id}>
                <span className="kind-swatch" style={{ background: kindColor(kind) }} />
                {kindName(kind)}
              </label>
              <span className="count" id={`${id}-count`}>
                {eventWord(count)}
              </span>
            </div>
          );
        })}
        <MoreChoices hidden={kinds.hidden} query={kindFind} />
        {kindFind.trim() !== '' && kinds.matched === 0 && (
          <p className="hint">{t('filters.noKind', { query: kindFind.trim() })}</p>
        )}
      </fieldset>
      <fieldset className="actor-filter">
        <legend>{t('filters.actors')}</legend>
        <div className="match" role="radiogroup" aria-label={t('filters.match')}>
          {(['any', 'all'] as ActorMatch[]).map((match) => (
            <label key={match}>
              <input
                type="radio"
                name={`${baseId}-match`}
                value={match}
                checked={filters.match === match}
                onChange={() => setFilters({ match })}
              />
              {match === 'any' ? t('filters.anyOf') : t('filters.allOf')}
            </label>
          ))}
        </div>
        {actorCount > SHOWN_CHOICES && (
          <FindChoice label={t('filters.findActor')} value={actorQuery} onChange={setActorQuery} />
        )}
        <div className="actor-list">
          {actors.shown.map((actor) => {
            const id = `${baseId}-actor-${actor.id}`;
            const count = counts.actor(actor.id);
            return (
              <div key={actor.id} className="check">
                <input
                  id={id}
                  type="checkbox"
                  checked={chosenActors.has(actor.id)}
                  onChange={() => toggleActor(actor.id)}
                  aria-describedby={`${id}-count`}
                />
                <label htmlFor={id}>{actor.name}</label>
                <span className="count" id={`${id}-count`}>
                  {eventWord(count)}
                </span>
              </div>
            );
          })}
        </div>
        <MoreChoices hidden={actors.hidden} query={actorFind} />
        {searching && actors.matched === 0 && (
          <p className="hint">{t('filters.noActor', { query: actorFind.trim() })}</p>
        )}
      </fieldset>
      <button type="button" onClick={clearFilters} disabled={!hasActiveFilters(filters)}>
        {t('filters.clear')}
      </button>
    </section>
  );
}
