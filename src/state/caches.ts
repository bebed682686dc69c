// The page's caches of what is worked out from a dataset, in one place. Pure code (src/dataset,
// src/model) keeps no state between calls: it is handed one of these, and each says what it keys
// on. What keys on the derivation (a `LoadedDataset` or one of its arrays, which never change:
// an edit makes new ones) can never answer for a dataset that has changed.

import { DateWordsCache } from '../dataset/formatDate';
import { countMovedPassages, type MovedPassages } from '../dataset/loaded';
import type { LoadedDataset } from '../dataset/types';
import { FilterCache } from '../model/filter';
import { ReaderIndexCache } from '../model/readerIndex';
import { TimelineItemCaches } from '../model/timelineItemCaches';

/** Short date words by EDTF value (a value's words never change), up to 20,000 of them. */
export const dateWords = new DateWordsCache();

/**
 * The last search's matches (by the derivation's search texts and the terms) and the kinds'
 * totals (by the derivation's events): the view's filtering and the counts beside the filters
 * share them.
 */
export const filterCache = new FilterCache();

/** Each source's reader index, by derivation (weakly) and source id; seeded by the worker's. */
export const readerIndexes = new ReaderIndexCache();

/** The timeline's items by resolved event (weakly), for the last grouping and extent drawn. */
export const timelineItemCaches = new TimelineItemCaches();

/**
 * How many passages of a derivation are not at their own offsets, by state: seeded as the
 * worker's chunks arrive (a pass over 100k events' passages took ~90 ms), else counted once.
 */
class MovedPassagesCache {
  private readonly byDerivation = new WeakMap<LoadedDataset, MovedPassages>();

  seed(loaded: LoadedDataset, counts: MovedPassages): void {
    this.byDerivation.set(loaded, counts);
  }

  of(loaded: LoadedDataset): MovedPassages {
    let counts = this.byDerivation.get(loaded);
    if (!counts) {
      counts = countMovedPassages(loaded.events);
      this.byDerivation.set(loaded, counts);
    }
    return counts;
  }
}

export const movedPassages = new MovedPassagesCache();
