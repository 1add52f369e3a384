import type { ReactNode } from 'react';
import type { PaneId } from './panes';

export interface DeskProps {
  pane: (id: PaneId) => ReactNode;
  labels: Record<PaneId, string>;
}

/** A pane's landmark: focusable (keys 1–4), labelled, scrolling on its own. */
export function PaneRegion({ id, label, children }: { id: PaneId; label: string; children: ReactNode }) {
  return (
    <section id={`pane-${id}`} className={`pane pane-${id}`} aria-label={label} tabIndex={-1}>
      {children}
    </section>
  );
}
