// Reviewing suggested events: worked out off the main thread, then accepted (each one undoable
// step), skipped, opened in the event form, or all accepted at once (one step). The review itself
// is this tab's (the ui slice); what is accepted goes through the document's one stream of edits.
import { eventFromValues, valuesOfSuggestion } from '../authoring/eventValues';
import { passageFromRange } from '../dataset/anchor';
import { addEvent, batch } from '../dataset/commandBuilders';
import { type Command, CommandError } from '../dataset/commands';
import { said } from '../dataset/said';
import type { Dataset, TimelineEvent } from '../dataset/schema';
import { activeTranslator } from '../i18n/active';
import { isolate } from '../model/bidi';
import { useStore } from '../state/store';
import type { SuggestedEvent, SuggestionReview } from '../state/types';
import { suggestableSources, suggestOffThread } from './suggestOffThread';

const store = useStore.getState;

/** The event a suggestion makes in `dataset`, with an id none of `taken` has. */
function eventOf(item: SuggestedEvent, dataset: Dataset, taken: Set<string>): TimelineEvent {
  const source = dataset.sources.find((s) => s.id === item.sourceId);
  const made = source && passageFromRange(source.text, source.id, item.start, item.end);
  if (!made?.ok) {
    const words = activeTranslator().t('editor.suggestionGone');
    throw new CommandError(said('suggestionGone', {}, words));
  }
  const event = eventFromValues(valuesOfSuggestion(item), made.passage, taken);
  taken.add(event.id);
  return event;
}

const setReview = (review: SuggestionReview | null) => store().setEditorUi({ review });

/** The review without the item shown (the next one shows in its place). */
function withoutShown(review: SuggestionReview): SuggestionReview | null {
  const items = review.items.filter((_, i) => i !== review.at);
  if (items.length === 0) return null;
  return { ...review, items, at: Math.min(review.at, items.length - 1) };
}

/** Reads every source of the draft for events; the review shows them one by one. */
export async function startSuggesting(): Promise<void> {
  const dataset = store().loaded?.dataset;
  if (!dataset) return;
  if (suggestableSources(dataset).length === 0) {
    store().notify(activeTranslator().t('editor.suggestEnglishOnly'), 'info', 'action');
    return;
  }
  store().markHistory();
  store().setEditorUi({ review: { working: true, items: [], at: 0 }, proposal: null });
  try {
    const items = await suggestOffThread(dataset);
    if (!store().editor.review?.working) return;
    if (items.length === 0) {
      setReview(null);
      store().notify(activeTranslator().t('editor.nothingToSuggest'), 'info', 'action');
      return;
    }
    setReview({ working: false, items, at: 0 });
  } catch (error) {
    setReview(null);
    const why = error instanceof Error ? error.message : String(error);
    store().notify(activeTranslator().t('editor.suggestFailed', { why }), 'warning', 'action');
  }
}

export function stopSuggesting(): void {
  setReview(null);
}

/** Saves the suggestion shown as an event (one undoable step); the next one shows. */
export function acceptShown(): void {
  const review = store().editor.review;
  const item = review?.items[review.at];
  if (!review || !item) return;
  let title = '';
  store().dispatch((dataset) => {
    const event = eventOf(item, dataset, new Set(dataset.events.map((e) => e.id)));
    title = event.title;
    return addEvent(dataset, event);
  });
  store().markHistory();
  setReview(withoutShown(review));
  store().notify(
    activeTranslator().t('editor.eventAdded', { title: isolate(title) }),
    'info',
    'action',
  );
}

/** Moves on without saving the suggestion shown. */
export function skipShown(): void {
  const review = store().editor.review;
  if (review) setReview(withoutShown(review));
}

/** Opens the suggestion shown in the event form, to change before saving it. */
export function editShown(): void {
  const review = store().editor.review;
  const item = review?.items[review.at];
  if (!review || !item) return;
  setReview(withoutShown(review));
  store().setEditorUi({
    proposal: { sourceId: item.sourceId, start: item.start, end: item.end, suggested: item },
  });
}

/** Saves every suggestion left as events, in one undoable step; the review ends. */
export function acceptAllRemaining(): void {
  const review = store().editor.review;
  if (!review || review.items.length === 0) return;
  const count = review.items.length;
  store().dispatch((dataset) => {
    const taken = new Set(dataset.events.map((e) => e.id));
    const commands: Command[] = review.items.map((item, i) =>
      addEvent(dataset, eventOf(item, dataset, taken), dataset.events.length + i),
    );
    return batch(
      said('addSuggested', { count }, `add ${count} suggested event${count === 1 ? '' : 's'}`),
      commands,
    );
  });
  store().markHistory();
  setReview(null);
  store().notify(activeTranslator().t('editor.suggestionsAdded', { count }), 'info', 'action');
}
