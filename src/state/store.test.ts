import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseDataset } from '../dataset/parse';
import { withoutMarks } from '../model/bidi';
import { DEFAULT_VIEW } from '../model/viewState';
import { selectSelectedEvent, selectVisibleEvents } from './selectors';
import { resetStore, useStore } from './store';

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
