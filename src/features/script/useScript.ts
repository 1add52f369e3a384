import { createContext, useCallback, useContext } from 'react';
import type { Script } from '../../core/script';
import { UI, type UiKey } from '../../core/ui/strings';
import { scriptFromLanguages, usePrefs } from '../../store/prefs';
import { convertNow, useConverters } from './converters';

/**
 * A part of the screen that may follow the toggle a frame late (the charts, the watchlist) gets
 * its script from this context, fed with `useDeferredValue`: the reading pane switches in the
 * click's own frame, and the heavier panes re-render right after it.
 */
export const DeferredScript = createContext<Script | undefined>(undefined);

/** The script everything on screen is shown in: the reader's choice, else the browser's languages. */
export function useScript(): Script {
  const deferred = useContext(DeferredScript);
  // Under a deferred provider, don't subscribe to the choice itself: a subscription would
  // re-render the component in the click's own frame only to render the old script again.
  const chosen = usePrefs((s) => (deferred ? undefined : s.script));
  return deferred ?? chosen ?? initialScript();
}

export function initialScript(): Script {
  return usePrefs.getState().script ?? scriptFromLanguages(typeof navigator === 'undefined' ? [] : navigator.languages);
}

/**
 * A function that shows original text (written in `sourceScript`) in the display script.
 * It always starts from the original, so switching back restores it character for character.
 */
export function useDisplay(sourceScript: Script): (original: string) => string {
  const script = useScript();
  // Re-render when a converter loads or the worker answers.
  const version = useConverters((s) => s.version);
  return useCallback(
    (original: string) => (script === sourceScript ? original : convertNow(original, sourceScript, script)),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- version invalidates the memo on purpose
    [script, sourceScript, version],
  );
}

/** The UI's own words (written once, in Traditional), in the display script. */
export function useT(): (key: UiKey) => string {
  const display = useDisplay('hant');
  return useCallback((key: UiKey) => display(UI[key]), [display]);
}
