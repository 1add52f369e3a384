import { memo, useDeferredValue, useEffect, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { within } from '../../core/span';
import { articleByline, articleLead, articleTitle } from '../../core/page';
import type { Route } from '../../core/route';
import { formatRoute } from '../../core/route';
import type { Article } from '../../core/page/parsed-page';
import { navigate } from '../../shared/router';
import type { PageView } from '../../shared/page/usePageView';
import { resolveArticle } from '../../core/page/resolve-article';
import type { Script } from '../../core/script';
import { useDisplay, useDisplayIn, useScript, useT, useTIn } from '../../shared/script/useScript';

interface Props {
  view: PageView | undefined;
  route: Route;
  /** Called after an article is chosen (the phone layout switches to the reading pane). */
  onOpen?: () => void;
}

/** Every article of the open page: headline, byline, and how many figures and stocks it cites. */
export function Contents({ view, route, onOpen }: Props) {
  const t = useT();
  const display = useDisplay(view?.sourceScript ?? 'hant');
  const shown = useProgressive(view?.pageId ?? '', view?.page.articles.length ?? 0);
  if (!view) return <p className="pane-empty">{t('loading')}</p>;
  const current = resolveArticle(view.page.articles, route.articleId);
  const { page } = view;

  // Arrow keys move between entries; the links themselves stay in the tab order.
  const onKeyDown = (e: KeyboardEvent<HTMLOListElement>) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const links = [...e.currentTarget.querySelectorAll<HTMLAnchorElement>('a.contents-link')];
    const i = links.indexOf(document.activeElement as HTMLAnchorElement);
    const next = links[Math.max(0, Math.min(links.length - 1, i + (e.key === 'ArrowDown' ? 1 : -1)))];
    if (next) {
      e.preventDefault();
      next.focus();
    }
  };

  return (
    <nav className="contents" data-testid="contents" aria-label={t('contentsLabel')}>
      <h2 className="pane-title">
        {t('contents')} <span className="pane-subtitle">{display(view.title)}</span>
      </h2>
      <ol onKeyDown={onKeyDown}>
        {page.articles.slice(0, shown).map((article, index) => (
          <Entry key={article.id} view={view} article={article} index={index} current={current} {...(onOpen ? { onOpen } : {})} />
        ))}
      </ol>
    </nav>
  );
}

interface EntryProps {
  view: PageView;
  article: Article;
  index: number;
  /** The article open in the reader. */
  current: Article | undefined;
  onOpen?: () => void;
}

/**
 * One entry of the contents. An entry off screen (its content skipped by `content-visibility`)
 * follows a script switch in a render right after the click's, not in it, so a long page's
 * hundreds of entries don't weigh on the switch; the entries on screen switch at once.
 */
function Entry(props: EntryProps) {
  const live = useScript();
  const later = useDeferredValue(live);
  const [offscreen, setOffscreen] = useState(false);
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    const li = ref.current;
    if (!li) return;
    // Not in TypeScript's event map yet; the event is a ContentVisibilityAutoStateChangeEvent.
    const onChange = (e: Event) => setOffscreen((e as ContentVisibilityAutoStateChangeEvent).skipped);
    li.addEventListener('contentvisibilityautostatechange', onChange);
    return () => li.removeEventListener('contentvisibilityautostatechange', onChange);
  }, []);
  return <EntryBody {...props} ref={ref} script={offscreen ? later : live} />;
}

/** An entry as drawn in one script: headline, byline, how many figures and stocks it cites. */
const EntryBody = memo(function EntryBody({ view, article, index, current, onOpen, script, ref }: EntryProps & { script: Script; ref: Ref<HTMLLIElement> }) {
  const t = useTIn(script);
  const display = useDisplayIn(view.sourceScript, script);
  const { page, annotations } = view;
  const title = articleTitle(page.source, article);
  const byline = articleByline(page.source, article);
  // Without a headline, its opening words name it (set apart, so they don't read as one).
  const lead = title ? '' : articleLead(page.source, article);
  const name = title || lead ? display(title || lead) : t('noHeadline');
  const figures = within(annotations.figures, article.span).length;
  const stocks = within(annotations.stocks, article.span).length;
  const isCurrent = article.id === current?.id;
  const target = { pageId: view.pageId, articleId: article.id };
  return (
    <li ref={ref} data-testid="contents-item" data-article-id={article.id} className={isCurrent ? 'current' : undefined}>
      <a
        className="contents-link"
        href={formatRoute(target)}
        aria-current={isCurrent ? 'page' : undefined}
        onClick={(e) => {
          e.preventDefault();
          navigate(target);
          onOpen?.();
        }}
      >
        <span className="contents-index">{index + 1}</span>
        <span className={title ? 'contents-title' : 'contents-title is-untitled'}>
          {article.kind === 'advert' && <span className="article-badge">{t('advert')}</span>}
          {name}
        </span>
        {byline && <span className="contents-byline">{display(byline)}</span>}
        <span className={view.annotated ? 'contents-counts' : 'contents-counts is-pending'}>
          {t('figuresCount')} {figures} · {t('stocksCount')} {stocks}
        </span>
      </a>
      {!isCurrent && current && (
        <button
          type="button"
          className="contents-compare"
          aria-label={`${t('openSideBySide')}：${name}`}
          onClick={() => navigate({ pageId: view.pageId, articleId: current.id, compareId: article.id })}
        >
          {t('compareWith')}
        </button>
      )}
    </li>
  );
});

/** Entries drawn in the first frame; a page of hundreds of articles draws the rest a frame later. */
const FIRST_FRAME = 60;

/**
 * How many entries to draw: all of them, except on a very long page (a 1 MB import has hundreds
 * of articles), where the first frame draws the top of the list and the next one the rest, so the
 * first article is on screen sooner.
 */
function useProgressive(pageId: string, total: number): number {
  const [drawnAll, setDrawnAll] = useState<string>();
  const all = total <= FIRST_FRAME || drawnAll === pageId;
  useEffect(() => {
    if (all) return;
    const frame = requestAnimationFrame(() => setTimeout(() => setDrawnAll(pageId), 0));
    return () => cancelAnimationFrame(frame);
  }, [all, pageId]);
  return all ? total : FIRST_FRAME;
}
