import { useCallback } from 'react';
import type { Measure } from '../../core/facts/fact';
import { kindKey, knownSubjectName, measureKey, roleKey } from '../../core/facts/words';
import type { Series, SeriesLine, SeriesPoint } from '../../core/series';
import { useDisplay, useScript, useT } from '../../shared/script/useScript';

/**
 * A series' words in the reader's script: its subject's name, its measure, each point's kind, and
 * each line's name in the legend (a target price's line is its broker's).
 */
export function useSeriesWords(series: Pick<Series, 'subject' | 'name' | 'script'>, measure: Measure) {
  const t = useT();
  const script = useScript();
  const display = useDisplay(series.script);
  const known = knownSubjectName(series.subject);
  const subject = known ? known[script] : series.name ? display(series.name) : series.subject;
  const line = useCallback(
    (p: Pick<SeriesPoint, 'kind' | 'role'>) => [p.kind ? t(kindKey(p.kind)) : t('seValueLine'), ...(p.role !== 'actual' ? [t(roleKey(p.role))] : [])].join('・'),
    [t],
  );
  const legend = useCallback(
    (l: SeriesLine) => {
      if (!l.who && measure !== 'target-price') return line(l);
      const kind = l.kind ? [t(kindKey(l.kind))] : [];
      const role = l.role !== 'actual' ? [t(roleKey(l.role))] : [];
      return [l.who ? display(l.who) : t('seUnnamedBroker'), ...kind, ...role].join('・');
    },
    [t, line, display, measure],
  );
  return { t, script, display, subject, measure: t(measureKey(measure)), line, legend };
}
