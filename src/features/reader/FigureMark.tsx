import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import type { PageFigure } from '../../core/annotate';
import { useFigureFact } from '../../shared/page/facts';
import { useLitFigure } from '../../shared/router';
import { useFigureFocus } from '../../store/figure-focus';
import './text-link.css';

/** The tip is its own chunk, with the positioning library: a page of marks costs nothing until one is shown. */
const FigureTip = lazy(() => import('./FigureTip'));

/**
 * A cited figure in the text. Hovering or focusing it shows its normalised value in the current
 * script, with a button to put it on its chart or take it off (C from the keyboard: the mark is
 * the figure's one Tab stop); the tip exists only while shown,
 * so copying the text copies the text alone. Clicking it (or Enter) brings its chart into view.
 * While a chart's bar or table row points at it, or the address names it (a series point
 * followed to its sentence), it is outlined (and AnnotatedText lights up its sentence).
 */
export function FigureMark({ figure, text }: { figure: PageFigure; text: ReactNode }) {
  // The mark the tip sits beside, kept when the pointer or focus first comes (not on every mount).
  const [mark, setMark] = useState<HTMLElement | null>(null);
  // Open while the pointer is on it, or while it has focus from the keyboard or a tap (a
  // mouse click focuses it too, but then the tip goes with the pointer).
  const [hovering, setHovering] = useState(false);
  const [focused, setFocused] = useState(false);
  const pointer = useRef('');
  const open = hovering || focused;
  const lit = useLitFigure() === figure.id;
  const hot = useFigureFocus((s) => s.hoveredIds.includes(figure.id)) || lit;
  const active = useFigureFocus((s) => s.active === figure.id);
  const hover = useFigureFocus((s) => s.hover);
  const unhover = useFigureFocus((s) => s.unhover);
  const activate = useFigureFocus((s) => s.activate);
  const tipId = `tip-${figure.id}`;
  const { fact } = useFigureFact(figure.id);

  // A mark that goes (another article, the phone switching panes) lets go of the pointer.
  useEffect(() => () => unhover(figure.id), [figure.id, unhover]);

  const classes = ['figure', figure.qualifier !== 'exact' && 'figure-approx', hot && 'is-hot', active && 'is-active'];
  return (
    <mark
      className={classes.filter(Boolean).join(' ')}
      data-figure-id={figure.id}
      data-figure-value={String(figure.value)}
      data-figure-unit={figure.unit}
      {...(figure.valueTo !== undefined ? { 'data-figure-value-to': String(figure.valueTo) } : {})}
      {...(fact ? { 'data-figure-subject': fact.subject, 'data-figure-measure': fact.measure, 'data-figure-role': fact.role } : {})}
      {...(fact?.date !== undefined ? { 'data-figure-date': fact.date } : {})}
      tabIndex={0}
      aria-describedby={open ? tipId : undefined}
      onPointerDown={(e) => (pointer.current = e.pointerType)}
      onMouseEnter={(e) => {
        setMark(e.currentTarget);
        setHovering(true);
        hover(figure.id);
      }}
      onMouseLeave={() => {
        setHovering(false);
        unhover(figure.id);
      }}
      onFocus={(e) => {
        if (e.target !== e.currentTarget) return;
        setMark(e.currentTarget);
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
        } else if ((e.key === 'c' || e.key === 'C') && !e.altKey && !e.ctrlKey && !e.metaKey) {
          // The tip's add/remove button is out of the Tab order (one stop per figure): C presses it.
          e.currentTarget.querySelector<HTMLButtonElement>('[data-testid="figure-chart-toggle"]')?.click();
        } else if (e.key === 'Escape') {
          setFocused(false);
          setHovering(false);
        }
      }}
    >
      {text}
      {open && mark && (
        <Suspense fallback={null}>
          <FigureTip figure={figure} anchor={mark} id={tipId} />
        </Suspense>
      )}
    </mark>
  );
}
