// What the timeline engine (TimelineEngine.ts) is given and what it tells: its props, the words it
// writes itself, and its callbacks.
import type { DayNumber } from '../../dataset/calendar';
import type { TimelineModel } from '../../model/timelineItems';
import type { TimelinePeriodDescriptor } from '../../model/timelinePeriods';
import type { TimelineWords } from '../../model/timelineWords';
import type { DayWindow } from '../../model/viewState';

/** The words the engine writes itself: the axis, the counts, the lane names' label. */
export interface EngineWords {
  timeline: TimelineWords;
  /** "Lane names (scroll with up and down arrow keys)" */
  laneNames: string;
}

export interface TimelineEngineCallbacks {
  /** `keyboard`: chosen with Enter or Space (the details then take the focus). */
  onSelect: (eventId: string | null, how: 'pointer' | 'keyboard') => void;
  /** The window the user (or a control) moved to, in whole days. */
  onWindowChange: (window: DayWindow) => void;
  /** A day's count was chosen where nothing finer can be drawn: show its events elsewhere. */
  onShowDay: (day: DayNumber) => void;
}

export interface TimelineEngineProps {
  model: TimelineModel;
  /** Bands drawn behind the events (model/timelinePeriods.ts); never selectable. */
  periods: readonly TimelinePeriodDescriptor[];
  /** null: fit everything. */
  window: DayWindow | null;
  selectedEventId: string | null;
}
