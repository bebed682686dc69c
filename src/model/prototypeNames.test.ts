// Ids and kinds named after Object.prototype's properties must behave like any other name. Only
// "constructor" is a slug, so it is the one a valid dataset can use (e2e/fixtures/prototype-ids.json
// uses it as dataset, source, actor and event id and as a kind); the others are rejected as ids by
// the schema, and the view logic is checked with them anyway, handed a dataset directly, so that it
// never depends on the slug rule to be safe.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eventsByActorOf } from '../dataset/loaded';
import { parseDataset } from '../dataset/parse';
import type { Dataset } from '../dataset/schema';
import type { LoadedDataset, ResolvedEvent } from '../dataset/types';
import { countByActor, countByKind, filterEvents } from './filter';
import { kindColor, kindLabel } from './kinds';
import { reconcileView } from './reconcile';
import { eventIdOfItem, itemIdsOf } from './timelineItems';
import { buildTimelineModel } from './timelineModelBuild';
import { DEFAULT_VIEW, EMPTY_FILTERS } from './viewState';

const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];
const FIXTURE = new URL('../../e2e/fixtures/prototype-ids.json', import.meta.url);
const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Dataset;

function load(input: unknown): LoadedDataset {
  const result = parseDataset(input, { anchors: 'strict' });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

const SPARE_COLOUR = /^#[0-9a-f]{6}$/;

describe('a dataset using "constructor" as every kind of id', () => {
  const loaded = load(fixture);

  it('validates strictly, and its passages anchor exactly', () => {
    expect(loaded.warnings).toEqual([]);
    expect(loaded.dataset.id).toBe('constructor');
    expect(loaded.events.map((resolved) => resolved.event.id)).toEqual([
      'constructor',
      'builders-walk-out',
      'guild-silent',
    ]);
    for (const { anchors } of loaded.events) {
      expect(anchors.every((anchor) => anchor.state === 'exact')).toBe(true);
    }
  });

  it('derives items, lanes, colours, counts and filters as for any other name', () => {
    for (const grouping of ['none', 'kind', 'actor'] as const) {
      const model = buildTimelineModel(loaded.events, {
        grouping,
        extent: null,
        actors: loaded.dataset.actors,
      });
      for (const item of model.items) expect(item.id in Object.prototype).toBe(false);
      expect(itemIdsOf(model, 'constructor').map(eventIdOfItem)).toEqual(
        grouping === 'actor' ? ['constructor', 'constructor'] : ['constructor'],
      );
    }
    const byKind = buildTimelineModel(loaded.events, { grouping: 'kind', extent: null });
    expect(byKind.groups?.map((group) => group.label)).toEqual(['Constructor', 'Diplomacy']);
    expect(kindColor('constructor')).toMatch(SPARE_COLOUR);
    expect(countByKind(loaded.events).get('constructor')).toBe(2);
    expect(countByActor(loaded.events).get('constructor')).toBe(2);
    const ids = (filters: Partial<typeof EMPTY_FILTERS>) =>
      filterEvents(loaded, { ...EMPTY_FILTERS, ...filters }).map((r) => r.event.id);
    expect(ids({ actors: ['constructor'] })).toEqual(['constructor', 'guild-silent']);
    expect(ids({ kinds: ['constructor'] })).toEqual(['constructor', 'guild-silent']);
    expect(ids({ actors: ['constructor', 'builders'], match: 'all' })).toEqual(['constructor']);
  });

  it('keeps "constructor" from a link and drops the other names as unknown', () => {
    const linked = reconcileView(
      {
        ...DEFAULT_VIEW,
        event: 'constructor',
        filters: { ...EMPTY_FILTERS, actors: ['constructor', 'toString'], kinds: ['valueOf'] },
      },
      loaded,
    );
    expect(linked.view.event).toBe('constructor');
    expect(linked.view.filters.actors).toEqual(['constructor']);
    expect(linked.view.filters.kinds).toEqual([]);
    const none = reconcileView({ ...DEFAULT_VIEW, event: 'hasOwnProperty' }, loaded);
    expect(none.view.event).toBeNull();
  });
});

describe('the other prototype names', () => {
  it('are refused as ids and kinds with the slug rule, each at its path', () => {
    const renamed = structuredClone(fixture);
    const [source] = renamed.sources;
    const [actor] = renamed.actors;
    const [event] = renamed.events;
    if (!source || !actor || !event) throw new Error('fixture');
    source.id = '__proto__';
    actor.id = 'toString';
    event.id = 'hasOwnProperty';
    event.kind = 'valueOf';
    const result = parseDataset(renamed, { anchors: 'strict' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const slug = 'must be a slug: lowercase letters, digits and hyphens';
    const code = 'schemaSlug';
    expect(result.problems).toEqual([
      { path: 'sources[0].id', message: slug, code },
      { path: 'actors[0].id', message: slug, code },
      { path: 'events[0].id', message: slug, code },
      { path: 'events[0].kind', message: slug, code },
    ]);
  });

  it('still work in the view logic, which never relies on the slug rule', () => {
    const loaded = load(fixture);
    // Rename every id and kind after validation: events 0, 1, 2 get the names in turn.
    const rename = (id: string) =>
      id === 'constructor' ? '__proto__' : id === 'builders' ? 'toString' : id;
    const events: ResolvedEvent[] = loaded.events.map((resolved, i) => ({
      ...resolved,
      event: {
        ...resolved.event,
        id: PROTOTYPE_NAMES[i + 2] ?? 'x',
        kind: PROTOTYPE_NAMES[i] ?? 'x',
        actors: resolved.event.actors.map((ref) => ({ ...ref, id: rename(ref.id) })),
      },
    }));
    for (const name of PROTOTYPE_NAMES) {
      expect(kindColor(name)).toMatch(SPARE_COLOUR);
      expect(typeof kindLabel(name)).toBe('string');
    }
    const model = buildTimelineModel(events, {
      grouping: 'actor',
      extent: null,
      actors: [
        { id: '__proto__', name: 'Proto' },
        { id: 'toString', name: 'To string' },
      ],
    });
    expect(model.groups?.map((group) => [group.id, group.label])).toEqual([
      ['actor:__proto__', 'Proto'],
      ['actor:toString', 'To string'],
    ]);
    for (const item of model.items) expect(item.id in Object.prototype).toBe(false);
    expect([...model.itemsByEvent.keys()]).toEqual(['toString', 'hasOwnProperty', 'valueOf']);
    expect(model.kinds).toEqual(['__proto__', 'constructor', 'toString']);
    expect(
      eventsByActorOf(events)
        .get('__proto__')
        ?.map((r) => r.event.id),
    ).toEqual(['toString', 'valueOf']);
    expect([...countByKind(events)]).toEqual([
      ['constructor', 1],
      ['__proto__', 1],
      ['toString', 1],
    ]);
    const index = { events, eventsByActor: eventsByActorOf(events), searchTexts: [] };
    const kept = filterEvents(index, { ...EMPTY_FILTERS, kinds: ['__proto__'] });
    expect(kept.map((r) => r.event.id)).toEqual(['hasOwnProperty']);
  });
});
