// The first of the app's modules to run (main.tsx imports it before React and the views): the
// dataset a link names starts downloading while the rest of the app's modules are still being
// evaluated (at 1k events those took ~100–200 ms before the download started). The app's own
// load of that dataset then takes this one over.
import { stackedLayout } from './app/stackedLayout';
import { onDatasetComing, preloadFromLink } from './state/datasetLoader';
import { linkedView } from './state/site';
import { loadTimelinePane } from './timeline/loadTimelinePane';
import { pagePicturesTimeline } from './timeline/pictureOfView';

const link = linkedView();
preloadFromLink(link.view.dataset);

/**
 * On a phone opening a link to an event, the details come first and the timeline is built when
 * the reader goes down to it (TimelineSlot), so its code waits too.
 */
const eventFirst = link.view.event !== null && stackedLayout();
/** Nor on a phone whose page holds a picture of the timeline: it is built when reached for. */
const pictured = pagePicturesTimeline(link.view, stackedLayout());

// Once the dataset is on its way (its address answered), the timeline's code loads while the
// dataset is read and parsed, rather than after the page around it has drawn it: the timeline is
// most of what a dataset shows. (Not sooner: both downloads at once made the dataset's slower.) A
// failure here is shown by the timeline's own slot when it asks again.
if (!eventFirst && !pictured) {
  onDatasetComing(() => void loadTimelinePane().catch(() => undefined));
}
