import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/generate';
import { commandsFor, editPick } from '../testing/edits';
import { type Anchor, atItsOffsets } from './anchor';
import { deleteEvent, setEventField, setSourceField } from './commandBuilders';
import { applyCommand } from './commands';
import { derive, deriveLoaded } from './derive';
import { deriveOneEdit } from './deriveOneEdit';
import { forTransfer, withIndexes } from './loaded';
import { parseDataset } from './parse';
import { isLocated } from './reanchor';
import type { Dataset, Passage } from './schema';
import type { LoadedDataset } from './types';

const seed = JSON.parse(
  readFileSync(new URL('../../data/doha-talks-2021.json', import.meta.url), 'utf8'),
) as Dataset;

function parsed(input: unknown, anchors: 'strict' | 'repair' = 'strict'): LoadedDataset {
  const result = parseDataset(input, { anchors });
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
  return result.value;
}

/** The seed with a passage shifted (re-anchored), a quote gone (unanchored) and two periods. */
function repaired(): Dataset {
  const dataset = structuredClone(seed) as Dataset & { events: Array<{ passages: object[] }> };
  const events = dataset.events;
  const shifted = events[13]?.passages[1] as { start: number; end: number };
  shifted.start += 3;
  shifted.end += 3;
  (events[2]?.passages[0] as { exact: string }).exact = 'words that are not in the article';
  dataset.periods = [
    { id: 'war', title: 'War', date: { value: '2001/2021' } },
    { id: 'talks', title: 'Talks', date: { value: '2021-10' } },
  ];
  return dataset;
}

/**
 * Everything the views derived before the derivation was one function (filled in by the parsing
 * worker, the filters' and reconcile's caches), in one canonical form.
 */
function fingerprint(loaded: LoadedDataset): string {
  // Anchors in the form they had then (`status`: issue 22 gave them a state and a score).
  const legacy = (anchor: Anchor, passage: Passage | undefined) => ({
    start: anchor.start,
    end: anchor.end,
    status:
      passage && atItsOffsets(anchor, passage)
        ? 'exact'
        : isLocated(anchor.state)
          ? 'reanchored'
          : 'unanchored',
  });
  const canonical = {
    events: loaded.events.map((e) => [
      e.index,
      e.event.id,
      e.sortDay,
      e.date,
      e.anchors.map((anchor, i) => legacy(anchor, e.event.passages[i])),
      loaded.dataset.events[e.index] === e.event,
    ]),
    periods: loaded.periods.map((p) => [p.index, p.period.id, p.sortDay, p.date]),
    // In the form they had then (issue 20 gave them codes and values for the views).
    warnings: loaded.warnings.map(({ path, message }) => ({ path, message })),
    searchTexts: loaded.searchTexts,
    eventsByActor: [...loaded.eventsByActor].map(([id, list]) => [id, list.map((e) => e.index)]),
    extent: loaded.extent,
    eventIds: loaded.dataset.events.map((e) => e.id).filter((id) => loaded.eventById.has(id)),
    actorIds: [...loaded.actorById.keys()],
    kinds: [...loaded.kinds],
  };
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}

describe('deriveLoaded gives what the app derived before it (commit 9c03597)', () => {
  // The hashes of the same canonical form computed with the code before this derivation:
  // parseDataset, then the worker's buildSearchIndex and eventsByActor, and reconcile's caches.
  // The seed's two were computed again when the seed gained its second source (the State
  // Department's statement: new passages, so new anchors and search texts); the generator's,
  // untouched by that, still hold the derivation to what it was.
  it.each([
    [
      'the seed',
      () => parsed(seed),
      'c98724a13604f0ca6e2a89a01036540819551311a9baba0247820ae1cddb0307',
    ],
    [
      'the seed repaired',
      () => parsed(repaired(), 'repair'),
      // Changed with issue 22: the seed's second source (the State Department's statement), and
      // the repair warning's words (the state the passage is in).
      'c902af0e92a62b58e515e439016c1a56b1c34edb762e193c8ce892a3b85fb8ba',
    ],
    [
      'the bench generator, 1k',
      () => parsed(JSON.parse(JSON.stringify(generateDataset({ events: 1000, seed: 1 })))),
      '1abb203beb64a4df40b35453cc723b675e507ecb505375bcd7ac93ee76e41ab9',
    ],
    [
      'the bench generator, 10k',
      () => parsed(JSON.parse(JSON.stringify(generateDataset({ events: 10_000, seed: 1 })))),
      'c2df2a2d3251b246ea60b6a16356b6760cb7b936d422496e44caab71361dcaf0',
    ],
  ])('%s', (_, load, hash) => {
    const loaded = load();
    expect(fingerprint(loaded)).toBe(hash);
    // The validator returns the derivation itself.
    expect(loaded).toEqual(deriveLoaded(loaded.dataset));
  });

  it('has the repairs as warnings, and every passage anchored in order', () => {
    const loaded = parsed(repaired(), 'repair');
    expect(loaded.warnings.map((w) => w.path)).toEqual([
      'events[2].passages[0].exact',
      'events[13].passages[1].exact',
    ]);
    for (const { event, anchors } of loaded.events) {
      expect(anchors).toHaveLength(event.passages.length);
    }
    expect(loaded.periods.map((p) => p.period.id)).toEqual(['war', 'talks']);
    expect(loaded.revision).toBe(0);
    expect(loaded.importedFrom).toBeNull();
  });
});

describe('a draft that would not validate', () => {
  it('leaves out an event whose date fails, and says so', () => {
    const draft = applyCommand(
      seed,
      setEventField(seed, 'doha-talks', 'date', { value: 'someday', expression: '', note: '' }),
    );
    const loaded = deriveLoaded(draft);
    expect(loaded.events).toHaveLength(17);
    expect(loaded.eventById.has('doha-talks')).toBe(false);
    expect(loaded.warnings).toEqual([
      expect.objectContaining({ path: expect.stringMatching(/^events\[\d+\]\.date\.value$/) }),
    ]);
    expect(loaded.warnings[0]?.message).toMatch(/the event is left out$/);
  });

  it('marks passages it cannot anchor (unknown source, reversed) lost, in their places', () => {
    const event = seed.events.find((e) => e.id === 'doha-talks');
    const first = event?.passages[0];
    if (!event || !first) throw new Error('no doha-talks');
    const passages = [{ ...first, source: 'nowhere' }, { ...first, end: first.start - 1 }, first];
    const draft = applyCommand(seed, setEventField(seed, 'doha-talks', 'title', 'x'));
    const broken = {
      ...draft,
      events: draft.events.map((e) => (e.id === 'doha-talks' ? { ...e, passages } : e)),
    };
    const { loaded, eventIssues } = derive(broken);
    const anchors = loaded.eventById.get('doha-talks')?.anchors.map((a) => a.state);
    expect(anchors).toEqual(['lost', 'lost', 'exact']);
    const issue = eventIssues.get(seed.events.indexOf(event));
    expect([...(issue?.passages.values() ?? [])].map((p) => p.kind)).toEqual([
      'unknown-source',
      'end-before-start',
    ]);
  });
});

describe('the parsing worker’s transfer', () => {
  it('leaves out only the lookups by id, which the page rebuilds to the same', () => {
    const loaded = parsed(repaired(), 'repair');
    const sent = structuredClone(forTransfer(loaded));
    expect(Object.keys(sent).sort()).toEqual(
      Object.keys(loaded)
        .filter((key) => !['eventById', 'actorById', 'kinds'].includes(key))
        .sort(),
    );
    const received = withIndexes(sent);
    expect(received).toEqual(loaded);
    // One message: the per-actor lists and the lookups hold the very events of `events`.
    const [first] = received.events;
    const actor = first?.event.actors[0]?.id ?? '';
    expect(received.eventsByActor.get(actor)).toContain(first);
    expect(received.eventById.get(first?.event.id ?? '')).toBe(first);
  });
});

describe('after an edit', () => {
  const loaded = parsed(seed);
  // Validated: the objects the derivation holds (zod makes its own copy of the input).
  const base = loaded.dataset;

  it('resolves again only the events the edit changed, and counts a new revision', () => {
    const next = deriveLoaded(
      applyCommand(base, setEventField(base, 'doha-talks', 'title', 'Talks in Doha')),
      { previous: loaded },
    );
    expect(next.revision).toBe(1);
    for (const resolved of next.events) {
      if (resolved.event.id === 'doha-talks') {
        expect(resolved.event.title).toBe('Talks in Doha');
        expect(loaded.events).not.toContain(resolved);
      } else {
        expect(loaded.events).toContain(resolved);
      }
    }
    expect(next).toEqual(deriveLoaded(next.dataset, { revision: 1 }));
  });

  it('re-anchors every passage when a source text changes', () => {
    const source = base.sources[0]?.id ?? '';
    const text = `Foreword. ${base.sources[0]?.text}`;
    const next = deriveLoaded(applyCommand(base, setSourceField(base, source, 'text', text)), {
      previous: loaded,
    });
    // Each quote and its context are there still, ten units on: exact, at new offsets; the
    // passages of the seed's other source are as they were.
    const states = new Set(
      next.events.flatMap((e) =>
        e.anchors.filter((_, p) => e.event.passages[p]?.source === source).map((a) => a.state),
      ),
    );
    expect(states).toEqual(new Set(['exact']));
    expect(next.events[0]?.anchors[0]?.start).toBe((loaded.events[0]?.anchors[0]?.start ?? 0) + 10);
  });

  it('keeps the format it was imported from, unless told otherwise', () => {
    const imported = { ...loaded, importedFrom: 'TimelineJS JSON' };
    const next = deriveLoaded(applyCommand(base, deleteEvent(base, 'doha-talks')), {
      previous: imported,
    });
    expect(next.importedFrom).toBe('TimelineJS JSON');
    expect(deriveLoaded(base, { previous: imported, importedFrom: null }).importedFrom).toBeNull();
  });

  it('swaps one event for an edit of its words alone, and equals a derivation from scratch', () => {
    const event = base.events[0];
    if (!event) throw new Error('no event');
    const edited = applyCommand(base, setEventField(base, event.id, 'title', 'Renamed'));
    const quick = deriveOneEdit(edited, loaded, loaded.revision + 1, null);
    expect(quick).not.toBeNull();
    expect(quick).toEqual(deriveLoaded(edited, { revision: loaded.revision + 1 }));
    // Events other than the one edited are the same objects.
    const others = quick?.events.filter((r) => r.event.id !== event.id) ?? [];
    expect(others.every((r) => loaded.eventById.get(r.event.id) === r)).toBe(true);
    // A date changed: the order may change, so the full derivation runs.
    const redated = applyCommand(
      base,
      setEventField(base, event.id, 'date', { ...event.date, value: '1999' }),
    );
    expect(deriveOneEdit(redated, loaded, 1, null)).toBeNull();
  });

  it('equals a derivation from scratch after any sequence of edits (property)', () => {
    fc.assert(
      fc.property(fc.array(editPick, { minLength: 1, maxLength: 12 }), (picks) => {
        let incremental = loaded;
        for (const command of commandsFor(base, picks)) {
          incremental = deriveLoaded(applyCommand(incremental.dataset, command), {
            previous: incremental,
          });
          const fresh = deriveLoaded(incremental.dataset, { revision: incremental.revision });
          expect(incremental).toEqual(fresh);
        }
      }),
      { numRuns: 60 },
    );
  });
});
