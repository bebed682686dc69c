// Builders: commands made against the dataset as it is, with the `before` values filled in
// (see commands.ts for what each command does).
import {
  type ActorField,
  type Command,
  type DatasetField,
  type EventField,
  type PeriodField,
  positionOf,
  quote,
  refuse,
  type SourceField,
} from './commands';
import type { Said } from './said';
import type { Actor, Dataset, Passage, Period, Source, TimelineEvent } from './schema';

export function setDatasetField<F extends DatasetField>(
  dataset: Dataset,
  field: F,
  after: Dataset[F],
): Command {
  return {
    type: 'set-field',
    record: 'dataset',
    id: '',
    field,
    before: dataset[field],
    after,
  } as Command;
}

export function setEventField<F extends EventField>(
  dataset: Dataset,
  eventId: string,
  field: F,
  after: TimelineEvent[F],
): Command {
  const event = dataset.events[positionOf(dataset.events, eventId, 'event')] as TimelineEvent;
  return {
    type: 'set-field',
    record: 'event',
    id: eventId,
    field,
    before: event[field],
    after,
  } as Command;
}

export function setActorField<F extends ActorField>(
  dataset: Dataset,
  actorId: string,
  field: F,
  after: Actor[F],
): Command {
  const actor = dataset.actors[positionOf(dataset.actors, actorId, 'actor')] as Actor;
  return {
    type: 'set-field',
    record: 'actor',
    id: actorId,
    field,
    before: actor[field],
    after,
  } as Command;
}

export function setSourceField<F extends SourceField>(
  dataset: Dataset,
  sourceId: string,
  field: F,
  after: Source[F],
): Command {
  const source = dataset.sources[positionOf(dataset.sources, sourceId, 'source')] as Source;
  return {
    type: 'set-field',
    record: 'source',
    id: sourceId,
    field,
    before: source[field],
    after,
  } as Command;
}

export function setPeriodField<F extends PeriodField>(
  dataset: Dataset,
  periodId: string,
  field: F,
  after: Period[F],
): Command {
  const periods = dataset.periods ?? [];
  const period = periods[positionOf(periods, periodId, 'period')] as Period;
  return {
    type: 'set-field',
    record: 'period',
    id: periodId,
    field,
    before: period[field],
    after,
  } as Command;
}

export function addEvent(
  dataset: Dataset,
  event: TimelineEvent,
  index = dataset.events.length,
): Command {
  return { type: 'add-event', index, event };
}

export function deleteEvent(dataset: Dataset, eventId: string): Command {
  const index = positionOf(dataset.events, eventId, 'event');
  return { type: 'delete-event', index, event: dataset.events[index] as TimelineEvent };
}

export function addPassage(
  dataset: Dataset,
  eventId: string,
  passage: Passage,
  index?: number,
): Command {
  const event = dataset.events[positionOf(dataset.events, eventId, 'event')] as TimelineEvent;
  return { type: 'add-passage', eventId, index: index ?? event.passages.length, passage };
}

function noPassage(eventId: string, index: number): never {
  return refuse(
    'commandNoPassage',
    { eventId, index },
    `Event ${quote(eventId)} has no passage ${index}.`,
  );
}

export function removePassage(dataset: Dataset, eventId: string, index: number): Command {
  const event = dataset.events[positionOf(dataset.events, eventId, 'event')] as TimelineEvent;
  const passage = event.passages[index];
  if (!passage) noPassage(eventId, index);
  return { type: 'remove-passage', eventId, index, passage };
}

export function setPassage(
  dataset: Dataset,
  eventId: string,
  index: number,
  after: Passage,
): Command {
  const event = dataset.events[positionOf(dataset.events, eventId, 'event')] as TimelineEvent;
  const before = event.passages[index];
  if (!before) noPassage(eventId, index);
  return { type: 'set-passage', eventId, index, before, after };
}

export function addActor(dataset: Dataset, actor: Actor, index = dataset.actors.length): Command {
  return { type: 'add-actor', index, actor };
}

export function removeActor(dataset: Dataset, actorId: string): Command {
  const index = positionOf(dataset.actors, actorId, 'actor');
  return { type: 'remove-actor', index, actor: dataset.actors[index] as Actor };
}

export function addSource(
  dataset: Dataset,
  source: Source,
  index = dataset.sources.length,
): Command {
  return { type: 'add-source', index, source };
}

export function removeSource(dataset: Dataset, sourceId: string): Command {
  const index = positionOf(dataset.sources, sourceId, 'source');
  return { type: 'remove-source', index, source: dataset.sources[index] as Source };
}

export function addPeriod(dataset: Dataset, period: Period, index?: number): Command {
  const periods = dataset.periods;
  return {
    type: 'add-period',
    index: index ?? periods?.length ?? 0,
    period,
    createsList: periods === undefined,
  };
}

export function removePeriod(dataset: Dataset, periodId: string): Command {
  const periods = dataset.periods ?? [];
  const index = positionOf(periods, periodId, 'period');
  // The field goes with its last period only if adding them had made it (see `add-period`): a
  // file that said `"periods": []` keeps saying so.
  return { type: 'remove-period', index, period: periods[index] as Period, dropsList: false };
}

/**
 * One step of several commands. `label`: its words, in English, or (for a view in another
 * language to say) with a code and values.
 */
export function batch(label: string | Said, commands: readonly Command[]): Command {
  if (typeof label === 'string') return { type: 'batch', label, commands };
  return { type: 'batch', label: label.text, code: label.code, values: label.values, commands };
}
