// TimelineJS3's JSON (https://timeline.knightlab.com/docs/json-format.html): `events[]`, optional
// `title` and `eras[]`, bare or in the older `{"timeline": …}` wrapper.
import type { Problem } from '../../dataset/problem';
import { type Said, said } from '../../dataset/said';
import {
  type ImportContext,
  type ImportResult,
  type TimelineInput,
  timelineToDataset,
} from './fromTimeline';

const fields = (value: unknown): Record<string, unknown> | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;

type Read =
  | { ok: true; timeline: TimelineInput }
  | { ok: false; summary: string; problems: Problem[]; said?: Said };

/** The slides and eras of a TimelineJS3 JSON value, with their JSON paths. */
export function readTimelineJson(json: unknown): Read {
  const outer = fields(json);
  const wrapped = outer && !('events' in outer) ? fields(outer.timeline) : null;
  const root = wrapped ?? outer;
  const at = wrapped ? 'timeline.' : '';
  if (!root || !Array.isArray(root.events)) {
    const legacy = wrapped && Array.isArray(wrapped.date);
    const summary = legacy
      ? 'This is a TimelineJS 2 file (its slides are in "date"): only TimelineJS3 files (with "events") can be imported.'
      : 'The file is not a TimelineJS timeline (it has no "events" list).';
    return {
      ok: false,
      summary,
      problems: [],
      said: said(legacy ? 'timelineJs2' : 'notTimeline', {}, summary),
    };
  }
  const eras = root.eras;
  const notes: Problem[] = [];
  if (eras !== undefined && !Array.isArray(eras)) {
    notes.push({
      path: `${at}eras`,
      message: 'is not a list, so no eras were read',
      code: 'importErasNotList',
    });
  }
  return {
    ok: true,
    timeline: {
      ...(root.title !== undefined && root.title !== null
        ? { title: { slide: root.title, where: `${at}title` } }
        : {}),
      events: root.events.map((slide, i) => ({ slide, where: `${at}events[${i}]` })),
      eras: Array.isArray(eras)
        ? eras.map((slide, i) => ({ slide, where: `${at}eras[${i}]` }))
        : [],
      notes,
    },
  };
}

/** A TimelineJS3 JSON value as a Sourceline dataset. */
export function importTimelineJson(json: unknown, context: ImportContext): ImportResult {
  const read = readTimelineJson(json);
  return read.ok ? timelineToDataset(read.timeline, context) : read;
}
