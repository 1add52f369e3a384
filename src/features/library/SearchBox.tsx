import { Suspense, useEffect, useId, useState, type KeyboardEvent } from 'react';
import { navigate } from '../../shared/router';
import { useT } from '../../shared/script/useScript';
import type { LibraryHit } from './search-engine';
import { SearchResults } from './lazy-parts';
import { SHOWN_HITS, useLibrarySearch } from './useLibrarySearch';
import './search.css';

/**
 * Search across every page, in either script, or by stock code: a combobox in the top bar. The
 * index is built on first focus. ArrowDown / ArrowUp move through the results, Enter opens one
 * (at its place in the article, flashed), Escape closes the list, a second Escape clears.
 */
export function SearchBox() {
  const t = useT();
  const [query, setQuery] = useState('');
  const [wanted, setWanted] = useState(false);
  const [open, setOpen] = useState(false);
  const search = useLibrarySearch(query, wanted);
  // The active option belongs to one set of results: new results start again at the first.
  const [cursor, setCursor] = useState({ result: search.result, index: 0 });
  const active = cursor.result === search.result ? cursor.index : 0;
  const baseId = useId();
  const listId = `${baseId}-list`;
  const optionId = (i: number) => `${baseId}-opt-${i}`;
  const count = Math.min(search.result?.hits.length ?? 0, SHOWN_HITS);
  const expanded = open && query.trim() !== '';

  const activeId = optionId(active);

  useEffect(() => {
    if (expanded) document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' });
  }, [activeId, expanded]);

  const choose = (hit: LibraryHit) => {
    setOpen(false);
    // A highlight or note opens its passage (`?h=`), marked; a text hit its place in the article.
    navigate(hit.highlight ? { pageId: hit.pageId, articleId: hit.articleId || undefined, highlight: hit.highlight.id } : { pageId: hit.pageId, articleId: hit.articleId, at: hit.span.start });
    // Reading continues in the reader: J / K work again, and the input's own keys stop.
    requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-testid="reader"]')?.focus({ preventScroll: true }));
  };
  const move = (index: number) => setCursor({ result: search.result, index });

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      if (count > 0) move(e.key === 'ArrowDown' ? Math.min(count - 1, active + 1) : Math.max(0, active - 1));
    } else if (e.key === 'Enter') {
      const hit = search.result?.hits[active];
      if (expanded && hit) {
        e.preventDefault();
        choose(hit);
      }
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (expanded) setOpen(false);
      else setQuery('');
    }
  };

  return (
    <div
      className={expanded ? 'library-search expanded' : 'library-search'}
      // Open while focus is in the box or in its results (which scroll, and so take focus too).
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget)) setOpen(false);
      }}
    >
      <svg className="search-icon" viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
        <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M12.6 12.6 17 17" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <input
        type="search"
        className="search-input"
        data-testid="search"
        role="combobox"
        aria-label={t('libSearchLabel')}
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && count > 0 ? activeId : undefined}
        placeholder={t('libSearchPlaceholder')}
        value={query}
        autoComplete="off"
        spellCheck={false}
        onFocus={() => {
          setWanted(true);
          setOpen(true);
        }}
        onChange={(e) => {
          setQuery(e.target.value);
          setWanted(true);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
      />
      {expanded && (
        <Suspense fallback={null}>
          <SearchResults id={listId} search={search} active={active} optionId={optionId} onChoose={choose} onHover={move} />
        </Suspense>
      )}
    </div>
  );
}
