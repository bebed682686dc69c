// The editor's actions as data (Excalidraw's actions): each says its label, its keys, when it
// applies, and what it does — an edit is returned as a command for the runner to dispatch. The
// editor's one key listener (`actionForKey`) and its buttons run the same objects, so a key and a
// button can never disagree.
import { passageFromRange } from '../dataset/anchor';
import { addPassage } from '../dataset/commandBuilders';
import { activeTranslator } from '../i18n/active';
import { stepWords } from '../i18n/stepWords';
import { useStore } from '../state/store';
import type { CommandBuilder, Store } from '../state/types';
import { readSelection, type Selected } from './readerSelection';

/** What an action sees: the store as it is, and the words selected in the reader. */
export interface ActionContext {
  store: Store;
  /** The reader's selection, with the source it is in (null: none). */
  selection: (Selected & { sourceId: string }) | null;
}

/** What an action asks of its runner once it has done its own part. */
export interface ActionResult {
  /** The edit, made against the dataset as it is then (after any text waiting in a field). */
  command?: CommandBuilder;
  /** Said once it is done. */
  notice?: string;
  /** The selected words were used up. */
  clearsSelection?: boolean;
  /** Where the focus goes next (a selector), after the next paint. */
  focus?: string;
}

export interface EditorAction {
  id: 'undo' | 'redo' | 'new-event' | 'add-passage';
  /** Its button's accessible name. */
  label: (context: ActionContext) => string;
  /** For `aria-keyshortcuts`. */
  keys: string;
  keyTest: (event: KeyboardEvent) => boolean;
  /**
   * Its keys are the editor's even when it does nothing: the browser's own undo in a text field
   * would change the field behind the history's back.
   */
  capturesKey?: boolean;
  /** Whether it applies now (a button is disabled otherwise, a key does nothing). */
  predicate: (context: ActionContext) => boolean;
  perform: (context: ActionContext) => ActionResult | undefined;
}

const ctrlOrMeta = (event: KeyboardEvent) => (event.ctrlKey || event.metaKey) && !event.altKey;
const altOnly = (event: KeyboardEvent, code: string) =>
  event.altKey && !event.ctrlKey && !event.metaKey && event.code === code;
// While a new version of an article is reviewed, the reader shows that version: nothing is made
// from its words, and the history waits, until the update is applied or cancelled.
const editingNow = ({ store }: ActionContext) =>
  store.editing !== null && !store.editor.preview && store.editor.textUpdate === null;

export const undoAction: EditorAction = {
  id: 'undo',
  label: ({ store }) => {
    const step = store.history.undo.at(-1);
    const { t } = activeTranslator();
    return step
      ? t('editor.undoStep', { step: stepWords(step.said, step.label, t) })
      : t('editor.undo');
  },
  keys: 'Control+Z Meta+Z',
  keyTest: (event) => ctrlOrMeta(event) && !event.shiftKey && event.key.toLowerCase() === 'z',
  capturesKey: true,
  // Text waiting in a field counts: undoing takes it back once it is applied.
  predicate: (context) =>
    editingNow(context) && (context.store.history.undo.length > 0 || context.store.editsPending),
  perform: ({ store }) => {
    store.markHistory();
    store.undo();
    return undefined;
  },
};

export const redoAction: EditorAction = {
  id: 'redo',
  label: ({ store }) => {
    const step = store.history.redo.at(-1);
    const { t } = activeTranslator();
    return step
      ? t('editor.redoStep', { step: stepWords(step.said, step.label, t) })
      : t('editor.redo');
  },
  keys: 'Shift+Control+Z Shift+Meta+Z Control+Y',
  keyTest: (event) =>
    ctrlOrMeta(event) &&
    ((event.shiftKey && event.key.toLowerCase() === 'z') ||
      (!event.shiftKey && event.key.toLowerCase() === 'y')),
  capturesKey: true,
  predicate: (context) => editingNow(context) && context.store.history.redo.length > 0,
  perform: ({ store }) => {
    store.redo();
    return undefined;
  },
};

export const newEventAction: EditorAction = {
  id: 'new-event',
  label: () => activeTranslator().t('editor.newEventFromSelection'),
  keys: 'Alt+N',
  keyTest: (event) => altOnly(event, 'KeyN'),
  predicate: (context) => editingNow(context) && context.selection !== null,
  perform: ({ store, selection }) => {
    if (!selection) return undefined;
    const { sourceId, start, end } = selection;
    store.setEditorUi({ proposal: { sourceId, start, end } });
    // The new event's form takes the focus, where the person goes on.
    return { clearsSelection: true, focus: '.event-editor input, .event-editor h2' };
  },
};

export const addPassageAction: EditorAction = {
  id: 'add-passage',
  label: () => activeTranslator().t('editor.addPassage'),
  keys: 'Alt+P',
  keyTest: (event) => altOnly(event, 'KeyP'),
  predicate: (context) =>
    editingNow(context) && context.selection !== null && context.store.view.event !== null,
  perform: ({ store, selection }) => {
    const eventId = store.view.event;
    const source = store.loaded?.dataset.sources.find((s) => s.id === selection?.sourceId);
    if (!selection || !source || !eventId) return undefined;
    const made = passageFromRange(source.text, source.id, selection.start, selection.end);
    if (!made.ok) return undefined;
    return {
      command: (dataset) => addPassage(dataset, eventId, made.passage),
      notice: activeTranslator().t('editor.passageAdded'),
      clearsSelection: true,
    };
  },
};

/** Every action the editor's keys reach, in the order they are tried. */
export const EDITOR_ACTIONS: readonly EditorAction[] = [
  undoAction,
  redoAction,
  newEventAction,
  addPassageAction,
];

/** The context of this moment: the store, and the words selected in the draft's reader. */
export function actionContext(): ActionContext {
  const body = document.querySelector<HTMLElement>('.article-body[data-source]');
  const sourceId = body?.dataset.source;
  const range = body && sourceId ? readSelection(body) : null;
  return {
    store: useStore.getState(),
    selection: range && sourceId ? { ...range, sourceId } : null,
  };
}

/** Runs an action if it applies: its own part, then the edit it returns, as one undo step. */
export function runAction(action: EditorAction, context = actionContext()): boolean {
  if (!action.predicate(context)) return false;
  const result = action.perform(context);
  if (result?.command) {
    context.store.dispatch(result.command);
    context.store.markHistory();
  }
  if (result?.clearsSelection) window.getSelection()?.removeAllRanges();
  if (result?.notice) context.store.notify(result.notice, 'info', 'action');
  const focus = result?.focus;
  if (focus) requestAnimationFrame(() => document.querySelector<HTMLElement>(focus)?.focus());
  return true;
}

/** The editor's one key dispatcher: runs the action a key press asks for, if it applies. */
export function onEditorKey(event: KeyboardEvent): void {
  const action = EDITOR_ACTIONS.find((candidate) => candidate.keyTest(event));
  if (!action) return;
  const context = actionContext();
  if (action.predicate(context)) {
    event.preventDefault();
    runAction(action, context);
  } else if (action.capturesKey) {
    event.preventDefault();
  }
}
