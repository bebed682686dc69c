// After an edit the views read a new derivation (a new LoadedDataset, from deriveLoaded of the
// changed dataset): the filters, the extent, the link checks and the timeline's items all follow
// it, with nothing cached on the side that could still answer for the dataset before.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addEvent, batch, setEventField } from '../dataset/commandBuilders';
import { applyCommand, type Command } from '../dataset/commands';
import { deriveLoaded } from '../dataset/derive';
import { parseIsoDay } from '../dataset/edtf';
import { parseDataset } from '../dataset/parse';
import type { LoadedDataset } from '../dataset/types';
import { choiceCounts, filterEvents } from './filter';
import { reconcileView } from './reconcile';
import type { TimelineItemCache } from './timelineItems';
import { buildTimelineModel } from './timelineModelBuild';
import { DEFAULT_VIEW, EMPTY_FILTERS, type Filters } from './viewState';

const raw = readFileSync(new URL('../../data/doha-talks-2021.json', import.meta.url), 'utf8');
const result = parseDataset(JSON.parse(raw), { anchors: 'strict' });
if (!result.ok) throw new Error('seed dataset invalid');
const before = result.value;
const base = before.dataset;

function edited(command: Command, previous: LoadedDataset = before): LoadedDataset {
  return deriveLoaded(applyCommand(previous.dataset, command), { previous });
}

function day(iso: string): number {
  const n = parseIsoDay(iso);
  if (n === null) throw new Error(`not a day: ${iso}`);
  return n;
}

const ids = (loaded: LoadedDataset, filters: Partial<Filters>) =>
  filterEvents(loaded, { ...EMPTY_FILTERS, ...filters }).map((r) => r.event.id);

const talks = base.events.find((event) => event.id === 'doha-talks');
if (!talks) throw new Error('no doha-talks');

describe('after an edit', () => {
  it('the actor filter and its counts see a new actor of an event', () => {
    expect(ids(before, { actors: ['iskp'] })).not.toContain('doha-talks');
    const after = edited(
      setEventField(base, 'doha-talks', 'actors', [
        ...talks.actors,
        { id: 'iskp', role: 'subject' },
      ]),
    );
    expect(ids(after, { actors: ['iskp'] })).toContain('doha-talks');
    const filters = { ...EMPTY_FILTERS, actors: ['iskp'] };
    expect(choiceCounts(after, filters).actor('iskp')).toBe(
      choiceCounts(before, filters).actor('iskp') + 1,
    );
  });

  it('the search finds the new words of a title, and no longer the old ones', () => {
    expect(ids(before, { query: 'zanzibar' })).toEqual([]);
    const after = edited(setEventField(base, 'doha-talks', 'title', 'Talks in Zanzibar'));
    expect(ids(after, { query: 'zanzibar' })).toEqual(['doha-talks']);
    // "hold" was only in the old title.
    expect(ids(before, { query: 'taliban hold' })).toContain('doha-talks');
    expect(ids(after, { query: 'taliban hold' })).not.toContain('doha-talks');
  });

  it('the extent, and the windows a link may ask for, follow a new date', () => {
    const after = edited(
      setEventField(base, 'doha-talks', 'date', { value: '2019-02', expression: '', note: '' }),
    );
    expect(after.extent?.from).toBe(day('2019-02-01'));
    expect(before.extent?.from).toBe(day('2021-08-01'));
    expect(after.events[0]?.event.id).toBe('doha-talks');
  });

  it('a link to a new event, or a new kind, is no longer repaired away', () => {
    const view = {
      ...DEFAULT_VIEW,
      event: 'new-talks',
      filters: { ...EMPTY_FILTERS, kinds: ['ceremony'] },
    };
    expect(reconcileView(view, before).notices).toHaveLength(2);
    const after = edited(addEvent(base, { ...talks, id: 'new-talks', kind: 'ceremony' }));
    expect(reconcileView(view, after)).toEqual({ view, notices: [] });
  });

  it('the timeline draws the edited event anew, even from a cache kept across the edit', () => {
    const cache: TimelineItemCache = new WeakMap();
    const options = { grouping: 'kind' as const, extent: before.extent, cache };
    const first = buildTimelineModel(before.events, options);
    const after = edited(
      batch('retitle and recategorise', [
        setEventField(base, 'doha-talks', 'title', 'Talks in Doha'),
        setEventField(base, 'doha-talks', 'kind', 'ceremony'),
      ]),
    );
    const second = buildTimelineModel(after.events, { ...options, extent: after.extent });
    const item = second.items.find((i) => i.eventId === 'doha-talks');
    expect(item).toMatchObject({
      title: 'Talks in Doha',
      kind: 'ceremony',
      group: 'kind:ceremony',
    });
    expect(second.kinds).toContain('ceremony');
    expect(second.kinds).not.toContain('diplomacy');
    // The events the edit left alone keep their descriptors.
    const untouched = (model: typeof first) =>
      model.items.filter((i) => i.eventId !== 'doha-talks');
    untouched(second).forEach((descriptor, i) => {
      expect(descriptor).toBe(untouched(first)[i]);
    });
  });
});
