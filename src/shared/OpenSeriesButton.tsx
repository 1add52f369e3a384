import type { Measure } from '../core/facts/fact';
import { openSeries, readySeries } from './series-open';
import { useT } from './script/useScript';
import './open-series.css';

interface Props {
  subject: string;
  measure: Measure;
  /** The button's words: the long ones in a figure's tip, the short ones beside a chart or a figure in a list. */
  short?: boolean;
}

/**
 * Opens the series of a subject's measure across the library (`data-testid="open-series"`), from
 * a figure's tip, the charts pane, a stock's card or a watchlist row: below the features, so each
 * of them reaches the one button.
 */
export function OpenSeriesButton({ subject, measure, short = false }: Props) {
  const t = useT();
  return (
    <button
      type="button"
      className={short ? 'open-series is-short' : 'open-series'}
      data-testid="open-series"
      data-figure-subject={subject}
      data-figure-measure={measure}
      title={t('seOpen')}
      // The short words alone would name it "↗ 走勢": its name says what it opens.
      aria-label={short ? t('seOpen') : undefined}
      // A press inside a popover (a figure's tip, a stock's card) must not first close it.
      onPointerDown={(e) => e.stopPropagation()}
      // Made as the pointer or focus arrives, so the click only draws it.
      onPointerEnter={() => readySeries(subject, measure)}
      onFocus={() => readySeries(subject, measure)}
      onClick={(e) => {
        // Inside a figure's mark, a click would also ask for the figure's chart.
        e.stopPropagation();
        openSeries(subject, measure);
      }}
    >
      {short ? `↗ ${t('seOpenShort')}` : `↗ ${t('seOpen')}`}
    </button>
  );
}
