// The passage a quote comes from in its primary source, shown under the quote with the words
// that differ marked: removed ones (the quote's, not in the original) struck through, added ones
// (the original's) underlined; <del> and <ins> with words a screen reader says, since most do
// not announce those elements.

import type { Passage, Source } from '../dataset/schema';
import { wordDiff } from '../dataset/wordDiff';
import { useTranslator } from '../i18n/I18nProvider';
import { Message } from '../i18n/Message';
import { textLanguage } from '../model/locale';
import { useStore } from '../state/store';
import { DiffWords } from './DiffWords';

export function QuotedPassage({
  passage,
  sources,
}: {
  passage: Passage;
  sources: readonly Source[];
}) {
  const { t } = useTranslator();
  const datasetLanguage = useStore((state) => state.loaded?.dataset.lang);
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
          values={{
            title: <cite {...textLanguage(source.lang ?? datasetLanguage)}>{source.title}</cite>,
            publisher: <bdi>{source.publisher}</bdi>,
          }}
        />
      </p>
      <blockquote className="quoted-original" {...textLanguage(source.lang ?? datasetLanguage)}>
        {original}
      </blockquote>
      {same ? (
        <p className="hint">{t('claims.quoteSame')}</p>
      ) : (
        <p className="quote-diff">
          <span className="quote-diff-label">{t('claims.quoteDifferences')}</span>{' '}
          {/* The article's direction (no lang: the words said around each change are the page's). */}
          <bdi dir={textLanguage(source.lang ?? datasetLanguage).dir}>
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
          </bdi>
        </p>
      )}
    </div>
  );
}
