// The details' account of an event's sources: how well they support it (status, sources and
// outlets), its figures as a range with the conservative value, and each source's claim side by
// side with its quote (issue 22: claims per source, corroboration).
import { useId } from 'react';
import { copiesOf, figureRanges } from '../dataset/corroboration';
import { formatEventDate } from '../dataset/formatDate';
import type { Actor, Source } from '../dataset/schema';
import type { ResolvedEvent } from '../dataset/types';
import {
  conservativeWords,
  disputeWords,
  figureWords,
  rangeWords,
  STATUS_WORDS,
  supportWords,
} from '../model/claimWords';

const WORDS = {
  heading: 'Sources and claims',
  claims: 'What each source claims',
  disagree: 'the sources disagree on',
  date: 'Date',
  figures: 'Figures',
  saidBy: 'Said by',
  nothingMore: 'No claim beyond the event itself.',
  copyOf: 'Same text as',
  countedOnce: 'counted once',
  published: 'published',
};

interface Props {
  resolved: ResolvedEvent;
  sources: readonly Source[];
  actorsById: ReadonlyMap<string, Actor>;
}

export function SourcesAndClaims({ resolved, sources, actorsById }: Props) {
  const headingId = useId();
  const { event, corroboration } = resolved;
  const sourceById = new Map(sources.map((source) => [source.id, source]));
  const copies = copiesOf(event, (id) => sourceById.has(id));
  const ranges = figureRanges(event);
  const disputed = disputeWords(corroboration);
  // Each source once, in the order the event first quotes it, with its passages' positions.
  const bySource = new Map<string, number[]>();
  event.passages.forEach((passage, p) => {
    const list = bySource.get(passage.source);
    if (list) list.push(p);
    else bySource.set(passage.source, [p]);
  });

  return (
    <section className="sources-and-claims" aria-labelledby={headingId}>
      <h3 id={headingId}>{WORDS.heading}</h3>
      <p className={`support-status support-${corroboration.status}`}>
        <strong>{STATUS_WORDS[corroboration.status]}</strong> · {supportWords(corroboration)}
        {disputed && (
          <>
            {' '}
            · {WORDS.disagree} {disputed}
          </>
        )}
      </p>
      {ranges.map((range) => (
        <p key={range.what} className="figure-range">
          {rangeWords(range)}
          {range.lowest !== range.highest && (
            <span className="figure-conservative">. {conservativeWords(range)}.</span>
          )}
        </p>
      ))}
      <ul className="claims-side-by-side" aria-label={WORDS.claims}>
        {[...bySource].map(([sourceId, positions]) => {
          const source = sourceById.get(sourceId);
          const original = copies.get(sourceId);
          const copied = original !== undefined && original !== sourceId;
          const claimed = positions.filter((p) => event.passages[p]?.claim !== undefined);
          const shown = claimed.length > 0 ? claimed : positions.slice(0, 1);
          return (
            <li key={sourceId} className="claim-card">
              <p className="claim-source">
                <cite>{source?.title ?? sourceId}</cite>
                {source && (
                  <span className="claim-outlet">
                    {' '}
                    · {source.publisher} · {WORDS.published} {source.published}
                  </span>
                )}
              </p>
              {copied && (
                <p className="claim-copy">
                  {WORDS.copyOf} <cite>{sourceById.get(original)?.title ?? original}</cite>:{' '}
                  {WORDS.countedOnce}.
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
                    <blockquote>{passage.exact}</blockquote>
                    {claim ? (
                      <dl className="claim-facts">
                        {claim.date && (
                          <>
                            <dt>{WORDS.date}</dt>
                            <dd>
                              {date ? formatEventDate(date) : claim.date.value}
                              {claim.date.expression && (
                                <>
                                  {' '}
                                  (<q>{claim.date.expression}</q>)
                                </>
                              )}
                            </dd>
                          </>
                        )}
                        {claim.figures && claim.figures.length > 0 && (
                          <>
                            <dt>{WORDS.figures}</dt>
                            <dd>
                              {claim.figures
                                .map((figure) => `${figureWords(figure)} ${figure.what}`)
                                .join('; ')}
                            </dd>
                          </>
                        )}
                        {actor && (
                          <>
                            <dt>{WORDS.saidBy}</dt>
                            <dd>
                              {actorsById.get(actor.actor)?.name ?? actor.actor}
                              {actor.words && (
                                <>
                                  {' '}
                                  (<q>{actor.words}</q>)
                                </>
                              )}
                            </dd>
                          </>
                        )}
                      </dl>
                    ) : (
                      <p className="hint">{WORDS.nothingMore}</p>
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
