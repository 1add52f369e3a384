import { memo } from 'react';
import type { Route } from '../core/route';
import type { UiKey } from '../core/ui/strings';
import { ChartsPane } from '../features/charts';
import { Contents } from '../features/contents';
import type { PageView } from '../shared/page/usePageView';
import { Reader } from '../features/reader';
import { WatchlistPane } from '../features/watchlist';
import { NotebookPane } from '../features/highlights';
import { ErrorBoundary } from './ErrorBoundary';

export type PaneId = 'contents' | 'reader' | 'charts' | 'watchlist' | 'notebook';
export const PANES: readonly { id: PaneId; title: UiKey; label: UiKey; key: string }[] = [
  { id: 'contents', title: 'contents', label: 'contentsLabel', key: '1' },
  { id: 'reader', title: 'reader', label: 'readerLabel', key: '2' },
  { id: 'charts', title: 'charts', label: 'chartsLabel', key: '3' },
  { id: 'watchlist', title: 'watchlist', label: 'watchlistLabel', key: '4' },
  { id: 'notebook', title: 'notebook', label: 'notebookLabel', key: '5' },
];

interface PaneProps {
  view: PageView | undefined;
  route: Route;
  onOpenArticle?: () => void;
}

/** What each pane shows; layouts only decide where. */
export function renderPane(id: PaneId, props: PaneProps) {
  return <PaneBody id={id} {...props} />;
}

/**
 * One pane's content. Memoised: a layout that re-renders (a pane label switching script, a
 * resize) hands it the same props, so nothing inside re-renders unless it has its own reason.
 * Each pane fails on its own.
 */
const PaneBody = memo(function PaneBody({ id, view, route, onOpenArticle }: PaneProps & { id: PaneId }) {
  const body = {
    contents: <Contents view={view} route={route} {...(onOpenArticle ? { onOpen: onOpenArticle } : {})} />,
    reader: <Reader view={view} route={route} />,
    charts: <ChartsPane view={view} route={route} />,
    watchlist: <WatchlistPane {...(onOpenArticle ? { onOpenMention: onOpenArticle } : {})} />,
    notebook: <NotebookPane view={view} {...(onOpenArticle ? { onOpen: onOpenArticle } : {})} />,
  }[id];
  return (
    <ErrorBoundary area={PANES.find((p) => p.id === id)!.title} resetKey={`${route.pageId}/${route.articleId}`}>
      {body}
    </ErrorBoundary>
  );
});

/** Focuses the article being read (the first, when two are side by side), else the reading pane. */
export function focusArticle(): void {
  const region = document.getElementById('pane-reader');
  (region?.querySelector<HTMLElement>('[data-testid="article"]') ?? region)?.focus();
}

export function focusPane(id: PaneId): void {
  const region = document.getElementById(`pane-${id}`);
  const target =
    region?.querySelector<HTMLElement>('[aria-current="page"]') ??
    region?.querySelector<HTMLElement>('a[href], button:not([disabled]), [tabindex="0"]') ??
    region;
  target?.focus();
}
