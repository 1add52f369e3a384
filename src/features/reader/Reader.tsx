import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { drawnMarks, tabStopOf, type HighlightColour, type Placed } from '../../core/highlights';
import type { Article } from '../../core/page/parsed-page';
import { holdsId, resolveArticle } from '../../core/page/resolve-article';
import { correctRoute, navigate, useCorrected, useRevealCount } from '../../shared/router';
import type { Route } from '../../core/route';
import { useLibrary } from '../../store/library';
import { FactsContext, usePageDate, usePageFacts } from '../../shared/page/facts';
import { usePageHighlights } from '../../shared/page/highlights';
import type { PageView } from '../../shared/page/usePageView';
import { useT } from '../../shared/script/useScript';
import { ArticleView } from './ArticleView';
import { FontSizeControl } from './FontSizeControl';
import { HighlightPopover } from './HighlightPopover';
import { HighlightsInText } from './highlight-ui';
import { HighlightUndoToast } from './HighlightUndoToast';
import { SelectionToolbar } from './SelectionToolbar';
import './highlights.css';
import { PageDateControl } from './PageDateControl';
import { ReadAloud } from './ReadAloud';
import type { SpeechProblem } from './read-aloud';
import { ReadingSettings } from './ReadingSettings';

interface Props {
  view: PageView | undefined;
  route: Route;
}

/** The reading pane: one article, or two side by side. */
export function Reader({ view, route }: Props) {
  const t = useT();
  const undo = useLibrary((s) => s.undoCorrection);
  const scroller = useRef<HTMLDivElement | null>(null);
  const [root, setRoot] = useState<HTMLDivElement | null>(null);
  const attachScroller = useCallback((el: HTMLDivElement | null) => {
    scroller.current = el;
    setRoot(el);
  }, []);
  const [speechProblem, setSpeechProblem] = useState<SpeechProblem | undefined>(undefined);
  const reveal = useRevealCount();
  const article = resolveArticle(view?.page.articles ?? [], route.articleId);
  const compare = route.compareId ? view?.page.articles.find((a) => a.id === route.compareId) : undefined;
  const missing = Boolean(route.articleId && article && !holdsId(article, route.articleId));
  const corrected = useCorrected();
  const pageDate = usePageDate(view?.pageId);
  const facts = usePageFacts(view, pageDate);
  const factsInView = useMemo(() => ({ facts, sourceScript: view?.sourceScript ?? 'hant' }), [facts, view?.sourceScript]);
  const highlights = usePageHighlights(view);
  const annotations = view?.annotations;
  const inText = useMemo(() => {
    const marks = annotations ? drawnMarks([...annotations.figures, ...annotations.stocks]).map((d) => d.span) : [];
    return highlights.flatMap((p): Placed<HighlightColour>[] => {
      if (!p.found.ok) return [];
      const span = p.found.data.span;
      return [{ id: p.highlight.id, colour: p.highlight.colour, span, tabAt: tabStopOf(span, marks) }];
    });
  }, [highlights, annotations]);
  const wanted = route.highlight ? highlights.find((p) => p.highlight.id === route.highlight) : undefined;
  const wantedArticle = wanted?.articleId;

  // A link to an article the page no longer has opens the first one, and the address says so.
  useEffect(() => {
    if (missing && view && article) correctRoute({ ...route, pageId: view.pageId, articleId: article.id });
  }, [missing, view, article, route]);

  // Opening another article starts at its top; a route with `at` scrolls to that place instead,
  // and again each time a link asks for that same place.
  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    if (route.at === undefined) {
      el.scrollTop = 0;
      return;
    }
    const target = findBlockAt(el, route.at);
    target?.scrollIntoView({ block: 'center' });
    return flash(target);
  }, [article?.id, route.at, reveal]);

  // A link to a highlight (the notebook, an exported note) opens the article that holds it now:
  // a split or merge may have moved it to another.
  useEffect(() => {
    if (view && wantedArticle && article && wantedArticle !== article.id) {
      navigate({ pageId: view.pageId, articleId: wantedArticle, highlight: route.highlight }, { replace: true });
    }
  }, [view, wantedArticle, article, route.highlight]);

  // ... and scrolls to it once it is marked (the highlights are read back from storage).
  const wantedShown = Boolean(wanted?.found.ok) && wantedArticle === article?.id;
  useEffect(() => {
    const el = scroller.current;
    if (!el || !route.highlight || !wantedShown) return;
    const target = el.querySelector<HTMLElement>(`[data-highlight-id="${CSS.escape(route.highlight)}"]`);
    target?.scrollIntoView({ block: 'center' });
    return flash(target);
  }, [route.highlight, wantedShown, reveal]);

  if (!view) return <p className="pane-empty">{t('loading')}</p>;
  if (!article) return <p className="pane-empty">{t('emptyPage')}</p>;
  const articles = view.page.articles;
  const isFirst = (a: Article) => articles[0]?.id === a.id;
  const corrections = view.corrections.length;

  return (
    <div className="reader" data-testid="reader" ref={attachScroller} tabIndex={-1}>
      <div className="reader-toolbar" role="toolbar" aria-label={t('readerLabel')}>
        <FontSizeControl />
        <ReadAloud key={`${view.pageId}/${article.id}`} scroller={scroller} onProblem={setSpeechProblem} />
        <ReadingSettings />
        {pageDate && <PageDateControl pageId={view.pageId} pageDate={pageDate} />}
        {corrections > 0 && (
          <button type="button" onClick={() => undo(view.pageId)} title={t('undoCorrection')}>
            ↶ {t('undo')}（{t('correctionsCount')} {corrections}）
          </button>
        )}
        {compare && (
          <button type="button" onClick={() => navigate({ pageId: view.pageId, articleId: article.id })}>
            {t('closeSideBySide')}
          </button>
        )}
      </div>
      {speechProblem && (
        <p className="notice" role="status">
          {t(speechProblem)}
        </p>
      )}
      {(missing || corrected) && (
        <p className="notice" role="status">
          {t('notFound')}
        </p>
      )}
      <FactsContext value={factsInView}>
        <HighlightsInText value={inText}>
          <div className={compare ? 'reader-columns' : 'reader-single'}>
            <ArticleView view={view} article={article} isFirst={isFirst(article)} />
            {compare && <ArticleView view={view} article={compare} isFirst={isFirst(compare)} />}
          </div>
        </HighlightsInText>
      </FactsContext>
      <SelectionToolbar view={view} root={root} />
      <HighlightPopover view={view} />
      <HighlightUndoToast />
    </div>
  );
}

/** The rendered block holding a source offset (blocks carry `data-block-id="b<start>"`). */
function findBlockAt(root: HTMLElement, at: number): HTMLElement | undefined {
  let best: HTMLElement | undefined;
  for (const el of root.querySelectorAll<HTMLElement>('[data-block-id]')) {
    const start = Number(el.dataset.blockId?.slice(1));
    if (start <= at) best = el;
    else break;
  }
  return best;
}

/**
 * Lights a place the reader was taken to for 2 s. The returned cleanup takes the light off at once:
 * a jump elsewhere before then left the class on the first place for good (two places lit, and a
 * second jump to the first one not lit again). Asked again for the same place, the light starts over:
 * the cleanup takes the class off, and the `scrollIntoView` before the class goes back on lays the
 * page out without it, so the animation restarts.
 */
function flash(target: HTMLElement | null | undefined): (() => void) | undefined {
  if (!target) return undefined;
  target.classList.add('flash');
  const timer = window.setTimeout(() => target.classList.remove('flash'), 2000);
  return () => {
    window.clearTimeout(timer);
    target.classList.remove('flash');
  };
}
