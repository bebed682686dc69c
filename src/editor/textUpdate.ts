// "Update article text": a new version of one article, its passages re-anchored in it and
// reviewed one by one (accept, move, remove), then applied as ONE command, so a single Undo
// restores the old text and every passage. The review is this tab's (the ui slice); the reader
// shows the new version meanwhile (see `article/useTextUpdatePreview.ts`), where a passage's new place can
// be selected.
import { CommandError } from '../dataset/commands';
import type { PassageState } from '../dataset/reanchor';
import {
  type Decision,
  defaultDecision,
  itemKey,
  reanchorSource,
  textUpdateCommand,
  type UpdateItem,
} from '../dataset/textUpdate';
import { activeTranslator } from '../i18n/active';
import { noticeWords } from '../i18n/noticeWords';
import { useStore } from '../state/store';
import type { TextUpdateReview } from '../state/types';

const store = useStore.getState;

const setUpdate = (textUpdate: TextUpdateReview | null) => store().setEditorUi({ textUpdate });

/** Re-anchors every passage of the source in `text` and opens the review (the reader shows it). */
export function startTextUpdate(sourceId: string, text: string): void {
  const dataset = store().loaded?.dataset;
  if (!dataset) return;
  store().markHistory();
  const items = reanchorSource(dataset, sourceId, text);
  const decisions = new Map<string, Decision>();
  for (const item of items) {
    const decision = defaultDecision(item);
    if (decision) decisions.set(itemKey(item), decision);
  }
  store().setEditorUi({
    textUpdate: { sourceId, text, items, decisions, moving: null, shown: null },
    proposal: null,
    review: null,
  });
  store().setReaderSource(sourceId);
}

export function decide(key: string, decision: Decision): void {
  const update = store().editor.textUpdate;
  if (!update) return;
  const decisions = new Map(update.decisions);
  decisions.set(key, decision);
  setUpdate({ ...update, decisions, moving: update.moving === key ? null : update.moving });
}

/** Starts (or stops) choosing a passage's new place in the reader. */
export function setMoving(key: string | null): void {
  const update = store().editor.textUpdate;
  if (update) setUpdate({ ...update, moving: key });
}

/** Shows a place of the new text in the reader. */
export function showPlace(place: { start: number; end: number }): void {
  const update = store().editor.textUpdate;
  if (update) setUpdate({ ...update, shown: { start: place.start, end: place.end } });
}

export function cancelTextUpdate(): void {
  setUpdate(null);
}

/** How many passages still wait for a decision. */
export const undecided = (update: TextUpdateReview): number =>
  update.items.filter((item) => !update.decisions.has(itemKey(item))).length;

/** Applies the update: the new text and every passage as decided, one undoable step. */
export function applyTextUpdate(): boolean {
  const update = store().editor.textUpdate;
  if (!update || undecided(update) > 0) return false;
  const { sourceId, text, items, decisions } = update;
  try {
    store().dispatch((dataset) => textUpdateCommand(dataset, sourceId, text, items, decisions));
  } catch (error) {
    // The draft changed under the review (another tab's version was loaded): nothing is applied.
    if (!(error instanceof CommandError)) throw error;
    const translator = activeTranslator();
    store().notify(
      translator.t('editor.reanchor.notApplied', { why: noticeWords(error.said, translator) }),
      'warning',
      'action',
    );
    return false;
  }
  store().markHistory();
  setUpdate(null);
  const count = { kept: 0, moved: 0, removed: 0 };
  for (const item of items) {
    const decision = decisions.get(itemKey(item));
    if (decision?.kind === 'remove') count.removed++;
    else if (decision?.kind === 'move') count.moved++;
    else count.kept++;
  }
  store().notify(activeTranslator().t('editor.reanchor.applied', count), 'info', 'action');
  return true;
}

/** Counts by state, for the review's summary. */
export function stateCounts(items: readonly UpdateItem[]): Record<PassageState, number> {
  const counts: Record<PassageState, number> = {
    exact: 0,
    moved: 0,
    edited: 0,
    ambiguous: 0,
    lost: 0,
  };
  for (const item of items) counts[item.found.state]++;
  return counts;
}
