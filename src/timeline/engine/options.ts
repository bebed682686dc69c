// The options the Timeline is made with: its direction, UTC throughout, our axis labels, items drawn by our
// templates, the layout's margins, and the dates JavaScript can draw as the limits.
import moment from 'moment';
import type { TimelineOptions } from 'vis-timeline/peer';
import { DAY_MS, dayStartUtcMs, MAX_YEAR } from '../../dataset/calendar';
import type { DateFormatter } from '../../dataset/formatDate';
import { axisLabel } from '../../model/axisLabels';
import { AXIS_GAP_PX, ITEM_GAP_PX, ROW_GAP_PX } from '../../model/timelineLayout';
import { DRAWABLE } from '../../model/timelineWindow';
import type { DayWindow } from '../../model/viewState';
import { renderGroup } from './templates';

export const YEAR_MS = 365.2425 * DAY_MS;
/** As far out as the timeline zooms: the farthest dates either way (±270,000 years) at once. */
const ZOOM_MAX_MS = 2 * (MAX_YEAR + 1_000) * YEAR_MS;

export function timelineOptions(
  initialWindow: DayWindow | null,
  template: (item: Record<string, unknown>) => HTMLElement,
  /** The interface's dates as they are now (the language can change). */
  dates: () => DateFormatter,
  rtl: boolean,
): TimelineOptions {
  return {
    // Right to left, time runs from right to left and the lane names stand on the right. Only
    // read when the Timeline is made: the engine is made anew when the direction changes.
    rtl,
    moment: (date?: moment.MomentInput) => moment(date).utc(),
    // The axis is written by Intl in the interface's language (never by moment's locales), and
    // its years as the details write them ("44 BCE"), not as moment does ("-0043").
    format: {
      minorLabels: (date: Date, scale: string) =>
        axisLabel(date.valueOf(), scale, 'minor', dates()),
      majorLabels: (date: Date, scale: string) =>
        axisLabel(date.valueOf(), scale, 'major', dates()),
    },
    template,
    groupTemplate: renderGroup,
    groupOrder: 'order',
    orientation: { axis: 'top', item: 'top' },
    showCurrentTime: false,
    selectable: true,
    multiselect: false,
    stack: true,
    zoomMin: 2 * DAY_MS,
    zoomMax: ZOOM_MAX_MS,
    // Dragging and wheeling stop where JavaScript's dates (and so the drawing) end.
    min: DRAWABLE.start,
    max: DRAWABLE.end,
    // The height of its box (set by the page's layout): the page does not jump as items stack
    // or filters change.
    height: '100%',
    verticalScroll: true,
    margin: { item: { horizontal: ITEM_GAP_PX, vertical: ROW_GAP_PX }, axis: AXIS_GAP_PX },
    ...(initialWindow
      ? { start: dayStartUtcMs(initialWindow.from), end: dayStartUtcMs(initialWindow.to + 1) }
      : {}),
  };
}
