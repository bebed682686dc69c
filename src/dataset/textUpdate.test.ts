import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { offsetsMatch } from './anchor';
import { applyCommand, CommandError, invert } from './commands';
import { parseDataset } from './parse';
import type { Dataset } from './schema';
import {
  type Decision,
  defaultDecision,
  itemKey,
  reanchorSource,
  textUpdateCommand,
} from './textUpdate';

const seed = JSON.parse(
  readFileSync(new URL('../../data/doha-talks-2021.json', import.meta.url), 'utf8'),
) as Dataset;
const source = seed.sources[0]?.id ?? '';
const TEXT = seed.sources[0]?.text ?? '';

/** A new version: a paragraph on top, 46 → 47, the AP paragraph gone, a sentence repeated. */
function newVersion(): string {
  const ap = seed.events.find((e) => e.id === 'ap-reports-uyghur-bomber')?.passages[0]?.exact;
  return `Updated on Monday.\n\n${TEXT.replace('killed 46 people', 'killed 47 people').replace(ap ?? '', '')}`;
}

describe('reanchorSource', () => {
  it('re-anchors every passage of the source, in the events’ order', () => {
    const items = reanchorSource(seed, source, newVersion());
    // The article's passages (the seed's other source, the statement, is left as it is).
    expect(items).toHaveLength(
      seed.events.flatMap((e) => e.passages.filter((p) => p.source === source)).length,
    );
    const states = new Map(items.map((item) => [itemKey(item), item.found.state]));
    expect(states.get(itemKey({ eventId: 'shia-mosque-suicide-bombing', index: 1 }))).toBe(
      'edited',
    );
    expect(states.get(itemKey({ eventId: 'ap-reports-uyghur-bomber', index: 0 }))).toBe('lost');
    expect(states.get(itemKey({ eventId: 'doha-talks', index: 0 }))).toBe('exact');
  });
});

describe('textUpdateCommand', () => {
  const text = newVersion();
  const items = reanchorSource(seed, source, text);
  const decided = (extra: Array<[string, number, Decision]>) => {
    const decisions = new Map<string, Decision>();
    for (const item of items) {
      const decision = defaultDecision(item);
      if (decision) decisions.set(itemKey(item), decision);
      // The edited ones (46 → 47) are accepted as a person would, after reading their diff.
      if (item.found.state === 'edited' && extra.length > 0) {
        decisions.set(itemKey(item), { kind: 'accept' });
      }
    }
    for (const [eventId, index, decision] of extra) {
      decisions.set(itemKey({ eventId, index }), decision);
    }
    return decisions;
  };

  it('refuses while a passage waits for a decision', () => {
    expect(() => textUpdateCommand(seed, source, text, items, decided([]))).toThrow(CommandError);
  });

  it('sets the text and every passage as decided, in one command that undoes whole', () => {
    const mosque = items.find((i) => i.eventId === 'shia-mosque-suicide-bombing' && i.index === 1);
    const chosen = text.indexOf('Shia mosque');
    const command = textUpdateCommand(
      seed,
      source,
      text,
      items,
      decided([
        ['shia-mosque-suicide-bombing', 1, { kind: 'accept' }],
        ['ap-reports-uyghur-bomber', 0, { kind: 'remove' }],
        ['shia-mosque-suicide-bombing', 0, { kind: 'move', start: chosen, end: chosen + 11 }],
      ]),
    );
    expect(command.type).toBe('batch');
    const after = applyCommand(seed, command);
    expect(after.sources[0]?.text).toBe(text);
    const events = new Map(after.events.map((e) => [e.id, e]));
    expect(events.get('ap-reports-uyghur-bomber')?.passages).toEqual([]);
    const bombing = events.get('shia-mosque-suicide-bombing')?.passages ?? [];
    expect(bombing[0]?.exact).toBe('Shia mosque');
    expect(bombing[1]?.exact).toBe(text.slice(mosque?.found.start, mosque?.found.end));
    expect(bombing[1]?.exact).toContain('killed 47 people');
    // Every passage left sits at its offsets in the new text, with its context.
    for (const event of after.events) {
      for (const passage of event.passages) {
        if (passage.source === source) expect(offsetsMatch(text, passage)).toBe(true);
      }
    }
    // Valid but for the event now without a passage.
    const checked = parseDataset(after, { anchors: 'strict' });
    expect(checked.ok ? [] : checked.problems.map((p) => p.path)).toEqual(
      checked.ok ? [] : [expect.stringMatching(/^events\[\d+\]\.passages$/)],
    );
    // One step back is the dataset as it was.
    expect(applyCommand(after, invert(command))).toEqual(seed);
  });

  it('refuses to accept a passage that has no place', () => {
    expect(() =>
      textUpdateCommand(
        seed,
        source,
        text,
        items,
        decided([
          ['shia-mosque-suicide-bombing', 1, { kind: 'accept' }],
          ['ap-reports-uyghur-bomber', 0, { kind: 'accept' }],
        ]),
      ),
    ).toThrow(/no place in the new text/);
  });
});
