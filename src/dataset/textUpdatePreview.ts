// The dataset as an article text update under review would make it: the new text, the passages
// decided at their places, the others where re-anchoring finds them (or nowhere). Pure; loaded by
// the reader only while a review is open, so the derivation stays off a reader's first paint.
import { applyCommand } from './commands';
import { deriveLoaded } from './derive';
import { type Decision, textUpdateCommand, type UpdateItem } from './textUpdate';
import type { LoadedDataset } from './types';

export interface TextUpdateUnderReview {
  sourceId: string;
  text: string;
  items: readonly UpdateItem[];
  decisions: ReadonlyMap<string, Decision>;
}

/** The previewed dataset, or null when the update no longer fits the dataset. */
export function textUpdatePreview(
  loaded: LoadedDataset,
  update: TextUpdateUnderReview,
): LoadedDataset | null {
  const { sourceId, text, items, decisions } = update;
  try {
    const command = textUpdateCommand(loaded.dataset, sourceId, text, items, decisions, true);
    // From the derivation on screen: the events' dates and search texts are kept.
    return deriveLoaded(applyCommand(loaded.dataset, command), {
      previous: loaded,
      revision: loaded.revision,
    });
  } catch {
    return null;
  }
}
