import { Suspense, useCallback, useEffect, useState } from 'react';
import { articleName } from '../core/page';
import type { Article } from '../core/page/parsed-page';
import { navigate, useRoute } from '../shared/router';
import { Brand } from './Brand';
import { usePageView, type PageView } from '../shared/page/usePageView';
import { resolveArticle } from '../core/page/resolve-article';
import { LibraryBar } from '../features/library';
import { preloadSeriesDialog, SeriesDialog } from '../features/series';
import { useSeriesOpen } from '../shared/series-open';
import { useReadingLook } from '../features/reader';
import { prepareToggle, ScriptToggle } from '../features/script';
import { useDisplay, useScript, useT } from '../shared/script/useScript';
import { SAMPLE_PAGE_ID, useLibrary } from '../store/library';
import { onFigureActivated } from '../store/figure-focus';
import { DesktopLayout } from './DesktopLayout';
import { KeyboardHelp, KeyboardHelpButton } from './KeyboardHelp';
import { PhoneLayout } from './PhoneLayout';
import { StorageBanner } from './StorageBanner';
import { UpdatePrompt } from './UpdatePrompt';
import { focusArticle, renderPane, type PaneId } from './panes';
import { useKeyboard } from './useKeyboard';
import { PHONE_QUERY, useMediaQuery } from '../shared/useMediaQuery';
import { addWords } from '../core/ui/strings';
import { UI } from '../core/ui/strings-all';

// The features' words come with the app's chunk, before any of them draws (the first paint
// carries only the shell's: see `FIRST_PAINT_UI`).
addWords(UI);

/**
 * Composition only: which page and article are open, which layout, and the app frame. It reads
 * no script itself: a 繁 ⇄ 简 switch re-renders only the parts that show words (each subscribes
 * on its own), never the desk, so the switch costs what the text costs.
 */
export function App() {
  const route = useRoute();
  const hydrated = useLibrary((s) => s.hydrated);
  const pageId = route.pageId ?? SAMPLE_PAGE_ID;
  const view = usePageView(pageId);
  const isPhone = useMediaQuery(PHONE_QUERY);
  const [phonePane, setPhonePane] = useState<PaneId>(route.articleId ? 'reader' : 'contents');
  const article = resolveArticle(view?.page.articles ?? [], route.articleId);

  // An unknown page (deleted, or a link from another browser) falls back to the sample. The
  // sample itself is never unknown: its text is its own chunk and may arrive after the library
  // is read back, and a link into it (an article, two side by side) must survive that wait.
  useEffect(() => {
    if (hydrated && !view && route.pageId && route.pageId !== SAMPLE_PAGE_ID) navigate({ pageId: SAMPLE_PAGE_ID }, { replace: true });
  }, [hydrated, view, route.pageId]);

  const [helpOpen, setHelpOpen] = useState(false);
  const openHelp = useCallback(() => setHelpOpen(true), []);
  const closeHelp = useCallback(() => setHelpOpen(false), []);
  // The skip link: the article itself, so the next Tab is its first figure or stock.
  const skipToArticle = useCallback(() => {
    if (isPhone) setPhonePane('reader');
    requestAnimationFrame(focusArticle);
  }, [isPhone]);
  useKeyboard({ view, route, isPhone, showPane: setPhonePane, openHelp });
  useReadingLook();
  useEffect(prepareToggle, []);
  // Clicking a figure in the text brings its chart: on a phone, that means the charts pane.
  useEffect(() => onFigureActivated(() => setPhonePane('charts')), []);
  // A jump to a place in a page (a search hit, a watchlist mention) shows the reader on a phone.
  const [lastAt, setLastAt] = useState(route.at);
  if (route.at !== lastAt) {
    setLastAt(route.at);
    if (route.at !== undefined) setPhonePane('reader');
  }

  const openReader = useCallback(() => setPhonePane('reader'), []);
  const pane = useCallback((id: PaneId) => renderPane(id, { view, route, onOpenArticle: openReader }), [view, route, openReader]);

  return (
    // data-annotated and data-library say, for tests, when marks are in and the library is read back;
    // data-page-id which page they are the marks of.
    <div
      className="app"
      data-page-id={view?.pageId}
      data-annotated={view?.annotated ? 'true' : 'false'}
      data-library={hydrated ? 'ready' : 'reading'}
    >
      <DocumentTitle view={view} article={article} />
      <TopBar onSkip={skipToArticle} onHelp={openHelp} />
      <KeyboardHelp open={helpOpen} onClose={closeHelp} />
      <SeriesLayer />
      <StorageBanner />
      <UpdatePrompt />
      <main className="main" id="main" tabIndex={-1}>
        {isPhone ? <PhoneLayout active={phonePane} onSelect={setPhonePane} pane={pane} /> : <DesktopLayout pane={pane} />}
      </main>
    </div>
  );
}

/** The series view, its chunk loaded when the browser is first idle, or when a series is first opened. */
function SeriesLayer() {
  const wanted = useSeriesOpen((s) => s.shown !== undefined);
  const [loaded, setLoaded] = useState(false);
  if (wanted && !loaded) setLoaded(true);
  useEffect(() => preloadSeriesDialog(() => setLoaded(true)), []);
  return loaded ? (
    <Suspense fallback={null}>
      <SeriesDialog />
    </Suspense>
  ) : null;
}

function TopBar({ onSkip, onHelp }: { onSkip: () => void; onHelp: () => void }) {
  const t = useT();
  return (
    <header className="topbar">
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          onSkip();
        }}
      >
        {t('skipToReader')}
      </a>
      <Brand />
      <div className="topbar-actions">
        <KeyboardHelpButton onOpen={onHelp} />
        <Suspense fallback={<span className="library-bar-placeholder" />}>
          <LibraryBar />
        </Suspense>
        <ScriptToggle />
      </div>
    </header>
  );
}

/** `<html lang>` and the document title follow the script and the open article. */
function DocumentTitle({ view, article }: { view: PageView | undefined; article: Article | undefined }) {
  const t = useT();
  const script = useScript();
  const display = useDisplay(view?.sourceScript ?? 'hant');
  const name = view && article ? display(articleName(view.page.source, article)) : '';
  useEffect(() => {
    document.documentElement.lang = script === 'hans' ? 'zh-Hans' : 'zh-Hant-HK';
    document.title = name ? `${name} — ${t('appName')}` : t('appName');
  }, [script, name, t]);
  return null;
}
