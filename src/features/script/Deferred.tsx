import { useDeferredValue, type ReactNode } from 'react';
import { scriptFromLanguages, usePrefs } from '../../store/prefs';
import { DeferredScript } from './useScript';

/** Lets its children follow the script toggle one render late (see `DeferredScript`). */
export function FollowScriptLater({ children }: { children: ReactNode }) {
  const chosen = usePrefs((s) => s.script) ?? scriptFromLanguages(navigator.languages);
  const later = useDeferredValue(chosen);
  return <DeferredScript.Provider value={later}>{children}</DeferredScript.Provider>;
}
