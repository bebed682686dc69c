// The words the editor asks the reader to show while something is reviewed, as a found stretch
// is shown: a suggested event's words, or a place of an article's new version ("Update article
// text"), in the source on screen only.
import { useMemo } from 'react';
import { useStore } from '../state/store';
import type { FoundStretch } from './readerRanges';

export function useReviewedStretch(sourceId: string | undefined): FoundStretch | null {
  const suggestion = useStore((state) => {
    const review = state.editor.review;
    return review && !review.working ? (review.items[review.at] ?? null) : null;
  });
  const updateShown = useStore((state) =>
    state.editor.textUpdate?.sourceId === sourceId
      ? (state.editor.textUpdate?.shown ?? null)
      : null,
  );
  return useMemo(() => {
    if (suggestion && suggestion.sourceId === sourceId) {
      return { start: suggestion.start, end: suggestion.end, nonce: 0 };
    }
    return updateShown ? { start: updateShown.start, end: updateShown.end, nonce: 0 } : null;
  }, [suggestion, sourceId, updateShown]);
}
