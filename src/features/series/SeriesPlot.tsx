import { memo, useMemo, useState, type SyntheticEvent } from 'react';
import { dateWords } from '../../core/facts/words';
import { pointAmount, seriesGeometry, seriesTick, seriesUnitName, type PlacedPoint, type Series, type SeriesPoint } from '../../core/series';
import type { Script } from '../../core/script';
import { useWidth } from '../../shared/useWidth';
import { goToSource } from './go-to-source';

const HEIGHT = 260;
const MARGIN = { top: 22, right: 20, bottom: 24, left: 64 } as const;

interface Props {
  series: Series;
  script: Script;
  /** A point's kind in words, and page text in the reader's script. */
  line: (p: SeriesPoint) => string;
  display: (text: string) => string;
  /** The plot's name for assistive technology (the table beside it lists every point). */
  label: string;
}

/**
 * The series over a time axis, drawn as plain SVG from `seriesGeometry`: one line per kind of
 * figure (closes, highs, lows, thresholds, expected and actual apart; target prices one per
 * broker), each point one circle carrying its page, date and value, one click from its page and
 * sentence. Thousands of points paint at once: a point is a single element made in one loop (no
 * component of its own), the rings around points several pages cite are one path, a point's
 * words are made only for the one under the pointer, and one listener on the plot serves them
 * all. The table below the plot is the way to each point from the keyboard.
 */
export const SeriesPlot = memo(function SeriesPlot({ series, script, line, display, label }: Props) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const [pointed, setPointed] = useState<PlacedPoint | undefined>(undefined);
  const unit = series.lines[0]?.unit ?? 'count';
  // Made once per series and width: the points keep their objects when the pointer moves.
  const g = useMemo(() => (width > 0 ? seriesGeometry(series, { width, height: HEIGHT, ...MARGIN }) : undefined), [series, width]);
  // A point's place among its siblings is its place in the geometry's points.
  const at = (e: SyntheticEvent) => {
    const el = (e.target as Element).closest('.series-point');
    return el?.parentElement ? g?.points[Array.prototype.indexOf.call(el.parentElement.children, el)] : undefined;
  };
  return (
    <div className="series-plot" ref={ref} style={{ height: HEIGHT }}>
      {g && (
        <svg
          className="series-surface"
          width={width}
          height={HEIGHT}
          viewBox={`0 0 ${width} ${HEIGHT}`}
          role="img"
          aria-label={label}
          onClick={(e) => {
            const p = at(e);
            if (p) goToSource(p.point.sources[0]!);
          }}
          onPointerOver={(e) => setPointed(at(e))}
          onPointerLeave={() => setPointed(undefined)}
        >
          <g className="series-grid">
            {g.yTicks.map((t) => (
              <line key={t.value} x1={MARGIN.left} x2={width - MARGIN.right} y1={t.y} y2={t.y} />
            ))}
          </g>
          <g className="chart-axis">
            <text className="series-unit" x={4} y={12}>
              {seriesUnitName(unit, script)}
            </text>
            {g.yTicks.map((t) => (
              <text key={t.value} x={MARGIN.left - 6} y={t.y} dy="0.32em" textAnchor="end">
                {seriesTick(t.value, unit, script)}
              </text>
            ))}
            {g.xTicks.map((t) => (
              <text key={t.date} x={t.x} y={HEIGHT - 6} textAnchor="middle">
                {t.label[script]}
              </text>
            ))}
          </g>
          {g.lines.map((l) => l.path && <path key={l.line.key} className={`series-line-path c${l.index % 5}`} d={l.path} />)}
          {g.rings && <path className="series-dot-ring" d={g.rings} />}
          <Points points={g.points} />
          {pointed && <PointTip placed={pointed} width={width} script={script} line={line} display={display} measure={series.measure} />}
        </svg>
      )}
    </div>
  );
});

/**
 * The points, by day: each a circle with its page, date and value on it, coloured by its line,
 * hollow for a threshold, high, low or target (its radius is set in CSS, one attribute fewer a
 * point). Made in one loop and drawn again only with new geometry.
 */
const Points = memo(function Points({ points }: { points: readonly PlacedPoint[] }) {
  return (
    <g className="series-points">
      {points.map(({ x, y, point, line }) => (
        <circle
          key={point.id}
          className={`series-point c${line % 5}${point.kind ? ` is-${point.kind}` : ''}`}
          data-testid="series-point"
          data-page-id={point.sources[0]!.pageId}
          data-page-ids={point.sources.length > 1 ? point.sources.map((s) => s.pageId).join(' ') : undefined}
          data-figure-date={point.date}
          data-figure-value={point.value}
          data-figure-kind={point.kind}
          cx={x}
          cy={y}
        />
      ))}
    </g>
  );
});


interface TipProps {
  placed: PlacedPoint;
  width: number;
  script: Script;
  line: (p: SeriesPoint) => string;
  display: (text: string) => string;
  measure: Series['measure'];
}

/** The words of the point under the pointer: its date, amount, kind and who set it. */
function PointTip({ placed: { x, y, point }, width, script, line, display, measure }: TipProps) {
  const words = [dateWords(point.date)[script], pointAmount(point, script, measure), line(point), point.who ? display(point.who) : ''].filter(Boolean).join(' · ');
  const left = x > width / 2;
  return (
    <text className="series-tip" x={left ? x - 10 : x + 10} y={Math.max(14, y - 10)} textAnchor={left ? 'end' : 'start'} aria-hidden="true">
      {words}
    </text>
  );
}
