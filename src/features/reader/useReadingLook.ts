import { useLayoutEffect } from 'react';
import { usePrefs } from '../../store/prefs';

/**
 * The reading settings, applied to the document before it paints: the theme, typeface and focus
 * mode as `data-*` on `<html>` (the stylesheet does the rest, popovers and the page background
 * included), the size, line height and measure as custom properties the article reads.
 */
export function useReadingLook(): void {
  const theme = usePrefs((s) => s.theme);
  const typeface = usePrefs((s) => s.typeface);
  const focus = usePrefs((s) => s.focus);
  const fontSize = usePrefs((s) => s.fontSize);
  const lineHeight = usePrefs((s) => s.lineHeight);
  const measure = usePrefs((s) => s.measure);
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = theme;
    root.dataset.typeface = typeface;
    root.dataset.focus = String(focus);
    root.style.setProperty('--reading-size', `${fontSize}px`);
    root.style.setProperty('--reading-leading', String(lineHeight));
    root.style.setProperty('--reading-measure', String(measure));
  }, [theme, typeface, focus, fontSize, lineHeight, measure]);
}
