// The rules that tie the slices together, as functions of the state: a selection that the filters
// hide goes (with a notice), notices live as long as what they describe, the reader follows the
// selection, a request replaces a pending one of its kind.

import type { LoadedDataset } from '../dataset/types';
import { isolate } from '../model/bidi';
import { type NoticeText, said, textOf } from '../model/said';
import type { Filters, ViewState } from '../model/viewState';
import { selectEventById, selectVisibleEvents } from './selectors';
import type { AppState, Notice, NoticeScope, UiRequest } from './types';

let nextNoticeId = 1;
const MAX_NOTICES = 6;

/** Adds notices, dropping older ones with the same text and keeping the newest few. */
export function withNotices(
  notices: Notice[],
  texts: readonly NoticeText[],
  tone: Notice['tone'],
  scope: NoticeScope = 'view',
): Notice[] {
  const byText = new Map(texts.map((text) => [textOf(text), text]));
  const kept = notices.filter((notice) => !byText.has(notice.text));
  const added = [...byText].map(([text, notice]): Notice => {
    const made: Notice = { id: nextNoticeId++, text, tone, scope };
    if (typeof notice !== 'string') made.said = notice;
    return made;
  });
  return [...kept, ...added].slice(-MAX_NOTICES);
}

export function sameFilters(a: Filters, b: Filters): boolean {
  const same = (x: readonly string[], y: readonly string[]) =>
    x.length === y.length && x.every((value, i) => value === y[i]);
  return (
    a.match === b.match &&
    a.query === b.query &&
    a.day === b.day &&
    same(a.actors, b.actors) &&
    same(a.kinds, b.kinds)
  );
}

/**
 * The notices that still describe the screen once the view has moved from `before` to `after`:
 * those about the old view go when anything but the time window changed (Back to a view without
 * the cause withdraws them).
 */
export function stillTrue(notices: Notice[], before: ViewState, after: ViewState): Notice[] {
  const moved =
    before.event !== after.event ||
    before.group !== after.group ||
    before.dataset !== after.dataset ||
    !sameFilters(before.filters, after.filters);
  return moved ? notices.filter((notice) => notice.scope !== 'view') : notices;
}

export function eventOf(loaded: LoadedDataset | null, id: string | null) {
  return loaded && id ? (selectEventById(loaded, id)?.event ?? null) : null;
}

/** The source the reader shows for a selection: its first passage's, else the first source. */
export function sourceOf(loaded: LoadedDataset | null, eventId: string | null): string | null {
  if (!loaded) return null;
  return eventOf(loaded, eventId)?.passages[0]?.source ?? loaded.dataset.sources[0]?.id ?? null;
}

const hiddenNotice = (title: string) =>
  said(
    'viewHiddenDeselected',
    { title: isolate(title) },
    `“${isolate(title)}” is hidden by the filters, so it was deselected.`,
  );

/** A view whose selected event the filters hide loses the selection, with a notice. */
export function withoutHiddenSelection(
  state: Pick<AppState, 'loaded'>,
  view: ViewState,
): { view: ViewState; notices: NoticeText[] } {
  if (!state.loaded || !view.event) return { view, notices: [] };
  const visible = selectVisibleEvents({ loaded: state.loaded, view });
  // Looked for as the object first: comparing references reads none of 100k events (reading each
  // one's id took ~12 ms of a selection's task).
  const selected = state.loaded.eventById.get(view.event);
  const shown =
    (selected !== undefined && visible.includes(selected)) ||
    visible.some((resolved) => resolved.event.id === view.event);
  if (shown) return { view, notices: [] };
  const title = eventOf(state.loaded, view.event)?.title ?? view.event;
  return { view: { ...view, event: null }, notices: [hiddenNotice(title)] };
}

/** The view after a filter change. */
export function refilter(state: AppState, filters: Filters): Pick<AppState, 'view' | 'notices'> {
  const checked = withoutHiddenSelection(state, { ...state.view, filters });
  const notices = stillTrue(state.notices, state.view, checked.view);
  return { view: checked.view, notices: withNotices(notices, checked.notices, 'info') };
}

let nextRequestId = 1;

/** Distributes `Omit` over the request kinds. */
type RequestBody<R> = R extends UiRequest ? Omit<R, 'id'> : never;

/** Adds a request, replacing a pending one of the same kind (only the newest ask counts). */
export function withRequest(
  requests: readonly UiRequest[],
  request: RequestBody<UiRequest>,
): readonly UiRequest[] {
  const made = { ...request, id: nextRequestId++ } as UiRequest;
  return [...requests.filter((pending) => pending.kind !== request.kind), made];
}

/** The reader's ask on every change of the selection: its first passage, in view. */
export const revealSelection = (focus = false): RequestBody<UiRequest> => ({
  kind: 'reveal-passage',
  index: 0,
  focus,
});
