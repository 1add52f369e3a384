import type { ReactNode } from 'react';
import { useT } from '../shared/script/useScript';
import { PANES, type PaneId } from './panes';

export interface DeskProps {
  pane: (id: PaneId) => ReactNode;
}

/** A pane's accessible name, in the display script. */
export function usePaneLabel(id: PaneId): string {
  const t = useT();
  return t(PANES.find((p) => p.id === id)!.label);
}

/** A pane's landmark: focusable (keys 1–4), labelled, scrolling on its own. */
export function PaneRegion({ id, children }: { id: PaneId; children: ReactNode }) {
  const label = usePaneLabel(id);
  return (
    <section id={`pane-${id}`} className={`pane pane-${id}`} aria-label={label} tabIndex={-1}>
      {children}
    </section>
  );
}
