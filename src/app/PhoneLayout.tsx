import { useLayoutEffect, useRef, type ReactNode } from 'react';
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
  // The tab bar's height, for what sits on it (the stock card's bottom sheet); 0 while focus mode
  // hides it. Set on the layout's element, not through state: a change re-renders nothing (the
  // first measure would re-render the whole pane in the commit that hydrates the page).
  const phone = useRef<HTMLDivElement>(null);
  const tabbar = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const el = tabbar.current;
    const layout = phone.current;
    if (!el || !layout) return;
    const measure = () => layout.style.setProperty('--tabbar-height', `${el.getBoundingClientRect().height}px`);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={phone} className="phone">
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
