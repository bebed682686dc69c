// The article reader: the chosen source (a menu when the dataset has several), its title and
// byline, its text (ArticleText.tsx) and Find in the article.
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ErrorBoundary } from '../app/ErrorBoundary';
import { useTranslator } from '../i18n/I18nProvider';
import { Message } from '../i18n/Message';
import { textLanguage } from '../model/locale';
import type { EarlierIndex } from '../model/readerIndex';
import { readerIndexes } from '../state/caches';
import { useStore } from '../state/store';
import { ArticleText } from './ArticleText';
import { drawnWhole } from './readerPieces';
import type { FoundStretch } from './readerRanges';
import { useReviewedStretch } from './useReviewedStretch';
import { useTextUpdatePreview } from './useTextUpdatePreview';

// Opened on demand (for an article drawn in parts, which the browser's own find cannot search).
const FindInArticle = lazy(() =>
  import('./FindInArticle').then((module) => ({ default: module.FindInArticle })),
);

/** The full text of a source, the selected event's passages highlighted, every passage a link. */
export function ArticleReader() {
  const { t } = useTranslator();
  // While a new version of an article is reviewed, the reader shows the dataset it would make.
  const preview = useTextUpdatePreview();
  const current = useStore((state) => state.loaded);
  const loaded = preview ?? current;
  const sourceId = useStore((state) => state.readerSourceId);
  const setSource = useStore((state) => state.setReaderSource);

  const source =
    loaded?.dataset.sources.find((s) => s.id === sourceId) ?? loaded?.dataset.sources[0];
  // The index drawn last: an edit that leaves this source's passages as they were keeps it.
  const earlier = useRef<EarlierIndex | null>(null);
  const index = useMemo(
    () => (loaded && source ? readerIndexes.get(loaded, source.id, earlier.current) : null),
    [loaded, source],
  );
  useEffect(() => {
    earlier.current = loaded && source && index ? { loaded, sourceId: source.id, index } : null;
  }, [loaded, source, index]);

  // The match shown, for this source only.
  const [foundIn, setFoundIn] = useState<{ source: string; found: FoundStretch | null }>({
    source: '',
    found: null,
  });
  const setFound = useCallback(
    (next: FoundStretch | null) => setFoundIn({ source: source?.id ?? '', found: next }),
    [source?.id],
  );
  const found = foundIn.source === source?.id ? foundIn.found : null;
  const [findOpen, setFindOpen] = useState(false);
  const suggested = useReviewedStretch(source?.id);

  if (!loaded || !source || !index) return null;
  const sources = loaded.dataset.sources;

  return (
    <section className="article-reader" aria-labelledby="article-heading">
      <h2 id="article-heading" className="visually-hidden">
        {t('reader.heading')}
      </h2>
      <div className="article-header">
        <div className="article-title-row">
          {/* With several sources the choice of source shows its title: the heading is kept for
              screen readers only, so the header takes no more room than with one. */}
          {sources.length > 1 && (
            <label className="source-switcher">
              {t('reader.source')}{' '}
              {/* The chosen title in its own direction: an English title in a right-to-left
                  page would otherwise show its end and lose its start. */}
              <select
                value={source.id}
                onChange={(e) => setSource(e.target.value)}
                {...textLanguage(source.lang ?? loaded.dataset.lang)}
              >
                {sources.map((s) => (
                  <option key={s.id} value={s.id} {...textLanguage(s.lang ?? loaded.dataset.lang)}>
                    {s.title}
                  </option>
                ))}
              </select>
            </label>
          )}
          <h3
            title={source.title}
            className={sources.length > 1 ? 'visually-hidden' : undefined}
            {...textLanguage(source.lang ?? loaded.dataset.lang)}
          >
            {source.title}
          </h3>
          {!drawnWhole(index) && (
            <button
              type="button"
              className="link-button find-toggle"
              aria-expanded={findOpen}
              onClick={() => {
                if (findOpen) setFound(null);
                setFindOpen(!findOpen);
              }}
            >
              {t('reader.find')}
            </button>
          )}
        </div>
        {/* Each string of the dataset isolated: its direction never reorders the app's words. */}
        <p className="byline">
          <Message
            id="reader.byline"
            values={{
              publisher: <bdi>{source.publisher}</bdi>,
              author: <bdi>{source.author}</bdi>,
            }}
          />
          {source.attribution && (
            <span className="attribution">
              {' '}
              — <bdi>{source.attribution}</bdi>
            </span>
          )}
        </p>
        {/* A text drawn whole is all there for the browser's own find (Ctrl+F). */}
        {findOpen && !drawnWhole(index) && (
          // Its own boundary: if its code cannot come, the article stays.
          <ErrorBoundary part={t('part.find')}>
            <Suspense fallback={null}>
              <FindInArticle key={source.id} text={source.text} onFound={setFound} />
            </Suspense>
          </ErrorBoundary>
        )}
      </div>
      <ArticleText
        key={source.id}
        loaded={loaded}
        source={source}
        index={index}
        found={suggested ?? found}
      />
    </section>
  );
}
