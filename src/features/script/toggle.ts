import { flushSync } from 'react-dom';
import { usePrefs } from '../../store/prefs';
import { ensureHk2s } from './converters';
import { initialScript } from './useScript';

/**
 * Switches every text on screen to the other script. The hk→cn converter is loaded first (only
 * the first time), then the switch renders synchronously so the reader's place can be restored
 * before the next paint: the paragraph at the top of the reading pane stays at the top, and a
 * selection survives.
 */
export async function toggleScript(): Promise<void> {
  const next = initialScript() === 'hant' ? 'hans' : 'hant';
  const [{ capturePlace, restorePlace }] = await Promise.all([import('./place'), next === 'hans' ? ensureHk2s() : undefined]);
  const place = capturePlace();
  flushSync(() => usePrefs.getState().setScript(next));
  restorePlace(place);
}
