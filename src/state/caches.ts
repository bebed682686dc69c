// The page's caches of what is worked out from a dataset, in one place. Pure code (src/model) keeps
// no state between calls: it is handed one of these, which says what it keys on. Each keys on
// the derivation (a `LoadedDataset`, which never changes: an edit makes a new one), weakly, so a
// dataset's entries go with it.
import { ReaderIndexCache } from '../model/readerIndex';

/** Each source's reader index, by derivation and source id (seeded by the parsing worker's). */
export const readerIndexes = new ReaderIndexCache();
