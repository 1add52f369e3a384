import type { PageFigure } from '../../core/annotate';
import { sentenceAround, sentenceSpans } from '../../core/charts/sentences';
import type { Span } from '../../core/span';
import { useLitFigure } from '../../shared/router';
import { useFigureFocus } from '../../store/figure-focus';

/**
 * The sentence to light up in one line of text (page-source span), when the figure a chart
 * points at, or the one the address names (`Route.figure`), lies in it. Lines are sentence boundaries, so the sentence is found in the line
 * itself; conversion keeps code-point length and 。！？；, so the displayed line will do.
 * Only lines holding the hovered figure re-render when the pointer moves.
 */
export function useHotSentence(display: string, sourceStart: number, figures: readonly PageFigure[]): { figure: PageFigure; sentence: Span } | undefined {
  const end = sourceStart + [...display].length;
  const lit = useLitFigure();
  const hot = useFigureFocus((s) => figures.find((f) => (f.id === lit || s.hoveredIds.includes(f.id)) && f.span.start < end && f.span.end > sourceStart));
  if (!hot) return undefined;
  const sentence = sentenceAround(sentenceSpans(display, sourceStart), hot.span);
  return sentence ? { figure: hot, sentence } : undefined;
}
