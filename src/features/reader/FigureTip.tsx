import { Suspense } from 'react';
import type { PageFigure } from '../../core/annotate';
import { useAnchoredPopover } from '../../shared/popover';
import { useScript } from '../../shared/script/useScript';
import { FactWords } from './FactWords';
import { ChartToggle } from '../charts';
import { OpenSeriesButton } from '../../shared/OpenSeriesButton';
import { useFigureFact } from '../../shared/page/facts';

interface Props {
  figure: PageFigure;
  /** The figure's mark: the tip sits below its line (above at the foot of the screen). */
  anchor: HTMLElement;
  id: string;
}

/**
 * A figure's tip: its value in plain words in the current script, and the buttons that put it on
 * its chart or take it off, and open its series across the library. Its own chunk with the positioning library, loaded on the first
 * hover or focus. Kept across inside the article, so a figure at a line's end doesn't reach
 * into the next pane, and narrowed (the words wrap) where the article is narrower than the tip.
 */
export default function FigureTip({ figure, anchor, id }: Props) {
  const script = useScript();
  const { attach, style } = useAnchoredPopover(anchor, { gap: 0, across: anchor.closest('.article') });
  const { fact } = useFigureFact(figure.id);
  return (
    <span className="figure-tip has-actions" ref={attach} style={style}>
      <span role="tooltip" id={id}>
        {figure.description[script]}
        <FactWords figureId={figure.id} />
      </span>
      <Suspense fallback={null}>
        <ChartToggle figure={figure} />
      </Suspense>
      {fact && fact.subject !== 'unknown' && <OpenSeriesButton subject={fact.subject} measure={fact.measure} />}
    </span>
  );
}
