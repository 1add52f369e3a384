import { useMemo } from 'react';
import type { TableStyle, TableWords } from '../../core/charts/table';
import type { Script } from '../../core/script';
import type { UiKey } from '../../core/ui/strings';
import { UI } from '../../core/ui/strings-all';
import { uiWord } from '../../core/ui/words';
import { useDisplay, useScript, useT } from '../../shared/script/useScript';

/**
 * How charts write their words now: the display script, the UI's words in it, and page text
 * (labels, titles, the figure as written) converted from the page's own script. Changes with
 * the script toggle, so every title, label and table follows it.
 */
export function useTableStyle(sourceScript: Script): TableStyle {
  const t = useT();
  const script = useScript();
  const display = useDisplay(sourceScript);
  return useMemo(() => ({ script, display, words: tableWords(t) }), [t, script, display]);
}

/**
 * The style a plot measures its labels in: the page's text and the UI's words as written. A
 * label is as wide in either script (one Han character for one), so neither the plot's geometry
 * nor anything derived from this changes with the toggle.
 */
export function measureStyle(sourceScript: Script): TableStyle {
  return { script: sourceScript, display: (text) => text, words: tableWords((key) => uiWord(UI[key], 'hant', (text) => text)) };
}

function tableWords(t: (key: UiKey) => string): TableWords {
  return {
    item: t('chartItem'),
    date: t('chartDate'),
    value: t('chartValue'),
    accuracy: t('chartAccuracy'),
    source: t('chartSource'),
    exact: t('chartExact'),
    approx: t('chartApprox'),
    total: t('chartTotal'),
    rawValue: t('chartRawValue'),
    unit: t('chartUnit'),
    subject: t('chartSubject'),
    measure: t('chartMeasure'),
    role: t('chartRole'),
  };
}
