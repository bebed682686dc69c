// A decoded link checked against the dataset it opens: unknown ids are dropped and an absurd time
// window is clamped, each with a notice, while the rest of the link still applies.
import { dayNumber, MAX_YEAR } from '../dataset/calendar';
import type { LoadedDataset } from '../dataset/types';
import { type Said, said } from './said';
import { quoteForNotice } from './urlCodec';
import type { DayWindow, ViewState } from './viewState';

/**
 * The widest window: the years dates may name and a thousand more either way, to pan around the
 * farthest of them; within what JavaScript's dates (and so vis-timeline) reach, ±271,821 years.
 */
export const WINDOW_BOUNDS: DayWindow = {
  from: dayNumber({ year: -(MAX_YEAR + 1_000), month: 1, day: 1 }),
  to: dayNumber({ year: MAX_YEAR + 1_000, month: 12, day: 31 }),
};

/** Keeps a window within WINDOW_BOUNDS, so it survives a round trip through the URL. */
export function clampWindow(window: DayWindow): DayWindow {
  const from = Math.min(Math.max(window.from, WINDOW_BOUNDS.from), WINDOW_BOUNDS.to);
  const to = Math.min(Math.max(window.to, from), WINDOW_BOUNDS.to);
  return from === window.from && to === window.to ? window : { from, to };
}

/** How far a window may reach beyond the data: ten times the data's span, at least ten years. */
export function windowLimits(extent: DayWindow): DayWindow {
  const margin = Math.max((extent.to - extent.from + 1) * 10, 3_653);
  return clampWindow({ from: extent.from - margin, to: extent.to + margin });
}

export function reconcileView(
  view: ViewState,
  loaded: LoadedDataset,
): { view: ViewState; notices: Said[] } {
  const notices: Said[] = [];
  // The lookups the derivation made: a link is checked against the dataset's current revision.
  const { eventById, actorById, kinds } = loaded;

  const keep = (ids: string[], known: { has: (id: string) => boolean }, what: string) => {
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length > 0) {
      const list = unknown.slice(0, 3).map((id) => quoteForNotice(id));
      const more = Math.max(0, unknown.length - 3);
      notices.push(
        said(
          what === 'actor' ? 'viewNoActors' : 'viewNoKinds',
          { values: list.join(', '), more },
          `This dataset has no ${what} ${list.join(', ')}${more > 0 ? ` and ${more} more` : ''}; ignored.`,
        ),
      );
    }
    return ids.filter((id) => known.has(id));
  };

  let event = view.event;
  if (event !== null && !eventById.has(event)) {
    notices.push(
      said(
        'viewNoEvent',
        { value: quoteForNotice(event) },
        `This dataset has no event ${quoteForNotice(event)}; nothing is selected.`,
      ),
    );
    event = null;
  }

  let window = view.window;
  const { extent } = loaded;
  if (window && extent) {
    const limits = windowLimits(extent);
    const clamped = {
      from: Math.min(Math.max(window.from, limits.from), limits.to),
      to: Math.max(Math.min(window.to, limits.to), limits.from),
    };
    if (clamped.from !== window.from || clamped.to !== window.to) {
      const usable = clamped.from < clamped.to;
      notices.push(
        usable
          ? said(
              'viewWindowNarrowed',
              {},
              'The link’s time window reaches far beyond the data; it was narrowed.',
            )
          : said(
              'viewWindowFar',
              {},
              'The link’s time window lies far from the data; all events are shown instead.',
            ),
      );
      window = usable ? clamped : null;
    }
  }

  return {
    view: {
      ...view,
      event,
      window,
      filters: {
        ...view.filters,
        actors: keep(view.filters.actors, actorById, 'actor'),
        kinds: keep(view.filters.kinds, kinds, 'event kind'),
      },
    },
    notices,
  };
}
