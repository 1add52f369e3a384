import { lazy } from 'react';

/** The charts' public entry: the charts pane, and the add/remove-from-chart button a figure's tip shows. */
export { ChartsPane } from './ChartsPane';

/** It needs the chart model, so it is its own chunk, loaded when a figure's tip first opens. */
export const ChartToggle = lazy(() => import('./ChartToggle'));
export { ExportButtons } from './ExportButtons';
