import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ErrorBoundary } from './app/ErrorBoundary';
import { ensureHk2s } from './features/script/converters';
import { initialScript } from './features/script/useScript';
import { loadSample } from './store/library';
import './styles.css';

async function start() {
  // The sample's text is its own chunk: the frame paints while it arrives.
  loadSample().catch((e: unknown) => console.error('Broadsheet: the sample page could not be loaded', e));
  // A reader who chose Simplified waits the few ms for the hk→cn tables rather than see a flash of
  // Traditional.
  if (initialScript() === 'hans') await ensureHk2s().catch((e: unknown) => console.error(e));
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ErrorBoundary>
        <App />
      </ErrorBoundary>
    </StrictMode>,
  );
}

void start();
