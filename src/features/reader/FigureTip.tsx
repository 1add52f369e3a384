import { Suspense } from 'react';
import type { PageFigure } from '../../core/annotate';
import { useAnchoredPopover } from '../../shared/popover';
import { useScript } from '../../shared/script/useScript';
import { ChartToggle } from '../charts';

interface Props {
  figure: PageFigure;
  /** The figure's mark: the tip sits below its line (above at the foot of the screen). */
  anchor: HTMLElement;
  id: string;
}

/**
 * A figure's tip: its value in plain words in the current script, and the button that puts it on
 * its chart or takes it off. Its own chunk with the positioning library, loaded on the first
 * hover or focus. Kept across inside the article, so a figure at a line's end doesn't reach
 * into the next pane, and narrowed (the words wrap) where the article is narrower than the tip.
 */
export default function FigureTip({ figure, anchor, id }: Props) {
  const script = useScript();
  const { attach, style } = useAnchoredPopover(anchor, { gap: 0, across: anchor.closest('.article') });
  return (
    <span className="figure-tip has-actions" ref={attach} style={style}>
      <span role="tooltip" id={id}>
        {figure.description[script]}
      </span>
      <Suspense fallback={null}>
        <ChartToggle figure={figure} />
      </Suspense>
    </span>
  );
}
