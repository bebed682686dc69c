// The passage a quote comes from in its primary source, shown under the quote with the words
// that differ marked: removed ones (the quote's, not in the original) struck through, added ones
// (the original's) underlined; <del> and <ins> with words a screen reader says, since most do
// not announce those elements.

import type { Passage, Source } from '../dataset/schema';
import { wordDiff } from '../dataset/wordDiff';
import { useTranslator } from '../i18n/I18nProvider';
import { Message } from '../i18n/Message';
import { DiffWords } from './DiffWords';

export function QuotedPassage({
  passage,
  sources,
}: {
  passage: Passage;
  sources: readonly Source[];
}) {
  const { t } = useTranslator();
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
        <Message
          id="claims.quotes"
          values={{ title: <cite>{source.title}</cite>, publisher: <bdi>{source.publisher}</bdi> }}
        />
      </p>
      <blockquote className="quoted-original">{original}</blockquote>
      {same ? (
        <p className="hint">{t('claims.quoteSame')}</p>
      ) : (
        <p className="quote-diff">
          <span className="quote-diff-label">{t('claims.quoteDifferences')}</span>{' '}
          {changes.map((change, i) => {
            const key = `${i}-${change.kind}`;
            if (change.kind === 'same') return <span key={key}>{change.text}</span>;
            const Tag = change.kind === 'removed' ? 'del' : 'ins';
            return (
              <Tag key={key}>
                <DiffWords id={change.kind === 'removed' ? 'claims.quotedAs' : 'claims.original'}>
                  {change.text}
                </DiffWords>
              </Tag>
            );
          })}
        </p>
      )}
    </div>
  );
}
