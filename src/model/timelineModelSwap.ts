// The timeline's model after an edit of one event's words (a title typed): the model before with
// that event's items swapped, instead of every item gathered again. A key typed into a 100k-event
// draft is an edit every half second at most, and gathering 100k items (their lanes, the lookup
// by event) took ~0.3–1 s each time.

import { SwappedMap } from '../dataset/swappedMap';
import type { ResolvedEvent } from '../dataset/types';
import {
  eventItems,
  SharedItemParts,
  type TimelineItemDescriptor,
  type TimelineModel,
  type TimelineModelOptions,
  withGroup,
} from './timelineItems';

/**
 * The one place where `after` differs from `before` (same length, one element another object),
 * or null when they differ otherwise or not at all.
 */
export function oneSwap<T>(before: readonly T[], after: readonly T[]): number | null {
  if (before === after || before.length !== after.length) return null;
  let at: number | null = null;
  for (let i = 0; i < after.length; i++) {
    if (before[i] === after[i]) continue;
    if (at !== null) return null;
    at = i;
  }
  return at;
}

/**
 * `model` (built from events where `previous` stood) with `next`'s items in place of
 * `previous`'s, or null when the swap could move an item (another date, kind or actors: a new
 * lane, another place): the caller builds the model in full.
 */
export function swapEventInModel(
  model: TimelineModel,
  previous: ResolvedEvent,
  next: ResolvedEvent,
  options: TimelineModelOptions,
): TimelineModel | null {
  if (
    previous.event.id !== next.event.id ||
    previous.date !== next.date ||
    previous.event.kind !== next.event.kind ||
    previous.event.actors !== next.event.actors ||
    previous.corroboration.status !== next.corroboration.status
  ) {
    return null;
  }
  const drawn = model.itemsByEvent.get(next.event.id);
  if (!drawn) return null;
  let fresh = options.cache?.get(next);
  if (!fresh) {
    fresh = eventItems(
      next,
      options.grouping,
      options.extent,
      new SharedItemParts(options.dateWords),
    );
    options.cache?.set(next, fresh);
  }
  // Each drawn item, made anew in its lane ("Other …" when its own lane is folded).
  const replacements = new Map<TimelineItemDescriptor, TimelineItemDescriptor>();
  for (const old of drawn) {
    const made = fresh.find((item) => item.id === old.id);
    if (!made) return null;
    replacements.set(old, made.group === old.group ? made : withGroup(made, old.group ?? ''));
  }
  const items = model.items.slice();
  let found = 0;
  for (let i = 0; i < items.length && found < replacements.size; i++) {
    const replacement = replacements.get(items[i] as TimelineItemDescriptor);
    if (!replacement) continue;
    items[i] = replacement;
    found++;
  }
  if (found !== replacements.size) return null;
  return {
    ...model,
    items,
    itemsByEvent: SwappedMap.swap(model.itemsByEvent, next.event.id, [...replacements.values()]),
  };
}
