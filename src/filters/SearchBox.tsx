// The search box at the top of the side panel (first paint); the other filters load when opened
// (Filters.tsx).
import { useEffect, useId, useState } from 'react';
import { useTranslator } from '../i18n/I18nProvider';
import { useStore } from '../state/store';

const SEARCH_DELAY_MS = 250;

/** The search box commits after a pause, so the URL history gets one entry per search. */
export function SearchBox() {
  const { t } = useTranslator();
  const query = useStore((state) => state.view.filters.query);
  const setFilters = useStore((state) => state.setFilters);
  const [draft, setDraft] = useState(query);
  const id = useId();

  useEffect(() => setDraft(query), [query]);
  useEffect(() => {
    if (draft === query) return;
    const timer = window.setTimeout(() => setFilters({ query: draft }), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [draft, query, setFilters]);

  return (
    <div className="search">
      <label htmlFor={id}>{t('search.label')}</label>
      <input
        id={id}
        type="search"
        value={draft}
        placeholder={t('search.placeholder')}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') setFilters({ query: draft });
        }}
      />
    </div>
  );
}
