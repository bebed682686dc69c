// A dataset cut down to some of its events (the filtered view, say), still a valid dataset: only
// the actors and sources those events refer to (their passages' claims and quoted passages
// included), and every period.
import type { Dataset } from './schema';

export type SubsetResult = { ok: true; dataset: Dataset } | { ok: false; message: string };

/** The dataset with only the events whose ids are given (in the file's order); unknown ids are ignored. */
export function subsetDataset(dataset: Dataset, eventIds: Iterable<string>): SubsetResult {
  const wanted = new Set(eventIds);
  const events = dataset.events.filter((event) => wanted.has(event.id));
  if (events.length === 0) {
    return { ok: false, message: 'No events to export: the view shows none.' };
  }
  const actorIds = new Set(events.flatMap((event) => event.actors.map((ref) => ref.id)));
  const sourceIds = new Set(events.flatMap((event) => event.passages.map((p) => p.source)));
  for (const event of events) {
    for (const passage of event.passages) {
      if (passage.quotes) sourceIds.add(passage.quotes.source);
      const said = passage.claim?.attributedTo?.actor;
      if (said !== undefined) actorIds.add(said);
    }
  }
  return {
    ok: true,
    dataset: {
      ...dataset,
      sources: dataset.sources.filter((source) => sourceIds.has(source.id)),
      actors: dataset.actors.filter((actor) => actorIds.has(actor.id)),
      events,
    },
  };
}
