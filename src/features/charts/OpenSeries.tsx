import type { Measure } from '../../core/facts/fact';
import { openSeries, readySeries } from '../../shared/series-open';
import { useT } from '../../shared/script/useScript';

/**
 * From the charts pane, the series of a chart's (or a key figure's) subject and measure across
 * the library (`data-testid="open-series"`), shown by the app's series view.
 */
export function OpenSeries({ subject, measure }: { subject: string; measure: Measure }) {
  const t = useT();
  return (
    <button
      type="button"
      className="open-series"
      data-testid="open-series"
      data-figure-subject={subject}
      data-figure-measure={measure}
      title={t('seOpen')}
      // Made as the pointer or focus arrives, so the click only draws it.
      onPointerEnter={() => readySeries(subject, measure)}
      onFocus={() => readySeries(subject, measure)}
      onClick={() => openSeries(subject, measure)}
    >
      ↗ {t('seOpenShort')}
    </button>
  );
}
