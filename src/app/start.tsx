import { lazy, startTransition, StrictMode, Suspense, useEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { ErrorBoundary } from './ErrorBoundary';
import { Shell } from './Shell';
import { preloadLibraryBar } from '../features/library';
import { ensureHk2s } from '../shared/script/converters';
import { initialScript } from '../shared/script/useScript';
import { seedAnalysis } from '../shared/page/analysis';
import { ANALYSIS_ELEMENT_ID, readShipped } from './prerender/shipped';
import { parsePage } from '../core/page';

/**
 * The reading desk is its own chunk, fetched at once, in parallel with the sample page's text:
 * the shell waits only for React and the shell. The top bar's library controls come with it, so
 * that nothing in the bar moves when they arrive.
 */
const App = lazy(() => Promise.all([import('./App'), preloadLibraryBar()]).then(([m]) => ({ default: m.App })));

/**
 * Takes the prerendered page over: the desk's chunk, the sample and the stored library first. With
 * the page's annotations as the build shipped them, React hydrates the markup: it keeps every
 * node, attaches to them, and lays nothing out again, in slices of a transition. The library
 * renders as the build read it (`asPrerendered`), then as it is. Without those annotations (or for
 * a text they were not made of), the app renders afresh over the markup, in one commit.
 */
async function takeOver(root: HTMLElement): Promise<void> {
  const [{ App: Desk }, library] = await Promise.all([import('./App'), import('../store/library')]);
  await Promise.all([library.loadSample(), library.whenHydrated(), preloadLibraryBar()]);
  const markup = root.querySelector<HTMLElement>(':scope > .prerendered');
  const source = library.useLibrary.getState().sample?.source;
  const shipped = source === undefined ? undefined : readShipped(document.getElementById(ANALYSIS_ELEMENT_ID)?.textContent, source);
  if (!markup || source === undefined || !shipped) {
    startTransition(() => mount(root, <Desk />));
    return;
  }
  seedAnalysis(library.SAMPLE_PAGE_ID, { source, page: parsePage(source), ...shipped });
  library.asPrerendered();
  // The parse above is a task of its own: hydration's slices start after it.
  await new Promise((resolve) => setTimeout(resolve));
  startTransition(() => {
    // Once hydrated, the build's markup is the live app's: it takes the pointer, and keeps no layout of its own.
    const takeMarkup = () => markup.setAttribute('class', 'live');
    hydrateRoot(markup, app(<Desk />, takeMarkup), {
      onRecoverableError: (error) => console.warn('Broadsheet: the first page did not hydrate as built; rendered afresh', error),
    });
  });
}

/**
 * Says the app is live once it has first committed (`<html data-live>`): it answers input from
 * then on (the build's markup showed before, and answered nothing).
 */
function Live({ onLive, children }: { onLive: (() => void) | undefined; children: ReactNode }) {
  useEffect(() => {
    onLive?.();
    document.documentElement.toggleAttribute('data-live', true);
  }, [onLive]);
  return children;
}

/** The app as every start renders it: strict, behind its error boundary. */
function app(children: ReactNode, onLive?: () => void): ReactNode {
  return (
    <StrictMode>
      <Live onLive={onLive}>
        <ErrorBoundary>{children}</ErrorBoundary>
      </Live>
    </StrictMode>
  );
}

function mount(root: HTMLElement, children: ReactNode): void {
  createRoot(root).render(app(children));
}

/** Renders the app: over the prerendered page if it shows (see src/main.tsx), else from its shell. */
export async function start(root: HTMLElement, prerendered: boolean): Promise<void> {
  if (prerendered) {
    await takeOver(root).catch((e: unknown) => console.error('Broadsheet: the page could not start', e));
  } else {
    import('../store/library')
      .then((m) => m.loadSample())
      .catch((e: unknown) => console.error('Broadsheet: the sample page could not be loaded', e));
    // A reader who chose Simplified waits the few ms for the hk→cn tables rather than see a flash of
    // Traditional.
    if (initialScript() === 'hans') await ensureHk2s().catch((e: unknown) => console.error(e));
    mount(
      root,
      <Suspense fallback={<Shell />}>
        <App />
      </Suspense>,
    );
  }
  // The service worker (offline use, updates) is no part of the first paint: registered once the
  // page has loaded and the main thread is idle.
  const later = (run: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(run, { timeout: 5000 }) : setTimeout(run, 2000));
  const register = () => later(() => void import('./pwa').then((m) => m.registerServiceWorker()));
  if (import.meta.env.PROD) {
    if (document.readyState === 'complete') register();
    else addEventListener('load', register, { once: true });
  }
}
