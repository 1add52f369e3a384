import { lazy, Suspense, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { PageFigure } from '../../core/annotate';
import { useFigureFocus } from '../../store/figure-focus';
import { useScript } from '../../shared/script/useScript';
import '../charts/text-link.css';

/** The add/remove-from-chart button: it needs the chart model, which loads on first use. */
const ChartToggle = lazy(() => import('../charts/ChartToggle'));

/**
 * A cited figure in the text. Hovering or focusing it shows its normalised value in the current
 * script, with a button to put it on its chart or take it off; the tip exists only while shown,
 * so copying the text copies the text alone. Clicking it (or Enter) brings its chart into view.
 * While a chart's bar or table row points at it, it is outlined (and AnnotatedText lights up
 * its sentence).
 */
export function FigureMark({ figure, text }: { figure: PageFigure; text: string }) {
  const script = useScript();
  // Open while the pointer is on it, or while it has focus from the keyboard or a tap (a
  // mouse click focuses it too, but then the tip goes with the pointer).
  const [hovering, setHovering] = useState(false);
  const [focused, setFocused] = useState(false);
  const pointer = useRef('');
  const open = hovering || focused;
  const hot = useFigureFocus((s) => s.hovered === figure.id);
  const active = useFigureFocus((s) => s.active === figure.id);
  const hover = useFigureFocus((s) => s.hover);
  const unhover = useFigureFocus((s) => s.unhover);
  const activate = useFigureFocus((s) => s.activate);
  const tipId = `tip-${figure.id}`;

  // A mark that goes (another article, the phone switching panes) lets go of the pointer.
  useEffect(() => () => unhover(figure.id), [figure.id, unhover]);
  const tip = useRef<HTMLSpanElement>(null);
  // Kept inside the article, also when the chart toggle arrives and widens it.
  useLayoutEffect(() => {
    const el = tip.current;
    if (!el) return;
    keepInside(el);
    const resized = new ResizeObserver(() => keepInside(el));
    resized.observe(el);
    return () => resized.disconnect();
  }, [open]);

  const classes = ['figure', figure.qualifier !== 'exact' && 'figure-approx', hot && 'is-hot', active && 'is-active'];
  return (
    <mark
      className={classes.filter(Boolean).join(' ')}
      data-figure-id={figure.id}
      data-figure-value={String(figure.value)}
      data-figure-unit={figure.unit}
      {...(figure.valueTo !== undefined ? { 'data-figure-value-to': String(figure.valueTo) } : {})}
      tabIndex={0}
      aria-describedby={open ? tipId : undefined}
      onPointerDown={(e) => (pointer.current = e.pointerType)}
      onMouseEnter={() => {
        setHovering(true);
        hover(figure.id);
      }}
      onMouseLeave={() => {
        setHovering(false);
        unhover(figure.id);
      }}
      onFocus={(e) => {
        if (e.target !== e.currentTarget) return;
        setFocused(pointer.current === 'touch' || e.currentTarget.matches(':focus-visible'));
        hover(figure.id);
      }}
      onBlur={(e) => {
        if (e.currentTarget.contains(e.relatedTarget)) return;
        setFocused(false);
        pointer.current = '';
        unhover(figure.id);
      }}
      onClick={() => {
        // Selecting text across a figure is reading, not asking for its chart.
        if (window.getSelection()?.isCollapsed !== false) activate(figure.id);
      }}
      onKeyDown={(e) => {
        if (e.target !== e.currentTarget) return;
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          activate(figure.id);
        } else if (e.key === 'Escape') {
          setFocused(false);
          setHovering(false);
        }
      }}
    >
      {text}
      {open && (
        <span className="figure-tip has-actions" ref={tip}>
          <span role="tooltip" id={tipId}>
            {figure.description[script]}
          </span>
          <Suspense fallback={null}>
            <ChartToggle figure={figure} />
          </Suspense>
        </span>
      )}
    </mark>
  );
}

/** Moves a tip left as far as it runs past the right edge of its article (a figure at a line's end). */
function keepInside(tip: HTMLElement): void {
  const frame = tip.closest('.article')?.getBoundingClientRect();
  if (!frame) return;
  tip.style.translate = '';
  const box = tip.getBoundingClientRect();
  const overflow = Math.min(box.right - frame.right, box.left - frame.left);
  if (overflow > 0) tip.style.translate = `${-Math.round(overflow)}px 0`;
}
