import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { setEventField } from '../dataset/commandBuilders';
import { applyCommand } from '../dataset/commands';
import { deriveLoaded } from '../dataset/derive';
import { parseDataset } from '../dataset/parse';
import type { LoadedDataset } from '../dataset/types';
import { sameSpans } from './detailReuse';
import { buildDetailIndex } from './levelOfDetail';
import { type TimelineModel, type TimelineModelOptions, withGroup } from './timelineItems';
import { buildTimelineModel } from './timelineModelBuild';
import { oneSwap, swapEventInModel } from './timelineModelSwap';

const raw = readFileSync(new URL('../../data/doha-talks-2021.json', import.meta.url), 'utf8');
const result = parseDataset(JSON.parse(raw), { anchors: 'strict' });
if (!result.ok) throw new Error('seed dataset invalid');
const loaded = result.value;

const edit = (field: 'title' | 'kind', value: string): LoadedDataset =>
  deriveLoaded(
    applyCommand(loaded.dataset, setEventField(loaded.dataset, 'doha-talks', field, value)),
    { previous: loaded },
  );

/** What a person sees of a model: each item's id, lane and words, and the lookup by event. */
const seen = (model: TimelineModel) => ({
  items: model.items.map((item) => [item.id, item.group, item.label, item.start, item.end]),
  byEvent: [...model.itemsByEvent].map(([id, items]) => [id, items.map((item) => item.label)]),
  groups: model.groups,
  kinds: model.kinds,
});

describe('the timeline model after an edit of one event', () => {
  it('finds the one place two lists differ', () => {
    expect(oneSwap([1, 2, 3], [1, 5, 3])).toBe(1);
    expect(oneSwap([1, 2, 3], [1, 2, 3])).toBeNull();
    expect(oneSwap([1, 2, 3], [4, 5, 3])).toBeNull();
    expect(oneSwap([1, 2], [1, 2, 3])).toBeNull();
  });

  for (const grouping of ['none', 'kind', 'actor'] as const) {
    it(`swaps a retitled event's items, as a full build would (${grouping}, lanes folded)`, () => {
      const options: TimelineModelOptions = {
        grouping,
        extent: loaded.extent,
        actors: loaded.dataset.actors,
        laneLimit: 2,
        cache: new WeakMap(),
      };
      const before = buildTimelineModel(loaded.events, options);
      const after = edit('title', 'Talks in Doha, retitled');
      const at = oneSwap(loaded.events, after.events);
      expect(at).not.toBeNull();
      const swapped = swapEventInModel(
        before,
        loaded.events[at as number] as (typeof loaded.events)[number],
        after.events[at as number] as (typeof after.events)[number],
        options,
      );
      expect(swapped).not.toBeNull();
      expect(seen(swapped as TimelineModel)).toEqual(
        seen(buildTimelineModel(after.events, options)),
      );
      expect(JSON.stringify(seen(swapped as TimelineModel))).toContain('Talks in Doha, retitled');
    });
  }

  it('leaves a change of kind to a full build (its lane and colour change)', () => {
    const options: TimelineModelOptions = { grouping: 'kind', extent: loaded.extent };
    const before = buildTimelineModel(loaded.events, options);
    const after = edit('kind', 'ceremony');
    const at = oneSwap(loaded.events, after.events) as number;
    expect(
      swapEventInModel(
        before,
        loaded.events[at] as (typeof loaded.events)[number],
        after.events[at] as (typeof after.events)[number],
        options,
      ),
    ).toBeNull();
  });

  it('tells items that stand where an index had its items', () => {
    const model = buildTimelineModel(loaded.events, { grouping: 'none', extent: loaded.extent });
    const index = buildDetailIndex(model.items);
    const retitled = buildTimelineModel(edit('title', 'X').events, {
      grouping: 'none',
      extent: loaded.extent,
    });
    expect(sameSpans(index, retitled.items)).toBe(true);
    expect(sameSpans(index, model.items.slice(1))).toBe(false);
    // The same places in other lanes: the index's lanes would be wrong.
    const relaned = model.items.map((item, i) => (i === 0 ? withGroup(item, 'kind:other') : item));
    expect(sameSpans(index, relaned)).toBe(false);
    const moved = model.items.map((item, i) =>
      i === 0 ? { ...item, start: item.start + 1 } : item,
    );
    expect(sameSpans(index, moved)).toBe(false);
  });
});
