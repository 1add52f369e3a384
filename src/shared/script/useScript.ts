import { useCallback } from 'react';
import type { Script } from '../../core/script';
import { wordOf, type UiKey } from '../../core/ui/strings';
import { uiWord } from '../../core/ui/words';
import { scriptFromLanguages, usePrefs } from '../../store/prefs';
import { conversionsFor, convertNow, useConverters } from './converters';

/**
 * The script everything on screen is shown in: the reader's choice, else the browser's languages.
 * Each component that shows words subscribes on its own, so a toggle re-renders the words and
 * not the frames around them (the plots' text is such a leaf: see `PlotText`).
 */
export function useScript(): Script {
  return usePrefs((s) => s.script) ?? initialScript();
}

export function initialScript(): Script {
  return usePrefs.getState().script ?? scriptFromLanguages(typeof navigator === 'undefined' ? [] : navigator.languages);
}

/**
 * A function that shows original text (written in `sourceScript`) in the display script.
 * It always starts from the original, so switching back restores it character for character.
 */
export function useDisplay(sourceScript: Script): (original: string) => string {
  return useDisplayIn(sourceScript, useScript());
}

/** `useDisplay` for a given display script (a view that follows the choice later: see `Contents`). */
export function useDisplayIn(sourceScript: Script, script: Script): (original: string) => string {
  // Re-render when the converter this view needs arrives or answers; a view shown in its own
  // script follows neither.
  const ready = useConverters(conversionsFor(sourceScript, script));
  return useCallback(
    (original: string) => (script === sourceScript ? original : convertNow(original, sourceScript, script)),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `ready` invalidates the memo on purpose
    [script, sourceScript, ready],
  );
}

/**
 * The UI's own words in the display script: each region's own word where they differ, else the
 * Traditional converted by characters (see `UiWord`).
 */
export function useT(): (key: UiKey) => string {
  return useTIn(useScript());
}

/** `useT` for a given display script. */
export function useTIn(script: Script): (key: UiKey) => string {
  const display = useDisplayIn('hant', script);
  return useCallback((key: UiKey) => uiWord(wordOf(key), script, display), [display, script]);
}
