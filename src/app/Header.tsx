import type { ReactNode } from 'react';
import { parseIsoDay } from '../dataset/calendar';
import { type DateFormatter, formatDayLong } from '../dataset/formatDate';
import type { Source } from '../dataset/schema';
import { useTranslator } from '../i18n/I18nProvider';
import { Message } from '../i18n/Message';
import type { Translator } from '../i18n/translator';
import { isolate } from '../model/bidi';
import { originHosts } from '../model/loading';
import { textLanguage } from '../model/locale';
import { isDatasetUrl } from '../model/urlCodec';
import { useStore } from '../state/store';
import type { DatasetOrigin } from '../state/types';
import { BidiText } from './BidiText';

function publishedWords(source: Source, dates: DateFormatter): string {
  const day = parseIsoDay(source.published);
  return day === null ? source.published : formatDayLong(day, dates);
}

export function originWords(
  origin: DatasetOrigin | null,
  t: Translator['t'],
  inTabOnly = false,
): string | null {
  if (!origin || origin.kind === 'bundled') return null;
  if (origin.kind === 'file') return t('origin.file', { name: isolate(origin.name) });
  if (origin.kind === 'draft') {
    return inTabOnly ? t('origin.draftInTab') : t('origin.draft');
  }
  const { asked, got } = originHosts(origin.url, origin.finalUrl);
  return got === asked
    ? t('origin.url', { host: got })
    : t('origin.urlRedirected', { host: got, asked });
}

/** The full addresses, on hover: where the data came from, and where it was asked for. */
export function originTitle(origin: DatasetOrigin | null, t: Translator['t']): string | undefined {
  if (origin?.kind !== 'url') return undefined;
  return origin.finalUrl === origin.url
    ? origin.url
    : t('origin.redirectedTitle', { url: origin.finalUrl, asked: origin.url });
}

/** Title, sources with their attribution, and where the dataset came from. */
export function Header({ actions, children }: { actions?: ReactNode; children?: ReactNode }) {
  const { t, dates } = useTranslator();
  const dataset = useStore((state) => state.loaded?.dataset);
  const origin = useStore((state) => state.origin);
  // A draft the browser would not store lives in this tab (the editor's bar says why).
  const inTabOnly = useStore((state) => state.editor.save?.kind === 'unavailable');
  const origination = originWords(origin, t, inTabOnly);

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
          <p className="origin" title={originTitle(origin, t)}>
            <strong>
              <BidiText text={origination} />
            </strong>{' '}
            {t('origin.notBundled')}
          </p>
        )}
        {actions}
      </div>
      {dataset && (
        // Folded: the timeline and the event come first; the description is one click away.
        <details className="about">
          <summary>{t('header.about', { count: sources.length })}</summary>
          <div className="about-body">
            {dataset.description && <p className="description">{dataset.description}</p>}
            <ul className="sources" aria-label={t('header.sources')}>
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
                  <Message
                    id="header.sourceLine"
                    values={{
                      publisher: <bdi>{source.publisher}</bdi>,
                      author: <bdi>{source.author}</bdi>,
                      published: (
                        <time dateTime={source.published}>{publishedWords(source, dates)}</time>
                      ),
                    }}
                  />
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
