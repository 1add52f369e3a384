import './globals';
import { renderToString } from 'react-dom/server';
import { App } from '../App';
import { asPrerendered, loadSample, SAMPLE_PAGE_ID, useLibrary } from '../../store/library';
import { useStorageStatus } from '../../store/storage-status';
import { viewport } from './globals';
import { preloadLibraryBar } from '../../features/library';
import { PREFS_SHAPE } from '../../store/shapes/prefs';
import { fullAnalysisOf } from '../../shared/page/analysis';
import { analysisElement } from './shipped';
import { MAIN_DEFAULT, MAIN_GROUP, SIDE_DEFAULT, SIDE_GROUP } from '../desk-layout';

/**
 * The first response's page, rendered at build time by the app's own components (see
 * vite.config.ts, prerender): the default page (the sample) with its contents and first
 * article, as a reader with the default settings first sees it, once laid out for a desk and
 * once for a phone (the stylesheet shows the one that fits). React escapes every text it
 * renders, so the page's text never reaches the HTML as markup.
 */
export async function prerender(): Promise<{ desk: string; phone: string; analysis: string; defaults: BootDefaults }> {
  // The top bar's library controls are in the first frame of the live app too (src/main.tsx).
  await preloadLibraryBar();
  // A server render reads a store's initial state: here, the library as read back, with the sample.
  await loadSample();
  asPrerendered();
  const sample = useLibrary.getState().sample!.source;
  // The page is parsed and annotated here, not on the phone: the markup carries the marks, and
  // the first response the parse and the annotations, to hydrate with (src/app/take-over.tsx).
  const analysis = await fullAnalysisOf(SAMPLE_PAGE_ID, sample);
  // Build-time Node has no IndexedDB: that is no problem of the reader's.
  useStorageStatus.setState({ problem: undefined });
  viewport.phone = false;
  const desk = renderToString(<App />);
  viewport.phone = true;
  const phone = renderToString(<App />);
  const { fontSize, theme, lineHeight, measure, typeface, focus } = PREFS_SHAPE.defaults;
  return {
    desk,
    phone,
    analysis: analysisElement(analysis),
    defaults: {
      prefsKey: PREFS_SHAPE.key,
      prefs: { fontSize, theme, lineHeight, measure, typeface, focus },
      layouts: { [MAIN_GROUP]: MAIN_DEFAULT, [SIDE_GROUP]: SIDE_DEFAULT },
    },
  };
}

/**
 * What the prerendered markup assumes, for public/boot.js to compare with the reader's stored
 * settings before the first paint: the reading settings that change how the page looks, and the
 * desk's pane sizes (react-resizable-panels' own keys, `react-resizable-panels:<group>`).
 */
export interface BootDefaults {
  readonly prefsKey: string;
  readonly prefs: Readonly<Record<string, string | number | boolean>>;
  readonly layouts: Readonly<Record<string, Readonly<Record<string, number>>>>;
}
