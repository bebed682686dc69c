// The compact view for an iframe (`?embed=1`): a one-line title with a link to the same view in
// the full app, then the timeline, the selected event's details and its passage in the article.
// No header chrome, filters or list; what the parts do is unchanged.
import { useRef } from 'react';
import { DropZone } from '../app/DropZone';
import { ErrorBoundary } from '../app/ErrorBoundary';
import { originTitle, originWords } from '../app/Header';
import { LoadFailureSlot } from '../app/LoadFailureSlot';
import { LoadingStatus } from '../app/LoadingStatus';
import { Notices } from '../app/Notices';
import { SelectionAnnouncer } from '../app/SelectionAnnouncer';
import { ArticleReader } from '../article/ArticleReader';
import { DetailPanel } from '../detail/DetailPanel';
import { PrintView } from '../print/PrintView';
import { addressOf } from '../state/site';
import { useStore } from '../state/store';
import { TimelineSlot } from '../timeline/TimelineSlot';
import { usePostHeight } from './usePostHeight';
import './embed.css';
import { useTranslator } from '../i18n/I18nProvider';

export function EmbeddedApp() {
  const { t } = useTranslator();
  const root = useRef<HTMLDivElement>(null);
  usePostHeight(root);
  const title = useStore((state) => state.loaded?.dataset.title ?? 'Sourceline');
  const hasDataset = useStore((state) => state.loaded !== null);
  const hasSelection = useStore((state) => state.view.event !== null);
  const view = useStore((state) => state.view);
  // Where the data came from, as in the full header: a frame may show anyone's dataset.
  const origin = useStore((state) => state.origin);
  const origination = originWords(origin, t);
  const fullView = addressOf({ ...view, embed: false }, origin);

  return (
    <div className="app app-embed" ref={root}>
      <DropZone />
      <header className="embed-header">
        <h1 title={title}>{title}</h1>
        {origination && (
          <p className="embed-origin" title={originTitle(origin, t)}>
            {origination}
          </p>
        )}
        <a className="embed-open" href={fullView} target="_blank" rel="noopener noreferrer">
          {t('embed.open')}
          <span className="visually-hidden"> {t('common.newTab')}</span>
        </a>
      </header>
      <SelectionAnnouncer />
      <Notices />
      <main className="app-main">
        <LoadFailureSlot />
        <LoadingStatus />
        {hasDataset && (
          <div className="layout layout-embed" data-selection={hasSelection ? 'event' : 'none'}>
            <div className="timeline-area">
              <ErrorBoundary part={t('part.timeline')}>
                <TimelineSlot />
              </ErrorBoundary>
            </div>
            <div className="detail-area">
              <ErrorBoundary part={t('part.details')}>
                <DetailPanel />
              </ErrorBoundary>
            </div>
            <div className="article-area">
              <ErrorBoundary part={t('part.reader')}>
                <ArticleReader />
              </ErrorBoundary>
            </div>
          </div>
        )}
      </main>
      <PrintView />
    </div>
  );
}
