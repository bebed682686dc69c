// The passage a quote comes from in its primary source, shown under the quote with the words
// that differ marked: removed ones (the quote's, not in the original) struck through, added ones
// (the original's) underlined; <del> and <ins> with words a screen reader says, since most do
// not announce those elements.

import type { Passage, Source } from '../dataset/schema';
import { wordDiff } from '../dataset/wordDiff';

const WORDS = {
  quotes: 'Quotes',
  differences: 'Differences from the original:',
  same: 'The quote matches the original word for word.',
  removedBefore: '[quoted as: ',
  addedBefore: '[original: ',
  after: ']',
};

export function QuotedPassage({
  passage,
  sources,
}: {
  passage: Passage;
  sources: readonly Source[];
}) {
  const quotes = passage.quotes;
  if (!quotes) return null;
  const source = sources.find((s) => s.id === quotes.source);
  if (!source) return null;
  const original = source.text.slice(quotes.start, quotes.end);
  const changes = wordDiff(passage.exact, original);
  const same = changes.every((change) => change.kind === 'same');
  return (
    <div className="quoted-passage">
      <p className="quoted-source">
        {WORDS.quotes} <cite>{source.title}</cite> · {source.publisher}:
      </p>
      <blockquote className="quoted-original">{original}</blockquote>
      {same ? (
        <p className="hint">{WORDS.same}</p>
      ) : (
        <p className="quote-diff">
          <span className="quote-diff-label">{WORDS.differences}</span>{' '}
          {changes.map((change, i) => {
            const key = `${i}-${change.kind}`;
            if (change.kind === 'same') return <span key={key}>{change.text}</span>;
            const Tag = change.kind === 'removed' ? 'del' : 'ins';
            return (
              <Tag key={key}>
                <span className="visually-hidden">
                  {change.kind === 'removed' ? WORDS.removedBefore : WORDS.addedBefore}
                </span>
                {change.text}
                <span className="visually-hidden">{WORDS.after}</span>
              </Tag>
            );
          })}
        </p>
      )}
    </div>
  );
}
