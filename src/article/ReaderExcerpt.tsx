// What the reader shows before it has measured its box, when an event is chosen: the paragraph of
// the event's first passage in this source, its passage marked. It is what a prerendered page
// holds (scripts/prerender/), and the app's first render of it, so the two match; once measured,
// the virtualised text takes its place, scrolled to the same passage.
import { isLocated } from '../dataset/passageState';
import type { ResolvedEvent } from '../dataset/types';
import type { Paragraph } from '../model/highlight';
import { CLOSES_PARAGRAPH, OPENS_PARAGRAPH, pieceAt, type ReaderIndex } from '../model/readerIndex';
import { ArticlePiece } from './ArticlePiece';

interface ExcerptProps {
  selected: ResolvedEvent;
  sourceId: string;
  index: ReaderIndex;
  /** The part's pieces: first, and past the last. */
  first: number;
  end: number;
  paragraphOf: (piece: number) => Paragraph;
  titleOf: (eventId: string) => string;
  onSelect: (eventId: string) => void;
  linkFor: (eventId: string) => string;
}

const noMeasure = () => undefined;

/** The pieces of the paragraph that holds `offset`, within the part [first, end). */
export function paragraphPieces(
  index: ReaderIndex,
  offset: number,
  first: number,
  end: number,
): number[] {
  const at = pieceAt(index, offset);
  if (at < first || at >= end) return [];
  let from = at;
  while (from > first && !((index.flags[from] ?? 0) & OPENS_PARAGRAPH)) from--;
  let to = at;
  while (to < end - 1 && !((index.flags[to] ?? 0) & CLOSES_PARAGRAPH)) to++;
  return Array.from({ length: to - from + 1 }, (_, k) => from + k);
}

export function ReaderExcerpt({ selected, sourceId, index, first, end, ...piece }: ExcerptProps) {
  const at = selected.event.passages.findIndex((passage) => passage.source === sourceId);
  const anchor = selected.anchors[at];
  if (!anchor || !isLocated(anchor.state)) return null;
  return (
    <div className="article-excerpt">
      {paragraphPieces(index, anchor.start, first, end).map((p) => {
        const paragraph = piece.paragraphOf(p);
        return (
          <ArticlePiece
            key={p}
            position={p - first}
            paragraph={paragraph}
            flags={index.flags[p] ?? 0}
            top={0}
            selectedId={selected.event.id}
            titleOf={piece.titleOf}
            onSelect={piece.onSelect}
            linkFor={piece.linkFor}
            measure={noMeasure}
          />
        );
      })}
    </div>
  );
}
