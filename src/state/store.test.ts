import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addPassage, deleteEvent, setEventField } from '../dataset/commandBuilders';
import { applyCommand, type Command, CommandError, invert } from '../dataset/commands';
import { deriveLoaded } from '../dataset/derive';
import { parseDataset } from '../dataset/parse';
import type { Passage } from '../dataset/schema';
import { withoutMarks } from '../model/bidi';
import { DEFAULT_VIEW } from '../model/viewState';
import { commandsFor, editPick } from '../testing/edits';
import { editing } from './editing';
import {
  selectCanRedo,
  selectCanUndo,
  selectRequest,
  selectSelectedEvent,
  selectUndoLabel,
  selectVisibleEvents,
} from './selectors';
import { resetStore, useStore } from './store';
import type { DocumentChange } from './types';

function seed() {
  const result = parseDataset(JSON.parse(readFileSync('data/doha-talks-2021.json', 'utf8')), {
    anchors: 'strict',
  });
  if (!result.ok) throw new Error('seed dataset invalid');
  return result.value;
}

const origin = { kind: 'bundled', id: 'doha-talks-2021' } as const;

describe('store', () => {
  beforeEach(() => resetStore());

  it('shows a dataset with a linked view, dropping unknown ids with notices', () => {
    useStore.getState().showDataset(seed(), origin, {
      ...DEFAULT_VIEW,
      event: 'doha-talks',
      filters: { ...DEFAULT_VIEW.filters, actors: ['taliban', 'ghost'] },
    });
    const state = useStore.getState();
    expect(selectSelectedEvent(state)?.event.title).toBe(
      'US and Taliban hold face-to-face talks in Doha',
    );
    expect(state.view.filters.actors).toEqual(['taliban']);
    expect(withoutMarks(state.notices.map((n) => n.text).join(' '))).toContain('no actor “ghost”');
    expect(state.readerSourceId).toBe('latin-post-2021-10-us-taliban-doha');
  });

  it('deselects, with a notice, an event the new filters hide', () => {
    useStore.getState().showDataset(seed(), origin, { ...DEFAULT_VIEW, event: 'doha-talks' });
    useStore.getState().toggleKind('attack');
    const state = useStore.getState();
    expect(state.view.event).toBeNull();
    expect(withoutMarks(state.notices.at(-1)?.text ?? '')).toBe(
      '“US and Taliban hold face-to-face talks in Doha” is hidden by the filters, so it was deselected.',
    );
    expect(selectVisibleEvents(state).every((r) => r.event.kind === 'attack')).toBe(true);
  });

  it('keeps the selection when it still passes the filters', () => {
    useStore.getState().showDataset(seed(), origin, { ...DEFAULT_VIEW, event: 'doha-talks' });
    useStore.getState().toggleActor('qatar');
    expect(useStore.getState().view.event).toBe('doha-talks');
    expect(selectVisibleEvents(useStore.getState())).toHaveLength(1);
  });

  it('returns the same filtered array until its inputs change', () => {
    useStore.getState().showDataset(seed(), origin, DEFAULT_VIEW);
    const a = selectVisibleEvents(useStore.getState());
    useStore.getState().setWindow({ from: 18_900, to: 18_910 });
    expect(selectVisibleEvents(useStore.getState())).toBe(a);
    useStore.getState().setFilters({ query: 'mosque' });
    expect(selectVisibleEvents(useStore.getState())).not.toBe(a);
  });
});

describe('the document: edits, undo and redo', () => {
  beforeEach(() => {
    resetStore();
    useStore.getState().showDataset(seed(), origin, DEFAULT_VIEW);
    useStore.getState().enableEditing(editing);
  });
  afterEach(() => vi.useRealTimers());

  const state = () => useStore.getState();
  const dataset = () => {
    const { loaded } = state();
    if (!loaded) throw new Error('nothing loaded');
    return loaded.dataset;
  };
  const titleOf = (id: string) => state().loaded?.eventById.get(id)?.event.title;

  it('is read-only until editing is enabled', () => {
    resetStore();
    state().showDataset(seed(), origin, DEFAULT_VIEW);
    const command = setEventField(dataset(), 'doha-talks', 'title', 'A');
    expect(() => state().dispatch(command)).toThrow('The dataset is read-only');
    state().enableEditing(editing);
    state().dispatch(command);
    expect(titleOf('doha-talks')).toBe('A');
  });

  it('applies a command, derives the dataset again and can undo and redo it', () => {
    const first = state().loaded;
    state().dispatch(setEventField(dataset(), 'doha-talks', 'title', 'Talks in Doha'));
    expect(titleOf('doha-talks')).toBe('Talks in Doha');
    expect(state().loaded?.revision).toBe(1);
    expect(selectCanUndo(state())).toBe(true);
    expect(selectUndoLabel(state())).toBe('change the event’s title');
    state().undo();
    expect(titleOf('doha-talks')).toBe('US and Taliban hold face-to-face talks in Doha');
    expect(state().loaded?.dataset).toEqual(first?.dataset);
    expect(state().loaded?.revision).toBe(2);
    expect(selectCanRedo(state())).toBe(true);
    state().redo();
    expect(titleOf('doha-talks')).toBe('Talks in Doha');
    expect(selectCanRedo(state())).toBe(false);
  });

  it('puts back a saved history, closed, only while this session has made no step', () => {
    state().dispatch(setEventField(dataset(), 'doha-talks', 'title', 'Saved before a reload'));
    const saved = state().history;
    expect(saved.undo.at(-1)?.open).toBe(true);
    state().undo();
    // This session has a step of its own (in redo): the saved history does not replace it.
    state().restoreHistory(saved);
    expect(state().history.undo).toHaveLength(0);
    // After a reload: the draft as saved, with the history saved beside it.
    const savedDraft = applyCommand(seed().dataset, saved.undo[0]?.command as Command);
    resetStore();
    state().showDataset(deriveLoaded(savedDraft), origin, DEFAULT_VIEW);
    state().enableEditing(editing);
    expect(state().restoreHistory(saved)).toBe(true);
    expect(state().history.undo).toHaveLength(1);
    // Closed: the next edit of the same field is a step of its own.
    expect(state().history.undo.at(-1)?.open).toBe(false);
    state().undo();
    expect(titleOf('doha-talks')).toBe('US and Taliban hold face-to-face talks in Doha');
  });

  it('drops, with a notice, a saved history that does not fit its draft; undo never throws', () => {
    const saved = (() => {
      state().dispatch(setEventField(dataset(), 'doha-talks', 'title', 'Saved apart'));
      return state().history;
    })();
    // The draft as it was before that edit (the history was saved, its dataset not).
    resetStore();
    state().showDataset(seed(), origin, DEFAULT_VIEW);
    state().enableEditing(editing);
    expect(state().restoreHistory(saved)).toBe(false);
    expect(state().history.undo).toHaveLength(0);
    expect(state().notices.at(-1)?.text).toContain('undo history no longer matches');
    // A step that stopped fitting (however it got there) clears the history, not the draft.
    state().dispatch(setEventField(dataset(), 'doha-talks', 'title', 'One'));
    const before = dataset();
    useStore.setState((s) => ({
      history: { ...s.history, undo: s.history.undo.concat(saved.undo) },
    }));
    expect(() => state().undo()).not.toThrow();
    expect(dataset()).toBe(before);
    expect(state().history).toEqual({ undo: [], redo: [] });
  });

  it('applies text waiting in a field before any other edit, so undo takes them back in order', () => {
    vi.useFakeTimers();
    const original = titleOf('doha-talks');
    // A title typed, then a passage added before the pause that would commit it.
    state().holdEdit('title-field', (d) => setEventField(d, 'doha-talks', 'title', 'Typed title'));
    expect(state().editsPending).toBe(true);
    const passage = { ...(dataset().events[0]?.passages[0] as Passage) };
    state().dispatch((d) => addPassage(d, 'doha-talks', passage));
    expect(state().editsPending).toBe(false);
    expect(state().history.undo.map((step) => step.label)).toEqual([
      'change the event’s title',
      'add a passage',
    ]);
    state().undo();
    expect(titleOf('doha-talks')).toBe('Typed title');
    expect(state().loaded?.eventById.get('doha-talks')?.event.passages).toHaveLength(
      seed().eventById.get('doha-talks')?.event.passages.length ?? 0,
    );
    state().undo();
    expect(titleOf('doha-talks')).toBe(original);
  });

  it('commits waiting text after a pause, or every half second of steady typing', () => {
    vi.useFakeTimers();
    const titles: string[] = [];
    state().subscribeChanges((change) => {
      titles.push(change.loaded.eventById.get('doha-talks')?.event.title ?? '');
    });
    // A key every 150 ms for 1.2 s: never a 200 ms pause, yet committed at 500 ms and 1 s.
    for (let key = 1; key <= 8; key++) {
      const text = 'x'.repeat(key);
      state().holdEdit('title', (d) => setEventField(d, 'doha-talks', 'title', text));
      vi.advanceTimersByTime(150);
    }
    expect(titles.length).toBeGreaterThanOrEqual(2);
    expect(titles[0]?.length).toBeGreaterThanOrEqual(3);
    // The pause after the last key commits the rest.
    vi.advanceTimersByTime(200);
    expect(titles.at(-1)).toBe('xxxxxxxx');
    expect(state().editsPending).toBe(false);
    // Typing that came back to the value there is no edit.
    const changes = titles.length;
    state().holdEdit('title', (d) => setEventField(d, 'doha-talks', 'title', 'xxxxxxxx'));
    vi.advanceTimersByTime(200);
    expect(titles).toHaveLength(changes);
  });

  it('clears redo when a new edit is made', () => {
    state().dispatch(setEventField(dataset(), 'doha-talks', 'title', 'A'));
    state().undo();
    state().dispatch(setEventField(dataset(), 'doha-talks', 'summary', 'B'));
    expect(state().history.redo).toEqual([]);
    state().redo();
    expect(titleOf('doha-talks')).not.toBe('A');
  });

  it('squashes typing in one field within a second into one undo step', () => {
    vi.useFakeTimers();
    const original = titleOf('doha-talks');
    for (const title of ['T', 'Ta', 'Tal', 'Talk']) {
      state().dispatch(setEventField(dataset(), 'doha-talks', 'title', title));
      vi.advanceTimersByTime(400);
    }
    expect(state().history.undo).toHaveLength(1);
    state().undo();
    expect(titleOf('doha-talks')).toBe(original);
    state().redo();
    expect(titleOf('doha-talks')).toBe('Talk');
  });

  it('starts a new step after a pause, in another field or record, or after a mark', () => {
    vi.useFakeTimers();
    const type = (field: 'title' | 'summary', text: string, id = 'doha-talks') =>
      state().dispatch(setEventField(dataset(), id, field, text));
    type('title', 'A');
    vi.advanceTimersByTime(1_500);
    type('title', 'AB');
    type('summary', 'S');
    type('title', 'ABC', 'shia-mosque-suicide-bombing');
    type('title', 'ABCD', 'shia-mosque-suicide-bombing');
    state().markHistory();
    type('title', 'ABCDE', 'shia-mosque-suicide-bombing');
    expect(state().history.undo.map((step) => step.label)).toEqual([
      'change the event’s title',
      'change the event’s title',
      'change the event’s summary',
      'change the event’s title',
      'change the event’s title',
    ]);
    state().undo();
    expect(titleOf('shia-mosque-suicide-bombing')).toBe('ABCD');
    // After an undo and a redo, typing on does not join the redone step.
    state().redo();
    type('title', 'ABCDEF', 'shia-mosque-suicide-bombing');
    expect(state().history.undo).toHaveLength(6);
  });

  it('leaves the view alone, and the URL’s part of the state with it', () => {
    state().selectEvent('doha-talks');
    state().setFilters({ query: 'talks' });
    const view = state().view;
    state().dispatch(setEventField(dataset(), 'doha-talks', 'title', 'Talks in Doha'));
    state().dispatch(deleteEvent(dataset(), 'shia-mosque-suicide-bombing'));
    state().undo();
    expect(state().view).toBe(view);
  });

  it('deselects, with a notice, a selected event that an edit deletes', () => {
    state().selectEvent('doha-talks');
    state().dispatch(deleteEvent(dataset(), 'doha-talks'));
    expect(state().view.event).toBeNull();
    expect(state().notices.at(-1)?.text).toBe(
      '“US and Taliban hold face-to-face talks in Doha” was deleted, so it was deselected.',
    );
    state().undo();
    expect(titleOf('doha-talks')).toBe('US and Taliban hold face-to-face talks in Doha');
    expect(state().view.event).toBeNull();
  });

  it('refuses a command that does not fit, changing nothing', () => {
    const before = state().loaded;
    const stale = setEventField(dataset(), 'doha-talks', 'title', 'A');
    state().dispatch(setEventField(dataset(), 'doha-talks', 'title', 'B'));
    state().markHistory();
    const after = state().loaded;
    expect(() => state().dispatch(stale)).toThrow(CommandError);
    expect(state().loaded).toBe(after);
    expect(before).not.toBe(after);
    expect(state().history.undo).toHaveLength(1);
  });

  it('tells its change stream of every edit, undo and redo, with the dataset after it', () => {
    const changes: DocumentChange[] = [];
    const stop = state().subscribeChanges((change) => changes.push(change));
    const command = setEventField(dataset(), 'doha-talks', 'title', 'A');
    state().dispatch(command);
    state().undo();
    state().redo();
    stop();
    state().undo();
    expect(changes.map((c) => c.kind)).toEqual(['do', 'undo', 'redo']);
    expect(changes[0]?.command).toEqual(command);
    expect(changes[1]?.command).toEqual(invert(command));
    expect(changes.map((c) => c.loaded.eventById.get('doha-talks')?.event.title)).toEqual([
      'A',
      'US and Taliban hold face-to-face talks in Doha',
      'A',
    ]);
  });

  it('starts a new history with a new dataset', () => {
    state().dispatch(setEventField(dataset(), 'doha-talks', 'title', 'A'));
    state().showDataset(seed(), origin, DEFAULT_VIEW);
    expect(state().history).toEqual({ undo: [], redo: [] });
    state().undo();
    expect(titleOf('doha-talks')).toBe('US and Taliban hold face-to-face talks in Doha');
  });

  it('undoes any sequence of edits back to the dataset as loaded, and redoes it (property)', () => {
    fc.assert(
      fc.property(fc.array(editPick, { minLength: 1, maxLength: 15 }), (picks) => {
        resetStore();
        useStore.getState().showDataset(seed(), origin, DEFAULT_VIEW);
        useStore.getState().enableEditing(editing);
        const original = dataset();
        for (const command of commandsFor(original, picks)) state().dispatch(command);
        const final = dataset();
        while (selectCanUndo(state())) state().undo();
        expect(dataset()).toEqual(original);
        while (selectCanRedo(state())) state().redo();
        expect(dataset()).toEqual(final);
        expect(state().loaded).toEqual(deriveLoaded(final, { revision: state().loaded?.revision }));
      }),
      { numRuns: 40 },
    );
  });
});

describe('one-shot requests', () => {
  beforeEach(() => {
    resetStore();
    useStore.getState().showDataset(seed(), origin, DEFAULT_VIEW);
  });
  const state = () => useStore.getState();

  it('asks the reader once per selection, and the details and list when told to', () => {
    state().selectEvent('doha-talks', { focusDetails: true, focusPassage: true });
    const reveal = selectRequest(state(), 'reveal-passage');
    expect(reveal).toMatchObject({ index: 0, focus: true });
    expect(selectRequest(state(), 'focus-details')).toBeDefined();
    state().consumeRequest(reveal?.id ?? -1);
    expect(selectRequest(state(), 'reveal-passage')).toBeUndefined();
    expect(selectRequest(state(), 'focus-details')).toBeDefined();
    state().showDay(18_908);
    expect(selectRequest(state(), 'focus-list')).toBeDefined();
  });

  it('keeps only the newest ask of a kind', () => {
    state().selectEvent('doha-talks');
    state().revealPassage(1);
    const pending = state().requests.filter((r) => r.kind === 'reveal-passage');
    expect(pending).toEqual([expect.objectContaining({ index: 1, focus: true })]);
  });

  it('drops the asks about the previous dataset when another is shown', () => {
    state().showDay(18_908);
    state().showDataset(seed(), origin, DEFAULT_VIEW);
    expect(state().requests.map((r) => r.kind)).toEqual(['reveal-passage']);
  });

  it('does not tell the store’s listeners of a request consumed twice', () => {
    const id = selectRequest(state(), 'reveal-passage')?.id ?? -1;
    state().consumeRequest(id);
    let told = 0;
    const stop = useStore.subscribe(() => told++);
    state().consumeRequest(id);
    stop();
    expect(told).toBe(0);
  });
});
