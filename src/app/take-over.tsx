import { startTransition } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { preloadLibraryBar } from '../features/library';
import { app, mount, registerServiceWorkerLater } from './start';

/**
 * Takes the prerendered page over (src/main.tsx starts here when it shows): the desk's chunk, the
 * sample and the stored library first. With the page's annotations as the build shipped them,
 * React hydrates the markup: it keeps every node, attaches to them, and lays nothing out again,
 * in slices of a transition. The library renders as the build read it (`asPrerendered`), then as
 * it is. Without those annotations (or for a text they were not made of), the app renders afresh
 * over the markup, in one commit.
 */
export async function takeOver(root: HTMLElement): Promise<void> {
  registerServiceWorkerLater();
  const [{ App: Desk }, library, { seedAnalysis }, { parsePage }, { ANALYSIS_ELEMENT_ID, readShipped }] = await Promise.all([
    import('./App'),
    import('../store/library'),
    import('../shared/page/analysis'),
    import('../core/page'),
    import('./prerender/shipped'),
  ]);
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
