// What a view of a dataset is: the part of the app's state that a deep link carries.
import type { DayNumber } from '../dataset/calendar';
import type { Locale } from './locales';

export type ActorMatch = 'any' | 'all';
export type Grouping = 'none' | 'kind' | 'actor';
/** Which events to show by how their sources support them: all, or only one status. */
export type SupportFilter = 'any' | 'disputed' | 'single-source';

export interface Filters {
  /** Actor ids; empty means no actor filter. */
  actors: string[];
  match: ActorMatch;
  /** Event kinds; empty means every kind. */
  kinds: string[];
  /** Free-text search over titles, summaries and passages. */
  query: string;
  /** One calendar day: only the events on it (chosen from a count too dense to zoom into). */
  day: DayNumber | null;
  /** Only disputed events, or only those resting on a single source. */
  support: SupportFilter;
}

/** The visible window of the timeline, in whole calendar days, inclusive. */
export interface DayWindow {
  from: DayNumber;
  to: DayNumber;
}

export interface ViewState {
  /** A bundled dataset id or a dataset URL; null for the default dataset. */
  dataset: string | null;
  event: string | null;
  filters: Filters;
  /** null: fit all visible events. */
  window: DayWindow | null;
  group: Grouping;
  /**
   * The compact view made for an iframe (`?embed=1`): timeline, details and passage under a
   * one-line title. A way of showing the view, not part of what is shown, so it changes nothing
   * the rest of the app does.
   */
  embed: boolean;
  /**
   * The interface's language when the link or the person chose one (`?lang=`, the language
   * menu); null to follow the browser and the choice saved in it. A link carries it only then.
   */
  lang: Locale | null;
}

export const EMPTY_FILTERS: Filters = {
  actors: [],
  match: 'any',
  kinds: [],
  query: '',
  day: null,
  support: 'any',
};

export const DEFAULT_VIEW: ViewState = {
  dataset: null,
  event: null,
  filters: EMPTY_FILTERS,
  window: null,
  group: 'none',
  embed: false,
  lang: null,
};
