import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './app.css';
import { decodeView } from './model/urlCodec';
import { preloadFromLink } from './state/datasetLoader';

// The dataset the link names starts loading now, while React renders the page around it.
preloadFromLink(decodeView(window.location.search).view.dataset);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
