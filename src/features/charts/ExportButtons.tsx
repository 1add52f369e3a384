import { useState, type RefObject } from 'react';
import { download } from '../../shared/download';
import { pngBlob, svgMarkup } from './exports';

/** What the buttons say, in the display script. */
export interface ExportWords {
  /** The group's name (before the chart's title). */
  label: string;
  png: string;
  svg: string;
  csv: string;
  failed: string;
}

interface Props {
  words: ExportWords;
  title: string;
  /** The file name, without its extension. */
  name: string;
  /** The plot's frame; its `<svg>` is what the image exports serialise, under `heading`. */
  plot: RefObject<HTMLDivElement | null>;
  heading: readonly [title: string, meta: string];
  csv: () => Blob;
  /** False while nothing is drawn: the images are offered only of a drawn plot. */
  drawn?: boolean;
  className?: string;
}

/** PNG, SVG and CSV downloads of a plot, made in the browser: an article's chart or a series. */
export function ExportButtons({ words, title, name, plot, heading, csv, drawn = true, className }: Props) {
  const [failed, setFailed] = useState(false);
  const markup = () => {
    const svg = plot.current?.querySelector<SVGSVGElement>('svg.recharts-surface, svg.series-surface');
    if (!svg) throw new Error('The plot is not drawn');
    return svgMarkup(svg, heading);
  };
  const run = (make: () => Promise<Blob> | Blob, ext: string) => async () => {
    setFailed(false);
    try {
      download(await make(), `${name}.${ext}`);
    } catch {
      setFailed(true);
    }
  };
  return (
    <div className={className ? `chart-exports ${className}` : 'chart-exports'} role="group" aria-label={`${words.label}：${title}`}>
      <button type="button" disabled={!drawn} title={words.png} onClick={run(() => pngBlob(markup()), 'png')}>
        PNG
      </button>
      <button type="button" disabled={!drawn} title={words.svg} onClick={run(() => new Blob([markup()], { type: 'image/svg+xml' }), 'svg')}>
        SVG
      </button>
      <button type="button" title={words.csv} onClick={run(csv, 'csv')}>
        CSV
      </button>
      {failed && (
        <span className="chart-export-failed" role="alert">
          {words.failed}
        </span>
      )}
    </div>
  );
}
