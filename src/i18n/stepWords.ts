// An undo step's words ("change the event’s title") in the interface's language, from the code
// and values its command carries (dataset/commands.ts `commandSaid`); a step without one (saved
// by an earlier version) or with a code this file does not know keeps its English.
import type { Said } from '../dataset/said';
import type { MessageKey } from './catalogue';
import type { Translator } from './translator';

/** A changed field, by record and field. */
const FIELDS: Readonly<Record<string, MessageKey>> = {
  'dataset.id': 'editor.undoName.dataset.id',
  'dataset.title': 'editor.undoName.dataset.title',
  'dataset.description': 'editor.undoName.dataset.description',
  'event.title': 'editor.undoName.event.title',
  'event.summary': 'editor.undoName.event.summary',
  'event.kind': 'editor.undoName.event.kind',
  'event.date': 'editor.undoName.event.date',
  'event.actors': 'editor.undoName.event.actors',
  'event.location': 'editor.undoName.event.location',
  'event.media': 'editor.undoName.event.media',
  'actor.name': 'editor.undoName.actor.name',
  'actor.kind': 'editor.undoName.actor.kind',
  'actor.aliases': 'editor.undoName.actor.aliases',
  'actor.description': 'editor.undoName.actor.description',
  'source.title': 'editor.undoName.source.title',
  'source.publisher': 'editor.undoName.source.publisher',
  'source.author': 'editor.undoName.source.author',
  'source.published': 'editor.undoName.source.published',
  'source.url': 'editor.undoName.source.url',
  'source.attribution': 'editor.undoName.source.attribution',
  'source.text': 'editor.undoName.source.text',
  'period.title': 'editor.undoName.period.title',
  'period.date': 'editor.undoName.period.date',
};

/** Any other command, by its type, or a step of several by its own code. */
const STEPS: Readonly<Record<string, MessageKey>> = {
  'add-event': 'editor.undoName.addEvent',
  'delete-event': 'editor.undoName.deleteEvent',
  'add-passage': 'editor.undoName.addPassage',
  'remove-passage': 'editor.undoName.removePassage',
  'set-passage': 'editor.undoName.setPassage',
  'add-actor': 'editor.undoName.addActor',
  'remove-actor': 'editor.undoName.removeActor',
  'add-source': 'editor.undoName.addSource',
  'remove-source': 'editor.undoName.removeSource',
  'add-period': 'editor.undoName.addPeriod',
  'remove-period': 'editor.undoName.removePeriod',
  addActorToEvent: 'editor.undoName.addActorToEvent',
  deleteActor: 'editor.undoName.deleteActor',
  addSuggested: 'editor.undoName.addSuggested',
  updateText: 'editor.undoName.updateText',
};

export function stepWords(said: Said | undefined, english: string, t: Translator['t']): string {
  if (!said) return english;
  const key =
    said.code === 'set-field'
      ? FIELDS[`${said.values.record}.${said.values.field}`]
      : Object.hasOwn(STEPS, said.code)
        ? STEPS[said.code]
        : undefined;
  if (!key) return english;
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(said.values)) {
    if (typeof value !== 'object') values[name] = value;
  }
  return t(key, values);
}
