// What the page's first module (earlyStart.ts, before React) and the views both ask of the phone's
// picture of the timeline (timelinePicture.ts): where it sits in a page, and which view it shows.
import { encodeView } from '../model/urlCodec';
import { DEFAULT_VIEW, type ViewState } from '../model/viewState';

/** The class of the picture's box, by which the app finds it in a prerendered page. */
export const PICTURE_CLASS = 'timeline-picture';

/** The picture shows the dataset's default view: any other view (a filter, an event) is not it. */
export function pictureShowsView(view: ViewState): boolean {
  return encodeView(view) === encodeView({ ...DEFAULT_VIEW, dataset: view.dataset });
}

/** Whether this page, as it opens, shows the picture in the timeline's place. */
export function pagePicturesTimeline(view: ViewState, stacked: boolean): boolean {
  return (
    stacked &&
    pictureShowsView(view) &&
    typeof document !== 'undefined' &&
    document.querySelector(`#root .${PICTURE_CLASS}`) !== null
  );
}
