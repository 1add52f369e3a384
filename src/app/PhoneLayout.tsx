import { useLayoutEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { useT } from '../shared/script/useScript';
import { usePaneLabel } from './PaneRegion';
import { PANES, type PaneId } from './panes';

interface Props {
  active: PaneId;
  onSelect: (id: PaneId) => void;
  pane: (id: PaneId) => ReactNode;
}

/** A phone gets one pane at a time and a tab bar at the thumb's reach to switch. */
export function PhoneLayout({ active, onSelect, pane }: Props) {
  const t = useT();
  const label = usePaneLabel(active);
  const switcherLabel = t('paneSwitcher');
  // The tab bar's height, for what sits on it (the stock card's bottom sheet); 0 while focus mode hides it.
  const tabbar = useRef<HTMLElement>(null);
  const [tabbarHeight, setTabbarHeight] = useState(0);
  useLayoutEffect(() => {
    const el = tabbar.current;
    if (!el) return;
    const measure = () => setTabbarHeight(el.getBoundingClientRect().height);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return (
    <div className="phone" style={{ '--tabbar-height': `${tabbarHeight}px` } as CSSProperties}>
      <section id={`pane-${active}`} className={`pane pane-${active}`} aria-label={label} tabIndex={-1} role="tabpanel" aria-labelledby={`tab-${active}`}>
        {pane(active)}
      </section>
      <nav ref={tabbar} className="tabbar" aria-label={switcherLabel}>
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
              {t(p.title)}
            </button>
          ))}
        </div>
      </nav>
    </div>
  );
}
