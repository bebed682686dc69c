import { describe, expect, it } from 'vitest';
import { SINGLE_SOURCE } from '../dataset/corroboration';
import { parseEdtf } from '../dataset/edtf';
import type { ResolvedEvent } from '../dataset/types';
import { LANE_LIMIT, type TimelineModelOptions } from './timelineItems';
import { buildTimelineModel, TimelineModelBuild } from './timelineModelBuild';

function resolved(id: string, value: string, kind: string, actors: string[]): ResolvedEvent {
  const parsed = parseEdtf(value);
  if (!parsed.ok) throw new Error(parsed.error);
  return {
    event: {
      id,
      title: `Event ${id}`,
      summary: '',
      kind,
      date: { value, expression: value, note: '' },
      actors: actors.map((actor) => ({ id: actor, role: 'participant' })),
      passages: [{ source: 's', exact: 'x', start: 0, end: 1 }],
    },
    index: 0,
    date: parsed.date,
    sortDay: 0,
    anchors: [],
    corroboration: SINGLE_SOURCE,
  };
}

/** 120 events over more actors and kinds than the lane limit, some with two actors. */
const events = Array.from({ length: 120 }, (_, i) =>
  resolved(
    `e${i}`,
    `2021-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    `kind-${i % (LANE_LIMIT + 5)}`,
    i % 7 === 0 ? [] : [`a${i % (LANE_LIMIT + 9)}`, `a${(i * 5) % (LANE_LIMIT + 9)}`],
  ),
);

/** Every step of `count`, counting them. */
function stepped(options: TimelineModelOptions, count: number) {
  const build = new TimelineModelBuild(events, options);
  let steps = 1;
  while (!build.step(count)) steps++;
  return { model: build.model(), kindCounts: build.kindCounts, steps };
}

describe('TimelineModelBuild', () => {
  for (const grouping of ['none', 'kind', 'actor'] as const) {
    it(`in small steps, makes the model one pass makes (${grouping})`, () => {
      const options: TimelineModelOptions = { grouping, extent: null, keepLanes: ['actor:a20'] };
      const whole = buildTimelineModel(events, options);
      const { model, steps } = stepped(options, 7);
      expect(steps).toBeGreaterThan(120 / 7);
      expect(model).toEqual(whole);
    });
  }

  it('counts the events of each kind, the kinds of the model', () => {
    const { model, kindCounts } = stepped({ grouping: 'none', extent: null }, 50);
    expect([...kindCounts.keys()].sort()).toEqual([...model.kinds].sort());
    expect([...kindCounts.values()].reduce((a, b) => a + b, 0)).toBe(events.length);
    expect(kindCounts.get('kind-0')).toBe(events.filter((e) => e.event.kind === 'kind-0').length);
  });

  it('is not ready before its last step, and ready at once with nothing to draw', () => {
    const build = new TimelineModelBuild(events, { grouping: 'none', extent: null });
    expect(build.step(10)).toBe(false);
    expect(() => build.model()).toThrow();
    const empty = new TimelineModelBuild([], { grouping: 'actor', extent: null });
    expect(empty.step(10)).toBe(true);
    expect(empty.model().items).toEqual([]);
  });
});
