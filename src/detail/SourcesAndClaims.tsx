// The details' account of an event's sources: how well they support it (status, sources and
// outlets), its figures as a range with the conservative value, and each source's claim side by
// side with its quote (issue 22: claims per source, corroboration).
import { useId } from 'react';
import { BidiText } from '../app/BidiText';
import { parseIsoDay } from '../dataset/calendar';
import { copiesOf, figureRanges } from '../dataset/corroboration';
import { formatDayLong, formatEventDate } from '../dataset/formatDate';
import type { Actor, Source } from '../dataset/schema';
import type { ResolvedEvent } from '../dataset/types';
import {
  conservativeWords,
  countedWords,
  disputeWords,
  rangeWords,
  STATUS_KEYS,
  supportWords,
} from '../i18n/claimWords';
import { useTranslator } from '../i18n/I18nProvider';
import { Message } from '../i18n/Message';
import { textLanguage } from '../model/locale';
import { useStore } from '../state/store';

interface Props {
  resolved: ResolvedEvent;
  sources: readonly Source[];
  actorsById: ReadonlyMap<string, Actor>;
}

export function SourcesAndClaims({ resolved, sources, actorsById }: Props) {
  const headingId = useId();
  const translator = useTranslator();
  const { t, dates } = translator;
  // Each source's words in its own language and direction (a Dari quote in an English page).
  const datasetLanguage = useStore((state) => state.loaded?.dataset.lang);
  // A source's day in words ("8 October 2021"); as written when it is not a plain day.
  const publishedWords = (source: Source) => {
    const day = parseIsoDay(source.published);
    return day === null ? source.published : formatDayLong(day, dates);
  };
  const { event, corroboration } = resolved;
  const sourceById = new Map(sources.map((source) => [source.id, source]));
  const copies = copiesOf(event, (id) => sourceById.has(id));
  const ranges = figureRanges(event);
  const disputed = disputeWords(corroboration, translator);
  // Each source once, in the order the event first quotes it, with its passages' positions.
  const bySource = new Map<string, number[]>();
  event.passages.forEach((passage, p) => {
    const list = bySource.get(passage.source);
    if (list) list.push(p);
    else bySource.set(passage.source, [p]);
  });

  return (
    <section className="sources-and-claims" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('claims.heading')}</h3>
      <p className={`support-status support-${corroboration.status}`}>
        <strong>{t(STATUS_KEYS[corroboration.status])}</strong>
        {translator.separator}
        {supportWords(corroboration, translator)}
        {disputed && (
          <>
            {translator.separator}
            <BidiText text={t('claims.disagree', { what: disputed })} />
          </>
        )}
      </p>
      {ranges.map((range) => (
        <p key={range.what} className="figure-range">
          <BidiText text={rangeWords(range, translator)} />
          {range.lowest !== range.highest && (
            <span className="figure-conservative">
              . <BidiText text={conservativeWords(range, translator)} />.
            </span>
          )}
        </p>
      ))}
      <ul className="claims-side-by-side" aria-label={t('claims.eachSource')}>
        {[...bySource].map(([sourceId, positions]) => {
          const source = sourceById.get(sourceId);
          const words = textLanguage(source?.lang ?? datasetLanguage);
          const original = copies.get(sourceId);
          const copied = original !== undefined && original !== sourceId;
          const claimed = positions.filter((p) => event.passages[p]?.claim !== undefined);
          const shown = claimed.length > 0 ? claimed : positions.slice(0, 1);
          return (
            <li key={sourceId} className="claim-card">
              <p className="claim-source">
                <cite {...words}>{source?.title ?? sourceId}</cite>
                {source && (
                  <span className="claim-outlet">
                    {translator.separator}
                    <bdi>{source.publisher}</bdi>
                    {translator.separator}
                    {t('claims.published', { date: publishedWords(source) })}
                  </span>
                )}
              </p>
              {copied && (
                <p className="claim-copy">
                  <Message
                    id="claims.copyOf"
                    values={{
                      title: <cite dir="auto">{sourceById.get(original)?.title ?? original}</cite>,
                    }}
                  />
                </p>
              )}
              {shown.map((p) => {
                const passage = event.passages[p];
                if (!passage) return null;
                const claim = passage.claim;
                const date = corroboration.claimedDates?.[p];
                const actor = claim?.attributedTo;
                return (
                  <div key={p} className="claim">
                    <blockquote {...words}>{passage.exact}</blockquote>
                    {claim ? (
                      <dl className="claim-facts">
                        {claim.date && (
                          <>
                            <dt>{t('details.date')}</dt>
                            <dd>
                              {date ? formatEventDate(date, dates) : claim.date.value}
                              {claim.date.expression && (
                                <>
                                  {' '}
                                  (<q {...words}>{claim.date.expression}</q>)
                                </>
                              )}
                            </dd>
                          </>
                        )}
                        {claim.figures && claim.figures.length > 0 && (
                          <>
                            <dt>{t('claims.figures')}</dt>
                            <dd>
                              <BidiText
                                text={claim.figures
                                  .map((figure) => countedWords(figure, translator))
                                  .join(t('claims.separator'))}
                              />
                            </dd>
                          </>
                        )}
                        {actor && (
                          <>
                            <dt>{t('claims.saidBy')}</dt>
                            <dd>
                              {/* The name and the source's words, the data's, read as one run. */}
                              <bdi>
                                {actorsById.get(actor.actor)?.name ?? actor.actor}
                                {actor.words && (
                                  <>
                                    {' '}
                                    (<q {...words}>{actor.words}</q>)
                                  </>
                                )}
                              </bdi>
                            </dd>
                          </>
                        )}
                      </dl>
                    ) : (
                      <p className="hint">{t('claims.nothingMore')}</p>
                    )}
                  </div>
                );
              })}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
