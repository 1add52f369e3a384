import type { Span } from '../span';
import { codePointMap } from './code-points';

/**
 * Terms a line must not break inside, though a Chinese line may break between any two Han
 * characters: a share class (`A股`, `H股`, `A+H股`, `N股`), a Latin letter glued to the Han
 * character it names. Latin words and numbers (`2.3%`, `DeepSeek`) already hold together.
 */
const TERM = /(?<![A-Za-z])[A-Z](?:\+[A-Z])?[股]/gu;

/** The code-point spans of `text` to keep on one line, in order. */
export function keepTogether(text: string): Span[] {
  const map = codePointMap(text);
  return [...text.matchAll(TERM)].map((m) => ({ start: map.toCodePoint(m.index), end: map.toCodePoint(m.index + m[0].length) }));
}
