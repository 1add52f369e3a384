import type { ReactNode } from 'react';
import { PANES, type PaneId } from './panes';

interface Props {
  active: PaneId;
  onSelect: (id: PaneId) => void;
  pane: (id: PaneId) => ReactNode;
  labels: Record<PaneId, string>;
  titles: Record<PaneId, string>;
  switcherLabel: string;
}

/** A phone gets one pane at a time and a tab bar at the thumb's reach to switch. */
export function PhoneLayout({ active, onSelect, pane, labels, titles, switcherLabel }: Props) {
  return (
    <div className="phone">
      <section id={`pane-${active}`} className={`pane pane-${active}`} aria-label={labels[active]} tabIndex={-1} role="tabpanel" aria-labelledby={`tab-${active}`}>
        {pane(active)}
      </section>
      <nav className="tabbar" aria-label={switcherLabel}>
        <div role="tablist" aria-label={switcherLabel}>
          {PANES.map((p) => (
            <button
              key={p.id}
              id={`tab-${p.id}`}
              type="button"
              role="tab"
              aria-selected={p.id === active}
              aria-controls={p.id === active ? `pane-${p.id}` : undefined}
              onClick={() => onSelect(p.id)}
            >
              {titles[p.id]}
            </button>
          ))}
        </div>
      </nav>
    </div>
  );
}
