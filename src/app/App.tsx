import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { articleTitle } from '../core/page';
import { navigate, useRoute } from './router';
import type { UiKey } from '../core/ui/strings';
import { usePageView } from '../features/page/usePageView';
import { resolveArticle } from '../features/reader/Reader';
import { ScriptToggle } from '../features/script/ScriptToggle';
import { prepareToggle } from '../features/script/toggle';
import { useDisplay, useScript, useT } from '../features/script/useScript';
import { SAMPLE_PAGE_ID, useLibrary } from '../store/library';
import { onFigureActivated } from '../store/figure-focus';
import { usePrefs } from '../store/prefs';
import { DesktopLayout } from './DesktopLayout';
import { PhoneLayout } from './PhoneLayout';
import { StorageBanner } from './StorageBanner';
import { PANES, renderPane, type PaneId } from './panes';
import { useKeyboard } from './useKeyboard';
import { useMediaQuery } from './useMediaQuery';

const PHONE_QUERY = '(max-width: 760px)';

/** Search, import and the library list: the top bar paints first, their code arrives after. */
const LibraryBar = lazy(() => import('../features/library/LibraryBar').then((m) => ({ default: m.LibraryBar })));

/** Composition only: which page and article are open, which layout, and the app frame. */
export function App() {
  const route = useRoute();
  const t = useT();
  const script = useScript();
  const hydrated = useLibrary((s) => s.hydrated);
  const pageId = route.pageId ?? SAMPLE_PAGE_ID;
  const view = usePageView(pageId);
  const isPhone = useMediaQuery(PHONE_QUERY);
  const [phonePane, setPhonePane] = useState<PaneId>(route.articleId ? 'reader' : 'contents');
  const fontSize = usePrefs((s) => s.fontSize);
  const display = useDisplay(view?.sourceScript ?? 'hant');
  const article = resolveArticle(view, route.articleId);

  // An unknown page (deleted, or a link from another browser) falls back to the sample.
  useEffect(() => {
    if (hydrated && !view && route.pageId) navigate({ pageId: SAMPLE_PAGE_ID }, { replace: true });
  }, [hydrated, view, route.pageId]);

  const articleName = view && article ? display(articleTitle(view.page.source, article)) : '';
  useEffect(() => {
    document.documentElement.lang = script === 'hans' ? 'zh-Hans' : 'zh-Hant-HK';
    document.title = articleName ? `${articleName} — ${t('appName')}` : t('appName');
  }, [script, articleName, t]);

  useKeyboard({ view, route, isPhone, showPane: setPhonePane });
  useEffect(prepareToggle, []);
  // Clicking a figure in the text brings its chart: on a phone, that means the charts pane.
  useEffect(() => onFigureActivated(() => setPhonePane('charts')), []);
  // A jump to a place in a page (a search hit, a watchlist mention) shows the reader on a phone.
  const [lastAt, setLastAt] = useState(route.at);
  if (route.at !== lastAt) {
    setLastAt(route.at);
    if (route.at !== undefined) setPhonePane('reader');
  }

  const labels = useMemo(() => paneText(t, 'label'), [t]);
  const titles = useMemo(() => paneText(t, 'title'), [t]);
  const pane = (id: PaneId) => renderPane(id, { view, route, onOpenArticle: () => setPhonePane('reader') }, t);

  return (
    <div className="app" data-annotated={view?.annotated ? 'true' : 'false'} style={{ '--reading-size': `${fontSize}px` } as React.CSSProperties}>
      <header className="topbar">
        <a className="skip-link" href="#main">
          {t('skipToReader')}
        </a>
        <h1 className="brand">{t('appName')}</h1>
        <span className="topbar-hint">{t('keyboardHelp')}</span>
        <div className="topbar-actions">
          <Suspense fallback={<span className="library-bar-placeholder" />}>
            <LibraryBar />
          </Suspense>
          <ScriptToggle />
        </div>
      </header>
      <StorageBanner />
      <main className="main" id="main" tabIndex={-1}>
        {isPhone ? (
          <PhoneLayout active={phonePane} onSelect={setPhonePane} pane={pane} labels={labels} titles={titles} switcherLabel={t('paneSwitcher')} />
        ) : (
          <DesktopLayout pane={pane} labels={labels} />
        )}
      </main>
    </div>
  );
}

function paneText(t: (k: UiKey) => string, field: 'label' | 'title'): Record<PaneId, string> {
  return Object.fromEntries(PANES.map((p) => [p.id, t(p[field])])) as Record<PaneId, string>;
}
