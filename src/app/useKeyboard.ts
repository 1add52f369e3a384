import { useEffect } from 'react';
import type { Route } from '../core/route';
import type { PageView } from '../shared/page/usePageView';
import { resolveArticle } from '../core/page/resolve-article';
import { toggleScript } from '../features/script';
import { navigate } from '../shared/router';
import { focusPane, PANES, type PaneId } from './panes';

interface Options {
  view: PageView | undefined;
  route: Route;
  isPhone: boolean;
  showPane: (id: PaneId) => void;
  openHelp: () => void;
}

function typing(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/**
 * Keyboard without a mouse: J / K next and previous article, 1–4 focus a pane, Alt+S toggles
 * the script, ? lists the shortcuts. Plain keys are ignored while typing in a field.
 */
export function useKeyboard({ view, route, isPhone, showPane, openHelp }: Options): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey && (e.key === 's' || e.key === 'S' || e.code === 'KeyS')) {
        e.preventDefault();
        void toggleScript();
        return;
      }
      if (e.altKey || e.ctrlKey || e.metaKey || typing(e.target)) return;
      if (e.key === '?') {
        e.preventDefault();
        openHelp();
        return;
      }
      const pane = PANES.find((p) => p.key === e.key);
      if (pane) {
        e.preventDefault();
        if (isPhone) showPane(pane.id);
        requestAnimationFrame(() => focusPane(pane.id));
        return;
      }
      if ((e.key === 'j' || e.key === 'k') && view) {
        const articles = view.page.articles;
        const current = resolveArticle(view?.page.articles ?? [], route.articleId);
        const i = articles.findIndex((a) => a.id === current?.id);
        const next = articles[Math.max(0, Math.min(articles.length - 1, i + (e.key === 'j' ? 1 : -1)))];
        if (next && next.id !== current?.id) {
          e.preventDefault();
          navigate({ pageId: view.pageId, articleId: next.id });
          if (isPhone) showPane('reader');
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [view, route.articleId, isPhone, showPane, openHelp]);
}
