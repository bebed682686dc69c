import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './app.css';
import { applyTemporaryDirectionSwitch } from './app/temporaryDirectionSwitch';
import { decodeView } from './model/urlCodec';
import { onLargeDatasetText, preloadFromLink } from './state/datasetLoader';
import { loadTimelinePane } from './timeline/loadTimelinePane';

// TEMPORARY (issue 20): ?dir=rtl, until the interface's locale sets <html dir>.
applyTemporaryDirectionSwitch();
// The dataset the link names starts loading now, while React renders the page around it.
preloadFromLink(decodeView(window.location.search).view.dataset);
// A large dataset takes a while to parse: fetch the timeline's code meanwhile rather than after.
// (A small one is shown first and the timeline follows, which keeps the first paint light.)
// A failure here is shown by the timeline's own slot when it asks again.
onLargeDatasetText(() => void loadTimelinePane().catch(() => undefined));

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
