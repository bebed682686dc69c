import { useEffect } from 'react';
import { Header } from './app/Header';
import { LoadFailurePanel } from './app/LoadFailurePanel';
import { Notices } from './app/Notices';
import { EventList } from './list/EventList';
import { useStore } from './state/store';
import { startUrlSync } from './state/urlSync';

export function App() {
  useEffect(() => startUrlSync(), []);
  const hasDataset = useStore((state) => state.loaded !== null);
  const loading = useStore((state) => state.loading);

  return (
    <div className="app">
      <Header />
      <main className="app-main">
        <LoadFailurePanel />
        <Notices />
        {!hasDataset && loading && <p className="loading">Loading {loading}…</p>}
        {hasDataset && <EventList />}
      </main>
    </div>
  );
}
