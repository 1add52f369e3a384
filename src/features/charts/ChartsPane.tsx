import type { Route } from '../../core/route';
import type { PageView } from '../page/usePageView';
import { useT } from '../script/useScript';

/** The charts pane. Until charts arrive it says plainly that it is empty. */
export function ChartsPane(_props: { view: PageView | undefined; route: Route }) {
  const t = useT();
  return (
    <div className="charts" data-testid="charts">
      <h2 className="pane-title">{t('charts')}</h2>
      <p className="pane-empty">{t('chartsEmpty')}</p>
    </div>
  );
}
