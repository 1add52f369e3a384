import { lazy, startTransition, StrictMode, Suspense, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from './ErrorBoundary';
import { Shell } from './Shell';
import { preloadLibraryBar } from '../features/library';
import { ensureHk2s } from '../shared/script/converters';
import { initialScript } from '../shared/script/useScript';

/**
 * The reading desk is its own chunk, fetched at once, in parallel with the sample page's text:
 * the shell waits only for React and the shell. The top bar's library controls come with it, so
 * that nothing in the bar moves when they arrive.
 */
const App = lazy(() => Promise.all([import('./App'), preloadLibraryBar()]).then(([m]) => ({ default: m.App })));

/**
 * Takes the prerendered page over: the desk's chunk, the sample and the stored library first, so
 * that React's first commit replaces the markup with the same page, live, in one frame (nothing
 * in between: no shell, no empty panes). The render runs as a transition, in slices that leave
 * the main thread free between them.
 */
async function takeOver(root: HTMLElement): Promise<void> {
  const [{ App: Desk }, library] = await Promise.all([import('./App'), import('../store/library')]);
  await Promise.all([library.loadSample(), library.whenHydrated(), preloadLibraryBar()]);
  startTransition(() => mount(root, <Desk />));
}

/** The app as every start renders it: strict, behind its error boundary. */
function mount(root: HTMLElement, app: ReactNode): void {
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>{app}</ErrorBoundary>
    </StrictMode>,
  );
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
