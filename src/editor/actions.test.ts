import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseDataset } from '../dataset/parse';
import { DEFAULT_VIEW } from '../model/viewState';
import { editing } from '../state/editing';
import { resetStore, useStore } from '../state/store';
import {
  type ActionContext,
  addPassageAction,
  EDITOR_ACTIONS,
  newEventAction,
  redoAction,
  runAction,
  undoAction,
} from './actions';

const key = (init: Partial<KeyboardEvent>) =>
  ({
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    key: '',
    code: '',
    ...init,
  }) as KeyboardEvent;

function seed() {
  const result = parseDataset(JSON.parse(readFileSync('data/doha-talks-2021.json', 'utf8')), {
    anchors: 'strict',
  });
  if (!result.ok) throw new Error('seed dataset invalid');
  return result.value;
}

describe('the editor’s actions', () => {
  beforeEach(() => {
    resetStore();
    useStore.getState().showDataset(seed(), { kind: 'draft', id: 'd' }, DEFAULT_VIEW);
    useStore.getState().enableEditing(editing);
  });
  const context = (selection: ActionContext['selection'] = null): ActionContext => ({
    store: useStore.getState(),
    selection,
  });
  const source = () => useStore.getState().loaded?.dataset.sources[0];
  const words = () => {
    const text = source()?.text ?? '';
    const start = text.indexOf('Sunday');
    return { sourceId: source()?.id ?? '', start, end: start + 6, top: 0, left: 0 };
  };

  it('answer their keys, and only theirs', () => {
    const found = (event: KeyboardEvent) =>
      EDITOR_ACTIONS.filter((action) => action.keyTest(event)).map((action) => action.id);
    expect(found(key({ ctrlKey: true, key: 'z' }))).toEqual(['undo']);
    expect(found(key({ metaKey: true, key: 'Z', shiftKey: true }))).toEqual(['redo']);
    expect(found(key({ ctrlKey: true, key: 'y' }))).toEqual(['redo']);
    expect(found(key({ altKey: true, code: 'KeyN' }))).toEqual(['new-event']);
    expect(found(key({ altKey: true, code: 'KeyP' }))).toEqual(['add-passage']);
    expect(found(key({ ctrlKey: true, altKey: true, key: 'z' }))).toEqual([]);
    expect(found(key({ key: 'z' }))).toEqual([]);
  });

  it('apply only when they can: undo with a history or text waiting, words for new events', () => {
    expect(undoAction.predicate(context())).toBe(false);
    useStore.getState().holdEdit('title', (d) => ({
      type: 'set-field',
      record: 'dataset',
      id: '',
      field: 'title',
      before: d.title,
      after: 'Typed',
    }));
    expect(undoAction.predicate(context())).toBe(true);
    expect(newEventAction.predicate(context())).toBe(false);
    expect(newEventAction.predicate(context(words()))).toBe(true);
    // A passage needs a chosen event.
    expect(addPassageAction.predicate(context(words()))).toBe(false);
    useStore.getState().selectEvent('doha-talks');
    expect(addPassageAction.predicate(context(words()))).toBe(true);
    // Preview is for reading: nothing applies.
    useStore.getState().setEditorUi({ preview: true });
    expect(EDITOR_ACTIONS.some((action) => action.predicate(context(words())))).toBe(false);
  });

  it('run as one stream: the text waiting is applied, then undone, then redone', () => {
    const original = useStore.getState().loaded?.dataset.title;
    useStore.getState().holdEdit('title', (d) => ({
      type: 'set-field',
      record: 'dataset',
      id: '',
      field: 'title',
      before: d.title,
      after: 'Typed',
    }));
    expect(undoAction.label(context())).toBe('Undo');
    expect(runAction(undoAction, context())).toBe(true);
    expect(useStore.getState().loaded?.dataset.title).toBe(original);
    expect(redoAction.label(context())).toBe('Redo change the dataset’s title');
    runAction(redoAction, context());
    expect(useStore.getState().loaded?.dataset.title).toBe('Typed');
    expect(runAction(redoAction, context())).toBe(false);
  });

  it('add the selected words to the chosen event as a command', () => {
    useStore.getState().selectEvent('doha-talks');
    const result = addPassageAction.perform(context(words()));
    const before = useStore.getState().loaded?.eventById.get('doha-talks')?.event.passages.length;
    if (!result?.command) throw new Error('no command');
    useStore.getState().dispatch(result.command);
    const passages = useStore.getState().loaded?.eventById.get('doha-talks')?.event.passages;
    expect(passages).toHaveLength((before ?? 0) + 1);
    expect(passages?.at(-1)?.exact).toBe('Sunday');
    expect(result.notice).toBe('The passage was added to the event.');
  });
});
