import type { Measure } from '../../core/facts/fact';
import { openSeries, readySeries } from '../../shared/series-open';
import { useT } from '../../shared/script/useScript';

interface Props {
  subject: string;
  measure: Measure;
  /** The button's words: the long ones in a figure's tip, the short ones beside a stock's figure. */
  short?: boolean;
}

/** Opens the series of a subject's measure across the library (`data-testid="open-series"`). */
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
      aria-label={short ? t('seOpen') : undefined}
      // A press inside a popover (a figure's tip, a stock's card) must not first close it.
      onPointerDown={(e) => e.stopPropagation()}
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
