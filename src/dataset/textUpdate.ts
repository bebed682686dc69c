// A new version of a source's text, and its passages carried over: every passage that quotes the
// source re-anchored in the new text (reanchor.ts), then one command that sets the text and each
// passage as decided — kept at the place found, moved to a place a person chose, or removed — so
// the whole update is one step of the history. Shared by the editor's "Update article text" and
// `npm run anchor -- --text`. Pure.
import { passageFromRange } from './anchor';
import { batch } from './commandBuilders';
import { type Command, positionOf, quote, refuse } from './commands';
import { type Reanchoring, type ReanchorOptions, reanchorPassage } from './reanchor';
import { said } from './said';
import type { Dataset, Passage, Source } from './schema';

/** One passage of the source, where it was and where it is found in the new text. */
export interface UpdateItem {
  eventId: string;
  /** Its position among the event's passages. */
  index: number;
  passage: Passage;
  found: Reanchoring;
}

/** What becomes of one passage. */
export type Decision =
  /** At the place found (exact, moved or edited: its words become the text's there). */
  | { kind: 'accept' }
  /** At a place a person chose: a candidate, or words selected in the new text. */
  | { kind: 'move'; start: number; end: number }
  | { kind: 'remove' };

export const itemKey = (item: { eventId: string; index: number }) =>
  `${item.eventId}\u0000${item.index}`;

/** Every passage that quotes the source, in the events' order, re-anchored in `text`. */
export function reanchorSource(
  dataset: Dataset,
  sourceId: string,
  text: string,
  options?: ReanchorOptions,
): UpdateItem[] {
  const items: UpdateItem[] = [];
  for (const event of dataset.events) {
    event.passages.forEach((passage, index) => {
      if (passage.source !== sourceId) return;
      items.push({
        eventId: event.id,
        index,
        passage,
        found: reanchorPassage(text, passage, options),
      });
    });
  }
  return items;
}

/** The decision taken unless a person says otherwise: word for word is kept; the rest waits. */
export function defaultDecision(item: UpdateItem): Decision | null {
  const { state } = item.found;
  return state === 'exact' || state === 'moved' ? { kind: 'accept' } : null;
}

/** Where a decision puts the passage in the new text, or null (removed, or nowhere to accept). */
function placeOf(item: UpdateItem, decision: Decision): { start: number; end: number } | null {
  if (decision.kind === 'remove') return null;
  if (decision.kind === 'move') return decision;
  const { state, start, end } = item.found;
  return state === 'exact' || state === 'moved' || state === 'edited' ? { start, end } : null;
}

/**
 * The one command of an update: the source's text set, then each passage set where its decision
 * puts it, then those removed (from the last, so the positions of the others hold). Every item
 * needs a decision; a passage changed since it was re-anchored is refused by the command itself.
 */
export function textUpdateCommand(
  dataset: Dataset,
  sourceId: string,
  text: string,
  items: readonly UpdateItem[],
  decisions: ReadonlyMap<string, Decision>,
  /** Leave a passage without a decision as it was (`npm run anchor -- --write`), not refuse. */
  keepUndecided = false,
): Command {
  const source = dataset.sources[positionOf(dataset.sources, sourceId, 'source')] as Source;
  const commands: Command[] = [
    {
      type: 'set-field',
      record: 'source',
      id: sourceId,
      field: 'text',
      before: source.text,
      after: text,
    },
  ];
  const removals: UpdateItem[] = [];
  for (const item of items) {
    const decision = decisions.get(itemKey(item)) ?? defaultDecision(item);
    if (!decision && keepUndecided) continue;
    if (!decision) {
      refuse(
        'commandNoDecision',
        { number: item.index + 1, eventId: item.eventId },
        `Passage ${item.index + 1} of event ${quote(item.eventId)} has no decision yet.`,
      );
    }
    if (decision.kind === 'remove') {
      removals.push(item);
      continue;
    }
    const place = placeOf(item, decision);
    const made = place && passageFromRange(text, sourceId, place.start, place.end);
    if (!made?.ok) {
      refuse(
        'commandNoPlace',
        { number: item.index + 1, eventId: item.eventId },
        `Passage ${item.index + 1} of event ${quote(item.eventId)} has no place in the new text.`,
      );
    }
    // Any other field of the passage (such as what it claims) stays as it was.
    const after: Passage = { ...item.passage, ...made.passage };
    commands.push({
      type: 'set-passage',
      eventId: item.eventId,
      index: item.index,
      before: item.passage,
      after,
    });
  }
  // Items come in the events' order, each event's passages in theirs: backwards, the last first.
  for (const item of removals.reverse()) {
    commands.push({
      type: 'remove-passage',
      eventId: item.eventId,
      index: item.index,
      passage: item.passage,
    });
  }
  return batch(said('updateText', {}, 'update the article text'), commands);
}
