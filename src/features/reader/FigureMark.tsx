import { useState } from 'react';
import type { PageFigure } from '../../core/annotate';
import { useScript } from '../script/useScript';

/**
 * A cited figure in the text. Hovering or focusing it shows its normalised value in the current
 * script; the tip exists only while shown, so copying the text copies the text alone.
 */
export function FigureMark({ figure, text }: { figure: PageFigure; text: string }) {
  const script = useScript();
  const [open, setOpen] = useState(false);
  const tipId = `tip-${figure.id}`;
  return (
    <mark
      className={`figure${figure.qualifier !== 'exact' ? ' figure-approx' : ''}`}
      data-figure-id={figure.id}
      data-figure-value={String(figure.value)}
      data-figure-unit={figure.unit}
      {...(figure.valueTo !== undefined ? { 'data-figure-value-to': String(figure.valueTo) } : {})}
      tabIndex={0}
      aria-describedby={open ? tipId : undefined}
      onMouseEnter={() => setOpen(true)}
      onMouseLeave={() => setOpen(false)}
      onFocus={() => setOpen(true)}
      onBlur={() => setOpen(false)}
    >
      {text}
      {open && (
        <span role="tooltip" id={tipId} className="figure-tip">
          {figure.description[script]}
        </span>
      )}
    </mark>
  );
}
