import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslator } from '../i18n/I18nProvider';
import { findAll, findPattern, MAX_MATCHES, type Match } from '../model/findInText';
import type { FoundStretch } from './readerRanges';

/**
 * "Find in the article": the browser's find-in-page sees only the drawn pieces of a long text, so
 * the reader finds text itself (shown for texts too long to be drawn whole). A search runs when asked for (Enter, or the button), never per
 * key, over windows of the text with a pause between each (findInText.ts), so even 45 MB never
 * makes a long task; each match is shown like a passage, and highlighted.
 */
export function FindInArticle({
  text,
  onFound,
}: {
  text: string;
  onFound: (found: FoundStretch | null) => void;
}) {
  const { t } = useTranslator();
  const [draft, setDraft] = useState('');
  const [search, setSearch] = useState<{
    query: string;
    matches: Match[];
    done: boolean;
    at: number;
  } | null>(null);
  const nonce = useRef(0);
  const run = useRef(0);
  const show = useCallback(
    (match: Match | undefined) => {
      if (!match) return;
      nonce.current++;
      onFound({ start: match.start, end: match.end, nonce: nonce.current });
    },
    [onFound],
  );
  useEffect(() => () => void run.current++, []);

  const start = (query: string) => {
    const pattern = findPattern(query);
    const id = ++run.current;
    if (!pattern) {
      setSearch(null);
      onFound(null);
      return;
    }
    const windows = findAll(text, pattern);
    const matches: Match[] = [];
    setSearch({ query, matches: [], done: false, at: 0 });
    const next = () => {
      if (run.current !== id) return;
      const step = windows.next();
      if (!step.done) {
        const hadNone = matches.length === 0;
        matches.push(...step.value);
        if (hadNone && matches.length > 0) show(matches[0]);
        setSearch({ query, matches: [...matches], done: false, at: 0 });
        setTimeout(next, 0);
        return;
      }
      setSearch({ query, matches, done: true, at: 0 });
      if (matches.length === 0) onFound(null);
    };
    setTimeout(next, 0);
  };
  const move = (by: number) => {
    if (!search || search.matches.length === 0) return;
    const at = (search.at + by + search.matches.length) % search.matches.length;
    setSearch({ ...search, at });
    show(search.matches[at]);
  };

  const count = search?.matches.length ?? 0;
  const more = search?.done && count >= MAX_MATCHES ? '+' : '';
  const status = !search
    ? ''
    : count === 0
      ? search.done
        ? t('find.notFound')
        : t('find.searching')
      : t('find.status', {
          at: search.at + 1,
          count,
          more: more ? 'yes' : 'no',
          done: search.done ? 'yes' : 'no',
        });
  return (
    <search className="find-in-article" aria-label={t('find.label')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (search && search.query === draft && count > 0) move(1);
          else start(draft);
        }}
      >
        <input
          ref={(input) => input?.focus()}
          type="search"
          aria-label={t('find.label')}
          placeholder={t('find.label')}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
        />
        <button type="submit">{t('find.find')}</button>
        <button
          type="button"
          aria-label={t('find.previous')}
          disabled={count < 2}
          onClick={() => move(-1)}
        >
          ↑
        </button>
        <button
          type="button"
          aria-label={t('find.next')}
          disabled={count < 2}
          onClick={() => move(1)}
        >
          ↓
        </button>
        <span className="find-status" aria-live="polite">
          {status}
        </span>
      </form>
    </search>
  );
}
