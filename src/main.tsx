import { guardEarlyDrops } from './features/library';
import './styles.css';

/**
 * The entry: as little as can be. index.html carries the default page rendered at build time
 * (vite.config.ts, prerender); when it shows (public/boot.js found it is what this reader sees),
 * it paints before any of the app's script runs, and React and the desk (src/app/take-over.tsx)
 * are fetched and evaluated once that paint is on screen. Otherwise the shell renders at once, as before.
 */
guardEarlyDrops();

const root = document.getElementById('root')!;
const prerendered = root.firstElementChild?.classList.contains('prerendered') === true && document.documentElement.dataset.boot !== 'client';

const start = () =>
  (prerendered ? import('./app/take-over').then((m) => m.takeOver(root)) : import('./app/start').then((m) => m.start(root))).catch((e: unknown) =>
    console.error('Broadsheet: the app could not start', e),
  );

/**
 * Runs `start` once the first contentful paint has reached the screen (the prerendered page): the
 * app's script then never competes with that paint. A hidden tab (no paint) starts at once; a
 * browser without paint timing after the next frame; and in any case after 3 s.
 */
function afterFirstPaint(run: () => void): void {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    run();
  };
  if (document.visibilityState === 'hidden') return once();
  document.addEventListener('visibilitychange', once, { once: true });
  setTimeout(once, 3000);
  if (PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    new PerformanceObserver((list, observer) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      setTimeout(once, 0);
    }).observe({ type: 'paint', buffered: true });
  } else {
    requestAnimationFrame(() => setTimeout(once, 0));
  }
}

if (prerendered) afterFirstPaint(() => void start());
else void start();
