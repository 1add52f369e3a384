import { useMemo } from 'react';
import { latestMovePercent, stockFigures } from '../../core/series';
import { useFigureIndex } from '../../shared/page/figure-index';

/** Each stock's latest cited move in per cent (signed), by stock key; missing where none was cited. */
export function useCitedMoves(keys: readonly string[]): ReadonlyMap<string, number> {
  const index = useFigureIndex();
  return useMemo(() => {
    const moves = new Map<string, number>();
    if (!index) return moves;
    for (const key of keys) {
      const move = latestMovePercent(stockFigures(index, key));
      if (move !== undefined) moves.set(key, move);
    }
    return moves;
  }, [index, keys]);
}

/** Keys by latest cited move, largest rise first; stocks with no cited move last, in their own order. */
export function byCitedMove(keys: readonly string[], moves: ReadonlyMap<string, number>): string[] {
  return keys
    .map((key, i) => ({ key, i, move: moves.get(key) }))
    .sort((a, b) => (a.move === undefined ? (b.move === undefined ? a.i - b.i : 1) : b.move === undefined ? -1 : b.move - a.move || a.i - b.i))
    .map((x) => x.key);
}
