import { lazy, StrictMode, Suspense, useEffect, type ReactNode } from 'react';
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
 * Renders the app from its shell (src/main.tsx starts here when the prerendered page is not what
 * this reader sees: see public/boot.js; else it takes that page over: ./take-over).
 */
export async function start(root: HTMLElement): Promise<void> {
  registerServiceWorkerLater();
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

/**
 * Says the app is live once it has first committed (`<html data-live>`): it answers input from
 * then on (the build's markup, when it showed before, answered nothing).
 */
function Live({ onLive, children }: { onLive: (() => void) | undefined; children: ReactNode }) {
  useEffect(() => {
    onLive?.();
    document.documentElement.toggleAttribute('data-live', true);
  }, [onLive]);
  return children;
}

/** The app as every start renders it: strict, behind its error boundary; `onLive` once it has committed. */
export function app(children: ReactNode, onLive?: () => void): ReactNode {
  return (
    <StrictMode>
      <Live onLive={onLive}>
        <ErrorBoundary>{children}</ErrorBoundary>
      </Live>
    </StrictMode>
  );
}

/** Renders the app afresh into `root` (replacing whatever it holds). */
export function mount(root: HTMLElement, children: ReactNode): void {
  createRoot(root).render(app(children));
}

/**
 * The service worker (offline use, updates) is no part of the first paint: registered once the
 * page has loaded and the main thread is idle.
 */
export function registerServiceWorkerLater(): void {
  if (!import.meta.env.PROD) return;
  const later = (run: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(run, { timeout: 5000 }) : setTimeout(run, 2000));
  const register = () => later(() => void import('./pwa').then((m) => m.registerServiceWorker()));
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}
