import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from './app/ErrorBoundary';
import { Shell } from './app/Shell';
import { guardEarlyDrops } from './features/library';
import { ensureHk2s } from './shared/script/converters';
import { initialScript } from './shared/script/useScript';
import './styles.css';

/**
 * The reading desk is its own chunk, fetched at once, in parallel with the sample page's text:
 * the first paint (the shell) waits only for React and the shell.
 */
const App = lazy(() => import('./app/App').then((m) => ({ default: m.App })));

async function start() {
  guardEarlyDrops();
  import('./store/library')
    .then((m) => m.loadSample())
    .catch((e: unknown) => console.error('Broadsheet: the sample page could not be loaded', e));
  // A reader who chose Simplified waits the few ms for the hk→cn tables rather than see a flash of
  // Traditional.
  if (initialScript() === 'hans') await ensureHk2s().catch((e: unknown) => console.error(e));
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ErrorBoundary>
        <Suspense fallback={<Shell />}>
          <App />
        </Suspense>
      </ErrorBoundary>
    </StrictMode>,
  );
  // The service worker (offline use, updates) is no part of the first paint: registered once the
  // page has loaded and the main thread is idle.
  const later = (run: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(run, { timeout: 5000 }) : setTimeout(run, 2000));
  const register = () => later(() => void import('./app/pwa').then((m) => m.registerServiceWorker()));
  if (import.meta.env.PROD) {
    if (document.readyState === 'complete') register();
    else addEventListener('load', register, { once: true });
  }
}

void start();
