import { useEffect } from 'react';
import { splitConverted } from '../../core/library/highlight';
import { DEFAULT_SEARCH_LIMIT } from '../../core/search';
import type { UiKey } from '../../core/ui/strings';
import { useDisplay, useT } from '../../shared/script/useScript';
import { usePressChoice } from '../../shared/usePressChoice';
import type { LibraryHit } from './search-engine';
import { SHOWN_HITS, type LibrarySearch } from './useLibrarySearch';

interface Props {
  id: string;
  search: LibrarySearch;
  active: number;
  optionId: (index: number) => string;
  onChoose: (hit: LibraryHit) => void;
  onHover: (index: number) => void;
}

const asWritten = (text: string) => text;

/** "Preparing…", "Nothing found", or how many hits (500+ at the search limit) and how many are listed. */
function statusText({ ready, result }: LibrarySearch, t: (key: UiKey) => string): string {
  if (!ready) return t('libSearchBuilding');
  if (!result) return '';
  const n = result.hits.length;
  if (n === 0) return t('libSearchNone');
  const count = n >= DEFAULT_SEARCH_LIMIT ? `${DEFAULT_SEARCH_LIMIT}+` : String(n);
  return `${count} ${t('libSearchCount')}${n > SHOWN_HITS ? `（${t('libSearchShowing')} ${SHOWN_HITS}）` : ''}`;
}

/**
 * The results popover: each hit's page title and sentence, the match in a `<mark>`, all in the
 * display script; the reader's highlights and notes first, each labelled as one (a note as written). A sentence is converted whole and cut back by code points (conversion keeps
 * their number), so the highlight covers exactly the match.
 */
export function SearchResults({ id, search, active, optionId, onChoose, onHover }: Props) {
  const t = useT();
  const show = { hant: useDisplay('hant'), hans: useDisplay('hans') };
  const hits = search.result?.hits ?? [];
  const status = statusText(search, t);
  const activeOption = optionId(active);
  // A hit is chosen by a press let go on it, even if the finished query's answer redrew the list meanwhile.
  const press = usePressChoice(onChoose);
  useEffect(() => {
    document.getElementById(activeOption)?.scrollIntoView({ block: 'nearest' });
  }, [activeOption]);
  return (
    // The list scrolls: a keyboard reaches it with Tab (arrows and Page Down scroll it) as well as
    // choosing with the arrows from the box, which keep the chosen hit in view.
    <div className="search-popover" data-testid="search-popover" tabIndex={0} role="group" aria-label={t('libSearchResults')} {...press.list}>
      <p className="search-status" role="status">
        {search.result?.stock && <span className="library-badge">{t('libSearchStock')}</span>}
        {status}
      </p>
      {hits.length > 0 && (
        <ul id={id} role="listbox" aria-label={t('libSearchResults')} className="search-list" data-testid="search-results">
          {hits.slice(0, SHOWN_HITS).map((hit, i) => {
            // A note is shown as the reader wrote it; page text (and a quote of it) in the display script.
            const convert = hit.highlight?.part === 'note' ? asWritten : show[hit.sourceScript];
            const [before, match, after] = splitConverted([hit.snippet.before, hit.snippet.match, hit.snippet.after], convert);
            return (
              <li
                key={hit.highlight ? `${hit.highlight.id}:${hit.highlight.part}:${hit.span.start}` : `${hit.pageId}:${hit.span.start}`}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                className="search-hit"
                data-testid="search-result"
                data-page-id={hit.pageId}
                data-at={hit.highlight ? undefined : hit.span.start}
                data-highlight-id={hit.highlight?.id}
                // Keep focus in the box: a click chooses without blurring (which would close the list).
                onMouseDown={(e) => e.preventDefault()}
                onMouseMove={() => i !== active && onHover(i)}
                {...press.item(hit)}
              >
                <span className="search-hit-page">
                  {hit.highlight && <span className="library-badge">{t(hit.highlight.part === 'note' ? 'hlNote' : 'hlHighlight')}</span>}
                  {show[hit.sourceScript](hit.title)}
                </span>
                <span className="search-hit-text">
                  {before}
                  <mark>{match}</mark>
                  {after}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
