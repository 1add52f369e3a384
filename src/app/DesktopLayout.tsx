import { lazy, Suspense, type ReactNode } from 'react';
import { ErrorBoundary } from './ErrorBoundary';
import { MAIN_DEFAULT, MAIN_GROUP, savedLayout, SIDE_DEFAULT, SIDE_GROUP } from './desk-layout';
import type { PaneId } from './panes';

export interface DeskProps {
  pane: (id: PaneId) => ReactNode;
  labels: Record<PaneId, string>;
}

const ResizableDesk = lazy(() => import('./ResizableDesk'));

export function PaneRegion({ id, label, children }: { id: PaneId; label: string; children: ReactNode }) {
  return (
    <section id={`pane-${id}`} className={`pane pane-${id}`} aria-label={label} tabIndex={-1}>
      {children}
    </section>
  );
}

/**
 * Contents | reader | side panes (charts over watchlist). The first paint is a static layout at
 * the remembered sizes; the resizable one (react-resizable-panels, 18 kB gzipped) takes over as
 * soon as its chunk arrives, so the library doesn't weigh on first paint.
 */
export function DesktopLayout(props: DeskProps) {
  // If the chunk can't load (offline after an update, say), the static desk stays: all panes
  // work, only resizing is missing.
  const staticDesk = <StaticDesk {...props} />;
  return (
    <ErrorBoundary fallback={staticDesk}>
      <Suspense fallback={staticDesk}>
        <ResizableDesk {...props} />
      </Suspense>
    </ErrorBoundary>
  );
}

function StaticDesk({ pane, labels }: DeskProps) {
  const main = savedLayout(MAIN_GROUP, MAIN_DEFAULT);
  const side = savedLayout(SIDE_GROUP, SIDE_DEFAULT);
  const region = (id: PaneId) => <PaneRegion id={id} label={labels[id]}>{pane(id)}</PaneRegion>;
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
      </div>
    </div>
  );
}
