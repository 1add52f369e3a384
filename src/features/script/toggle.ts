import { flushSync } from 'react-dom';
import { usePrefs } from '../../store/prefs';
import { ensureHk2s, nextTask, useConverters } from '../../shared/script/converters';
import { initialScript } from '../../shared/script/useScript';
import { collectFonts, glyphWarmups, type FontChars } from './warm-glyphs';

type PlaceModule = typeof import('./place');
let place: PlaceModule | undefined;
const loadPlace = () => import('./place').then((m) => (place = m));

/**
 * Switches every text on screen to the other script. What the switch needs (the hk→cn tables,
 * the place keeper) is loaded the first time; after that the whole switch runs synchronously
 * inside the click, so it paints in the next frame. The render is synchronous (flushSync), so a
 * selection is restored in the click and the reading pane's scroll at the start of that frame,
 * before it paints: the paragraph at the top of the pane stays at the top. Marks
 * `broadsheet:toggle:*` in the performance timeline say where the time went.
 */
export function toggleScript(): Promise<void> | void {
  performance.mark('broadsheet:toggle:start');
  const next = initialScript() === 'hant' ? 'hans' : 'hant';
  const ready = place && (next === 'hant' || useConverters.getState().hk2s);
  if (ready) return apply(next, place!);
  // While the tables download, a task of its own reads which characters the screen shows in
  // which fonts; once they are here, those glyphs of the Simplified faces are readied in tasks
  // of about 12 ms, and the render has the last task. (Clicked twice meanwhile, both calls
  // switch to the same script.)
  const fonts = next === 'hans' ? nextTask().then(fontsOnScreen) : undefined;
  return Promise.all([loadPlace(), next === 'hans' ? ensureHk2s() : undefined, fonts]).then(async ([m, convert, shown]) => {
    await nextTask();
    if (convert && shown) await runInTasks(glyphWarmups(shown, convert, 'zh-Hans'));
    await nextTask();
    performance.measure('broadsheet:toggle:load', 'broadsheet:toggle:start');
    apply(next, m);
  });
}

function fontsOnScreen(): FontChars[] {
  const root = document.getElementById('root');
  return root ? collectFonts(root) : [];
}

/** Runs the pieces in as few tasks as keep each under `budget` ms (a piece is never split). */
async function runInTasks(work: ReadonlyArray<() => void>, budget = 12): Promise<void> {
  let next = 0;
  while (next < work.length) {
    await nextTask();
    const start = performance.now();
    do work[next++]!();
    while (next < work.length && performance.now() - start < budget);
  }
}

function apply(next: 'hant' | 'hans', { capturePlace, restoreScroll, restoreSelection }: PlaceModule): void {
  const before = capturePlace();
  performance.mark('broadsheet:toggle:render');
  flushSync(() => usePrefs.getState().setScript(next));
  performance.measure('broadsheet:toggle:render', 'broadsheet:toggle:render');
  restoreSelection(before);
  // The scroll at the start of the next frame, before it paints: the new text is laid out
  // there, in the frame's own task, so the click's task carries the render alone.
  requestAnimationFrame(() => restoreScroll(before));
}

/** How long the reader has been on the page before the first toggle is prepared for. */
const PREPARE_AFTER_MS = 4000;

/**
 * Once the reader has been on the page a few seconds and the browser is idle, gets ready for a
 * first toggle: the place keeper and, when the screen is in Traditional, the hk→cn tables (24 kB
 * gzipped; the small direction) and the Simplified faces' glyphs for the characters on screen
 * (see `glyphWarmups`). The wait keeps this guesswork (about 200 ms of work) out of the start,
 * where the first article, its marks and its charts are still being drawn; a toggle before then
 * loads what it needs itself (the cold path, under 150 ms). The large cn→hk tables are never
 * fetched ahead: they build in a worker on demand. Marks `broadsheet:toggle:prepared` when done.
 */
export function prepareToggle(): () => void {
  const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 200));
  const cancelIdle = window.cancelIdleCallback ?? window.clearTimeout;
  const prepared = () => performance.mark('broadsheet:toggle:prepared');
  let idleId: number | undefined;
  const timer = window.setTimeout(() => {
    idleId = idle(
      () => {
        void loadPlace();
        if (initialScript() !== 'hant') {
          prepared();
          return;
        }
        ensureHk2s().then(
          (convert) => {
            const later = (work: () => void) => idle(work, { timeout: 5000 });
            later(() => {
              if (initialScript() !== 'hant') {
                prepared();
                return;
              }
              const pieces = glyphWarmups(fontsOnScreen(), convert, 'zh-Hans');
              pieces.forEach((piece) => later(piece));
              later(prepared); // idle callbacks run in the order asked
            });
          },
          () => undefined,
        );
      },
      { timeout: 3000 },
    );
  }, PREPARE_AFTER_MS);
  return () => {
    window.clearTimeout(timer);
    if (idleId !== undefined) cancelIdle(idleId);
  };
}
