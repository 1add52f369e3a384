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
}

void start();
