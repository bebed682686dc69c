// An event as its form edits it, and the event it becomes: pure, so the form (a React view)
// only gathers the values, and a test can check what is saved.
import type { EventActor, Passage, TimelineEvent } from '../dataset/schema';
import { slugify } from '../formats/slug';
import type { EventProposal } from './eventProposal';
import { uniqueId } from './uniqueId';

/** The values the event form edits, for an event that exists or one proposed. */
export interface EventValues {
  title: string;
  summary: string;
  kind: string;
  date: string;
  expression: string;
  note: string;
  actors: EventActor[];
}

/** What a suggested event (src/authoring/suggest.ts) proposes, as the form's values. */
export function valuesOfSuggestion(suggestion: {
  title: string;
  exact: string;
  kind: string;
  value: string;
  expression: string;
  note: string;
  actors: readonly EventActor[];
}): EventValues {
  return {
    title: suggestion.title,
    summary: suggestion.exact.replace(/\s+/g, ' ').trim(),
    kind: suggestion.kind,
    date: suggestion.value,
    expression: suggestion.expression,
    note: suggestion.note,
    actors: [...suggestion.actors],
  };
}

/** A proposal's values, as the form starts from them. */
export function valuesOfProposal(proposal: EventProposal): EventValues {
  return {
    title: proposal.title,
    summary: proposal.summary,
    kind: 'statement',
    date: proposal.date,
    expression: proposal.expression,
    note: proposal.note,
    actors: proposal.actors,
  };
}

/**
 * The event the values make, quoting `passage`, with an id from its title that none of
 * `takenIds` has; text trimmed, the kind as a slug.
 */
export function eventFromValues(
  values: EventValues,
  passage: Passage,
  takenIds: ReadonlySet<string>,
): TimelineEvent {
  return {
    id: uniqueId(values.title, 'event', takenIds),
    title: values.title.trim(),
    summary: values.summary.trim(),
    kind: slugify(values.kind),
    date: {
      value: values.date.trim(),
      expression: values.expression.trim(),
      note: values.note.trim(),
    },
    actors: values.actors,
    passages: [passage],
  };
}
