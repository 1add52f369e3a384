import { ErrorBoundary } from './ErrorBoundary';
import { MAIN_DEFAULT, MAIN_GROUP, savedLayout, SIDE_DEFAULT, SIDE_GROUP } from './desk-layout';
import { PaneRegion, type DeskProps } from './PaneRegion';
import type { PaneId } from './panes';
import ResizableDesk from './ResizableDesk';

/**
 * Contents | reader | side panes (charts, watchlist, notebook), resizable with react-resizable-panels.
 * It comes in the reading desk's chunk (after the first-paint shell), never swapped in later: a
 * late swap would remount every pane and lose focus and open cards. Should the panes library
 * fail to render, a static desk at the remembered sizes stands in: every pane works, only
 * resizing is missing.
 */
export function DesktopLayout(props: DeskProps) {
  return (
    <ErrorBoundary fallback={<StaticDesk {...props} />}>
      <ResizableDesk {...props} />
    </ErrorBoundary>
  );
}

function StaticDesk({ pane }: DeskProps) {
  const main = savedLayout(MAIN_GROUP, MAIN_DEFAULT);
  const side = savedLayout(SIDE_GROUP, SIDE_DEFAULT);
  const region = (id: PaneId) => <PaneRegion id={id}>{pane(id)}</PaneRegion>;
  return (
    <div className="desk static-desk">
      <div style={{ flexBasis: `${main['p-contents']}%` }}>{region('contents')}</div>
      <div className="separator" />
      <div style={{ flexBasis: `${main['p-reader']}%` }}>{region('reader')}</div>
      <div className="separator" />
      <div className="static-side" style={{ flexBasis: `${main['p-side']}%` }}>
        <div style={{ flexBasis: `${side['p-charts']}%` }}>{region('charts')}</div>
        <div className="separator separator-h" />
        <div style={{ flexBasis: `${side['p-watchlist']}%` }}>{region('watchlist')}</div>
        <div className="separator separator-h" />
        <div style={{ flexBasis: `${side['p-notebook']}%` }}>{region('notebook')}</div>
      </div>
    </div>
  );
}
