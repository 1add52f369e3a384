import { useMemo } from 'react';
import type { TableStyle } from '../../core/charts/table';
import type { Script } from '../../core/script';
import { useDisplay, useScript, useT } from '../script/useScript';

/**
 * How charts write their words now: the display script, the UI's words in it, and page text
 * (labels, titles, the figure as written) converted from the page's own script. Changes with
 * the script toggle, so every title, label and table follows it.
 */
export function useTableStyle(sourceScript: Script): TableStyle {
  const t = useT();
  const script = useScript();
  const display = useDisplay(sourceScript);
  return useMemo(
    () => ({
      script,
      display,
      words: {
        item: t('chartItem'),
        date: t('chartDate'),
        value: t('chartValue'),
        accuracy: t('chartAccuracy'),
        source: t('chartSource'),
        exact: t('chartExact'),
        approx: t('chartApprox'),
        latest: t('chartLatest'),
        total: t('chartTotal'),
        rawValue: t('chartRawValue'),
        unit: t('chartUnit'),
      },
    }),
    [t, script, display],
  );
}
