// One drawn piece of the article's text: plain runs, the selected event's passages marked, and
// every other passage a link to its event.
import { memo } from 'react';
import { useTranslator } from '../i18n/I18nProvider';
import { type Paragraph, paragraphRuns } from '../model/highlight';
import { CLOSES_PARAGRAPH, OPENS_PARAGRAPH } from '../model/readerIndex';

interface PieceProps {
  paragraph: Paragraph;
  /** Its position in the virtualiser's list (the part's pieces), which measuring reads. */
  position: number;
  flags: number;
  top: number;
  selectedId: string | null;
  titleOf: (eventId: string) => string;
  onSelect: (eventId: string) => void;
  linkFor: (eventId: string) => string;
  measure: (node: HTMLElement | null) => (() => void) | undefined;
}

export const ArticlePiece = memo(function ArticlePiece({
  paragraph,
  position,
  flags,
  top,
  selectedId,
  titleOf,
  onSelect,
  linkFor,
  measure,
}: PieceProps) {
  const { t } = useTranslator();
  const className = [
    'article-piece',
    flags & OPENS_PARAGRAPH ? '' : 'continues',
    flags & CLOSES_PARAGRAPH ? 'closes' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <p
      ref={measure}
      data-index={position}
      data-start={paragraph.start}
      className={className}
      style={{ transform: `translateY(${top}px)` }}
    >
      {paragraphRuns(paragraph, selectedId).map((run) => {
        if (run.kind === 'plain') return <span key={run.start}>{run.text}</span>;
        if (run.kind === 'mark') {
          return (
            <mark key={run.start} data-passage={`${run.eventId}:${run.index}`} tabIndex={-1}>
              {run.text}
            </mark>
          );
        }
        const { eventId } = run;
        return (
          <a
            key={run.start}
            className="passage-link"
            data-start={run.start}
            href={linkFor(eventId)}
            title={t('reader.passageOf', { title: titleOf(eventId) })}
            onClick={(clickEvent) => {
              if (clickEvent.metaKey || clickEvent.ctrlKey || clickEvent.shiftKey) return;
              clickEvent.preventDefault();
              onSelect(eventId);
            }}
          >
            {run.text}
          </a>
        );
      })}
    </p>
  );
});
