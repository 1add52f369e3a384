import { registerSW } from 'virtual:pwa-register';
import { updateReady } from '../store/app-update';

/**
 * Registers the service worker (built by vite-plugin-pwa, see vite.config.ts) from this bundled,
 * same-origin module: no inline script, so the Content-Security-Policy stays `script-src 'self'`.
 * Loaded after the first article is on screen. A new version, once installed, waits: the reader
 * is asked (UpdatePrompt), and only on their word does it take over and the page reload, with the
 * library untouched (it lives in IndexedDB; the stores' migrations run on the new version).
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const apply = () => {
    // The waiting version takes over (skipWaiting), then this page reloads onto it.
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    void update(true);
  };
  const update = registerSW({
    immediate: true,
    onNeedRefresh: () => updateReady(apply),
    onRegisterError: (e: unknown) => console.error('Broadsheet: the service worker could not be registered', e),
  });
}
