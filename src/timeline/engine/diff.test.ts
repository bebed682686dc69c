import { describe, expect, it } from 'vitest';
import type { TimelinePeriodDescriptor } from '../../model/timelinePeriods';
import { itemChanges, periodChanges } from './diff';
import type { VisItem } from './visItems';

function item(id: string, fields: Partial<VisItem> = {}): VisItem {
  return {
    id,
    role: 'event',
    content: '',
    start: 1,
    type: 'box',
    eventId: id,
    eventTitle: id,
    label: id,
    tooltip: id,
    marks: '',
    ...fields,
  };
}

const byId = (...items: VisItem[]) => new Map(items.map((each) => [each.id, each]));

describe('itemChanges', () => {
  it('leaves alike items alone, updates changed ones, adds new ones and removes gone ones', () => {
    const shown = byId(item('same'), item('moved'), item('gone'));
    const next = byId(item('same'), item('moved', { start: 2 }), item('new'));
    const { removed, changed, reshaped } = itemChanges(shown, next);
    expect(removed).toEqual(['gone']);
    expect(changed.map((each) => each.id)).toEqual(['moved', 'new']);
    expect(reshaped).toEqual([]);
  });

  it('removes and adds again an item that gains or loses an optional field', () => {
    const shown = byId(item('a', { align: 'left' }), item('b'));
    const next = byId(item('a'), item('b', { end: 5 }));
    const { removed, changed, reshaped } = itemChanges(shown, next);
    expect(changed).toEqual([]);
    expect(reshaped.map((each) => each.id)).toEqual(['a', 'b']);
    expect(removed).toEqual(['a', 'b']);
  });
});

describe('periodChanges', () => {
  const period = (id: string): TimelinePeriodDescriptor => ({
    id,
    periodId: id,
    start: 0,
    end: 1,
    title: id,
    dateWords: '',
    note: '',
    className: 'tl-period',
  });

  it('adds the bands not shown (or shown as another object) and removes those not wanted', () => {
    const kept = period('kept');
    const shown = new Map([
      ['kept', kept],
      ['old', period('old')],
      ['renewed', period('renewed')],
    ]);
    const renewed = period('renewed');
    const { next, removed, added } = periodChanges(shown, [kept, renewed, period('new')]);
    expect(removed).toEqual(['old']);
    expect(added.map((each) => each.id)).toEqual(['renewed', 'new']);
    expect([...next.keys()]).toEqual(['kept', 'renewed', 'new']);
  });
});
