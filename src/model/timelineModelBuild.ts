// The timeline's model of the events drawn: their items gathered (from the cache, or made) with
// their lanes, in steps. `buildTimelineModel` takes every step at once; a large dataset's view
// takes them a slice per task (`TimelineModelBuild.step`), so a filter changed at 100k events is
// never one long gathering of 100k items (~80–140 ms on this project's machine).
import type { ResolvedEvent } from '../dataset/types';
import {
  eventItems,
  LANE_LIMIT,
  NO_ACTOR_GROUP,
  OTHERS_GROUP,
  SharedItemParts,
  type TimelineItemDescriptor,
  type TimelineModel,
  type TimelineModelOptions,
  withGroup,
} from './timelineItems';
import { ENGLISH_TIMELINE_WORDS } from './timelineWords';

/** The lanes kept, and what folding the others into "Other …" needs. */
interface Folding {
  keep: Set<string>;
  groups: NonNullable<TimelineModel['groups']>;
  kinds: string[];
  kept: TimelineItemDescriptor[];
  keptByEvent: Map<string, TimelineItemDescriptor[]>;
  inOthers: Set<string>;
  at: number;
}

/**
 * One build of a model, taken in steps: `step(n)` gathers the next `n` events' items (then, with
 * more lanes than the limit, folds the next `n` items into their lanes) and answers whether the
 * model is ready; `model()` gives it then.
 */
export class TimelineModelBuild {
  readonly #events: readonly ResolvedEvent[];
  readonly #options: TimelineModelOptions;
  readonly #parts: SharedItemParts;
  readonly #items: TimelineItemDescriptor[] = [];
  readonly #itemsByEvent = new Map<string, readonly TimelineItemDescriptor[]>();
  /** Events per kind: what the legend counts. */
  readonly kindCounts = new Map<string, number>();
  /** Events per lane. */
  readonly #laneSizes = new Map<string, number>();
  #gathered = 0;
  #folding: Folding | null = null;
  #model: TimelineModel | null = null;

  constructor(events: readonly ResolvedEvent[], options: TimelineModelOptions) {
    this.#events = events;
    this.#options = options;
    this.#parts = new SharedItemParts(options.dateWords, options.words ?? ENGLISH_TIMELINE_WORDS);
  }

  /** Takes the next step of about `count` events (or items); true once the model is ready. */
  step(count: number): boolean {
    let budget = count;
    if (!this.#model && !this.#folding) {
      const to = Math.min(this.#events.length, this.#gathered + budget);
      budget -= to - this.#gathered;
      this.#gather(to);
      if (this.#gathered < this.#events.length) return false;
      this.#lanes();
    }
    if (this.#folding && !this.#model && budget > 0) this.#fold(this.#folding, budget);
    return this.#model !== null;
  }

  /** The model, once `step` has answered true. */
  model(): TimelineModel {
    if (!this.#model) throw new Error('TimelineModelBuild: the model is not ready yet');
    return this.#model;
  }

  #gather(to: number): void {
    const { cache, grouping, extent, markSingleSource } = this.#options;
    for (let i = this.#gathered; i < to; i++) {
      const resolved = this.#events[i] as ResolvedEvent;
      let descriptors = cache?.get(resolved);
      if (!descriptors) {
        descriptors = eventItems(resolved, grouping, extent, this.#parts, markSingleSource);
        cache?.set(resolved, descriptors);
      }
      const { kind } = resolved.event;
      this.kindCounts.set(kind, (this.kindCounts.get(kind) ?? 0) + 1);
      for (const descriptor of descriptors) {
        this.#items.push(descriptor);
        if (descriptor.group !== undefined) {
          this.#laneSizes.set(descriptor.group, (this.#laneSizes.get(descriptor.group) ?? 0) + 1);
        }
      }
      this.#itemsByEvent.set(resolved.event.id, descriptors);
    }
    this.#gathered = to;
  }

  /** Once every item is gathered: the lanes, and the model unless lanes must be folded. */
  #lanes(): void {
    const options = this.#options;
    const { grouping } = options;
    const words = options.words ?? ENGLISH_TIMELINE_WORDS;
    const items = this.#items;
    const itemsByEvent = this.#itemsByEvent;
    const laneSizes = this.#laneSizes;
    const kinds = this.#kindList();
    if (grouping === 'none') {
      this.#model = { items, groups: null, itemsByEvent, kinds };
      return;
    }
    // Lanes in their natural order: kinds by label, actors in dataset order (then any not
    // listed), "No actor" last.
    const ordered: Array<{ id: string; label: string }> = [];
    if (grouping === 'kind') {
      for (const kind of kinds) ordered.push({ id: `kind:${kind}`, label: words.kind(kind) });
    } else {
      const named = new Set<string>();
      for (const actor of options.actors ?? []) {
        const id = `actor:${actor.id}`;
        named.add(id);
        if (laneSizes.has(id)) ordered.push({ id, label: actor.name });
      }
      for (const id of laneSizes.keys()) {
        if (named.has(id) || id === NO_ACTOR_GROUP) continue;
        ordered.push({ id, label: id.slice('actor:'.length) });
      }
      if (laneSizes.has(NO_ACTOR_GROUP)) {
        ordered.push({ id: NO_ACTOR_GROUP, label: words.noActor });
      }
    }
    const limit = options.laneLimit ?? LANE_LIMIT;
    if (ordered.length <= limit + 1) {
      const groups = ordered.map((lane, order) => ({ ...lane, order }));
      this.#model = { items, groups, itemsByEvent, kinds };
      return;
    }
    // The busiest lanes keep their own; ties go to the earlier lane.
    const keep = new Set(options.keepLanes ?? []);
    const busiest = ordered
      .map((lane, at) => ({ lane, at, size: laneSizes.get(lane.id) ?? 0 }))
      .sort((a, b) => b.size - a.size || a.at - b.at)
      .slice(0, limit);
    for (const { lane } of busiest) keep.add(lane.id);
    const own = ordered.filter((lane) => keep.has(lane.id));
    const othersLabel = words.otherLane(grouping, ordered.length - own.length);
    const groups = [...own, { id: OTHERS_GROUP, label: othersLabel }].map((lane, order) => ({
      ...lane,
      order,
    }));
    this.#folding = {
      keep,
      groups,
      kinds,
      kept: [],
      keptByEvent: new Map(),
      inOthers: new Set(),
      at: 0,
    };
  }

  /** The next `count` items in their lanes: an event of several folded lanes is drawn once. */
  #fold(folding: Folding, count: number): void {
    const items = this.#items;
    const to = Math.min(items.length, folding.at + count);
    const { keep, kept, keptByEvent, inOthers } = folding;
    for (let i = folding.at; i < to; i++) {
      const item = items[i] as TimelineItemDescriptor;
      let drawn = item;
      if (item.group !== undefined && !keep.has(item.group)) {
        if (inOthers.has(item.eventId)) continue;
        inOthers.add(item.eventId);
        drawn = withGroup(item, OTHERS_GROUP);
      }
      kept.push(drawn);
      const ofEvent = keptByEvent.get(drawn.eventId);
      if (ofEvent) ofEvent.push(drawn);
      else keptByEvent.set(drawn.eventId, [drawn]);
    }
    folding.at = to;
    if (to < items.length) return;
    const { groups, kinds } = folding;
    this.#model = { items: kept, groups, itemsByEvent: keptByEvent, kinds };
  }

  /** The kinds present, in label order: what the colour legend lists. */
  #kindList(): string[] {
    const words = this.#options.words ?? ENGLISH_TIMELINE_WORDS;
    return [...this.kindCounts.keys()].sort((a, b) =>
      words.kind(a).localeCompare(words.kind(b), 'en'),
    );
  }
}

/**
 * Item and lane descriptors for the given events, in one pass. Dates shared by many events are
 * measured and worded once.
 */
export function buildTimelineModel(
  events: readonly ResolvedEvent[],
  options: TimelineModelOptions,
): TimelineModel {
  const build = new TimelineModelBuild(events, options);
  build.step(Number.POSITIVE_INFINITY);
  return build.model();
}
