import { useMemo } from 'react';
import { pageScript } from '../../core/library/page-script';
import { useDisplay } from '../../shared/script/useScript';

/**
 * Shows words taken from a page (its title, a line of it) in the display script, converting
 * from the script the page is written in — a Simplified page's title is converted when the
 * reader reads Traditional, and left alone otherwise. The script is judged on the page's
 * opening (see `pageScript`): a list of 200 pages must not scan them all whole on each render.
 */
export function usePageDisplay(source: string | undefined): (original: string) => string {
  const script = useMemo(() => (source === undefined ? 'hant' : pageScript(source)), [source]);
  return useDisplay(script);
}
