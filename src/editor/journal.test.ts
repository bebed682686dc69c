import { describe, expect, it } from 'vitest';
import type { Command } from '../dataset/commands';
import {
  EditJournal,
  type JournalEntry,
  type JournalStorage,
  journalToReplay,
  MAX_JOURNAL_CHARS,
  readJournals,
  type StoredMark,
  staleJournals,
  unsavedChanges,
} from './journal';

/** localStorage's interface over a map, that can be made to refuse writes. */
function memoryStorage(): JournalStorage & { refuse: boolean; map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    refuse: false,
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem(k, v) {
      if (this.refuse) throw new DOMException('full', 'QuotaExceededError');
      map.set(k, v);
    },
    removeItem: (k) => void map.delete(k),
  };
}

const title = (after: string): Command => ({
  type: 'set-field',
  record: 'event',
  id: 'e1',
  field: 'title',
  before: 'Old',
  after,
});

describe('the journal of unsaved changes', () => {
  it('keeps every change at once, and only what a save has not written', () => {
    const storage = memoryStorage();
    const journal = new EditJournal(storage, 'draft-1', 'tab-a');
    journal.startAt(3);
    journal.record({ kind: 'do', command: title('A') });
    journal.record({ kind: 'do', command: title('AB') });
    expect(readJournals(storage, 'draft-1')).toEqual([
      expect.objectContaining({
        base: 3,
        tab: 'tab-a',
        changes: [expect.anything(), expect.anything()],
      }),
    ]);
    // A save of the first change (revision 4) finishes after the second was made.
    const recorded = 1;
    journal.saved(recorded, 4);
    const [left] = readJournals(storage, 'draft-1');
    expect(left?.base).toBe(4);
    expect(left?.changes.map((c) => (c.command as { after: string }).after)).toEqual(['AB']);
    journal.saved(journal.recorded, 5);
    expect(readJournals(storage, 'draft-1')).toEqual([]);
    expect(storage.map.size).toBe(0);
  });

  it('keeps all of the run since the last save or none of it (full storage, a huge change)', () => {
    const storage = memoryStorage();
    const journal = new EditJournal(storage, 'd', 'tab-a');
    journal.record({ kind: 'do', command: title('A') });
    storage.refuse = true;
    journal.record({ kind: 'do', command: title('B') });
    expect(readJournals(storage, 'd')).toEqual([]);
    storage.refuse = false;
    journal.record({ kind: 'do', command: title('x'.repeat(MAX_JOURNAL_CHARS)) });
    expect(readJournals(storage, 'd')).toEqual([]);
    journal.saved(journal.recorded, 1);
    journal.record({ kind: 'undo', command: title('C') });
    expect(readJournals(storage, 'd')[0]?.changes).toHaveLength(1);
  });

  it('replays the newest journal of a closed tab made on the stored revision, and no other', () => {
    const entry = (tab: string, base: number, at: number, changes = 1): JournalEntry => ({
      v: 1,
      draft: 'd',
      tab,
      base,
      first: 0,
      at,
      changes: Array.from({ length: changes }, () => ({ kind: 'do', command: title('x') })),
    });
    const journals = [
      entry('closed-old', 7, 100),
      entry('closed-new', 7, 200),
      entry('open-tab', 7, 300),
      entry('saved-since', 6, 400),
      entry('empty', 7, 500, 0),
    ];
    const isOpen = (tab: string) => tab === 'open-tab';
    const stored = (revision: number) => ({ revision, savedBy: 'another' });
    expect(journalToReplay(journals, stored(7), isOpen)?.entry.tab).toBe('closed-new');
    expect(journalToReplay(journals, stored(8), isOpen)).toBeNull();
    // A tab still open keeps its journal; the stale and empty ones can go.
    expect(staleJournals(journals, stored(7), isOpen).map((j) => j.tab)).toEqual([
      'saved-since',
      'empty',
    ]);
  });

  it('replays only what came after a save that landed as its tab went', () => {
    const storage = memoryStorage();
    const journal = new EditJournal(storage, 'd', 'tab-a');
    journal.startAt(3);
    journal.record({ kind: 'do', command: title('A') });
    journal.saved(journal.recorded, 4);
    journal.record({ kind: 'do', command: title('AB') });
    const through = journal.recorded;
    journal.record({ kind: 'do', command: title('ABC') });
    // The save of 'AB' (revision 5) landed, but the tab went before it trimmed its journal.
    const [entry] = readJournals(storage, 'd');
    if (!entry) throw new Error('no journal');
    const afters = (stored: StoredMark) =>
      unsavedChanges(entry, stored).map((c) => (c.command as { after: string }).after);
    expect(afters({ revision: 5, savedBy: 'tab-a', through })).toEqual(['ABC']);
    // Nothing landed: all of it.
    expect(afters({ revision: 4, savedBy: 'tab-a', through: 1 })).toEqual(['AB', 'ABC']);
    // Another tab saved since: none of it fits.
    expect(afters({ revision: 5, savedBy: 'tab-b', through })).toEqual([]);
    expect(afters({ revision: 6, savedBy: 'tab-a', through })).toEqual([]);
  });

  it('skips entries written by anything else', () => {
    const storage = memoryStorage();
    storage.setItem('sourceline-journal:d:x', '{not json');
    storage.setItem('sourceline-journal:d:y', JSON.stringify({ v: 2 }));
    storage.setItem('other', 'value');
    expect(readJournals(storage, 'd')).toEqual([]);
    expect(readJournals(null, 'd')).toEqual([]);
  });
});
