// What the harness does with a dataset: the time window it opens, the actor and search text it
// filters by, and the events it may select. Chosen from the data, deterministically.
import type { Dataset } from '../src/dataset/schema';

export interface DatasetPlan {
  label: string;
  runs: number;
  /** A two-month window on a busy period (the generator puts one there). */
  window: { from: string; to: string };
  /** A few days inside it, where clustered events come apart into items to click. */
  narrow: { from: string; to: string };
  actor: { id: string; name: string; events: number };
  query: string;
  /** Titles that only one event has, with that event's passage quotes, for select-to-highlight. */
  selectable: Record<string, string[]>;
}

export const WINDOW = { from: '2012-03-01', to: '2012-04-30' };

export function planFor(dataset: Dataset, label: string, runs: number): DatasetPlan {
  const counts = new Map<string, number>();
  const inWindow = new Map<string, number>();
  for (const event of dataset.events) {
    const day = event.date.value.slice(0, 10);
    const within = day >= WINDOW.from && day <= WINDOW.to;
    for (const ref of event.actors) {
      counts.set(ref.id, (counts.get(ref.id) ?? 0) + 1);
      if (within) inWindow.set(ref.id, (inWindow.get(ref.id) ?? 0) + 1);
    }
  }
  // The third most frequent actor in the window: it has items there even in the 1k set, and
  // filtering by it keeps a few % of the events.
  const ranked = [...dataset.actors].sort(
    (a, b) => (inWindow.get(b.id) ?? 0) - (inWindow.get(a.id) ?? 0) || a.id.localeCompare(b.id),
  );
  const actor = ranked[Math.min(ranked.length - 1, 2)];
  if (!actor) throw new Error('dataset has no actors');

  const titleCount = new Map<string, number>();
  for (const event of dataset.events) {
    titleCount.set(event.title, (titleCount.get(event.title) ?? 0) + 1);
  }
  const selectable: Record<string, string[]> = {};
  for (const event of dataset.events) {
    const day = event.date.value.slice(0, 10);
    if (day < WINDOW.from || day > WINDOW.to || titleCount.get(event.title) !== 1) continue;
    selectable[event.title] = event.passages.map((p) => p.exact);
  }
  return {
    label,
    runs,
    window: WINDOW,
    narrow: { from: '2012-03-29', to: '2012-04-02' },
    actor: { id: actor.id, name: actor.name, events: counts.get(actor.id) ?? 0 },
    // A place name: in titles, locations and passages of roughly one event in six.
    query: 'oslo',
    selectable,
  };
}
