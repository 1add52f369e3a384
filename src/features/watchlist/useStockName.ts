import { useCallback } from 'react';
import type { WatchEntry } from '../../core/watchlist/watch-entry';
import { useDisplay } from '../../shared/script/useScript';

/** A watched stock's name as shown (its code where the text gave none), in the display script. */
export function useStockName(): (entry: WatchEntry) => string {
  const fromHant = useDisplay('hant');
  const fromHans = useDisplay('hans');
  return useCallback((entry: WatchEntry) => (entry.name ? (entry.script === 'hans' ? fromHans : fromHant)(entry.name) : entry.code), [fromHant, fromHans]);
}
