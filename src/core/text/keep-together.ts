import type { Span } from '../span';

/**
 * Terms a line must not break inside, though a Chinese line may break between any two Han
 * characters: a share class (`A股`, `H股`, `A+H股`, `N股`), a Latin letter glued to the Han
 * character it names. Latin words and numbers (`2.3%`, `DeepSeek`) already hold together.
 */
const TERM = /(?<![A-Za-z])[A-Z](?:\+[A-Z])?[股]/gu;

/** The code-point spans of `text` to keep on one line, in order. */
export function keepTogether(text: string): Span[] {
  const out: Span[] = [];
  let units = 0;
  let points = 0;
  for (const m of text.matchAll(TERM)) {
    // Code points up to the match: count only the stretch since the last one.
    points += [...text.slice(units, m.index)].length;
    units = m.index;
    const length = [...m[0]].length;
    out.push({ start: points, end: points + length });
  }
  return out;
}
