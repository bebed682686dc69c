import type { ReactNode } from 'react';
import { parseIsoDay } from '../dataset/calendar';
import { formatDayLong } from '../dataset/formatDate';
import type { Source } from '../dataset/schema';
import { isolate } from '../model/bidi';
import { originLine } from '../model/loading';
import { textLanguage } from '../model/locale';
import { isDatasetUrl } from '../model/urlCodec';
import { useStore } from '../state/store';
import type { DatasetOrigin } from '../state/types';
import { BidiText } from './BidiText';

function publishedWords(source: Source): string {
  const day = parseIsoDay(source.published);
  return day === null ? source.published : formatDayLong(day);
}

export function originWords(origin: DatasetOrigin | null, inTabOnly = false): string | null {
  if (!origin || origin.kind === 'bundled') return null;
  if (origin.kind === 'file') return `Loaded from your file ${isolate(origin.name)}`;
  if (origin.kind === 'draft') {
    return inTabOnly ? 'Your draft, kept in this tab only' : 'Your draft, kept in this browser';
  }
  return originLine(origin.url, origin.finalUrl);
}

/** The full addresses, on hover: where the data came from, and where it was asked for. */
export function originTitle(origin: DatasetOrigin | null): string | undefined {
  if (origin?.kind !== 'url') return undefined;
  return origin.finalUrl === origin.url
    ? origin.url
    : `${origin.finalUrl} (redirected from ${origin.url})`;
}

/** Title, sources with their attribution, and where the dataset came from. */
export function Header({ actions, children }: { actions?: ReactNode; children?: ReactNode }) {
  const dataset = useStore((state) => state.loaded?.dataset);
  const origin = useStore((state) => state.origin);
  // A draft the browser would not store lives in this tab (the editor's bar says why).
  const inTabOnly = useStore((state) => state.editor.save?.kind === 'unavailable');
  const origination = originWords(origin, inTabOnly);

  const sources = dataset?.sources ?? [];
  return (
    <header className="app-header">
      <div className="title-row">
        <div className="brand" aria-hidden="true">
          Sourceline
        </div>
        <h1 title={dataset?.title} {...(dataset ? textLanguage(dataset.lang) : {})}>
          {dataset?.title ?? 'Sourceline'}
        </h1>
        {origination && (
          <p className="origin" title={originTitle(origin)}>
            <strong>
              <BidiText text={origination} />
            </strong>{' '}
            — not a bundled dataset.
          </p>
        )}
        {actions}
      </div>
      {dataset && (
        // Folded: the timeline and the event come first; the description is one click away.
        <details className="about">
          <summary>
            About this timeline and its{' '}
            {sources.length === 1 ? 'source' : `${sources.length} sources`}
          </summary>
          <div className="about-body">
            {dataset.description && <p className="description">{dataset.description}</p>}
            <ul className="sources" aria-label="Sources">
              {sources.map((source) => (
                <li key={source.id}>
                  <cite>
                    {source.url && isDatasetUrl(source.url) ? (
                      <a href={source.url} rel="noopener noreferrer" target="_blank">
                        {source.title}
                      </a>
                    ) : (
                      source.title
                    )}
                  </cite>
                  {' — '}
                  <bdi>{source.publisher}</bdi>, by <bdi>{source.author}</bdi>,{' '}
                  <time dateTime={source.published}>{publishedWords(source)}</time>
                  {source.attribution && (
                    <span className="attribution">
                      {' '}
                      <bdi>{source.attribution}</bdi>
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </div>
        </details>
      )}
      {children}
    </header>
  );
}
