import { useT } from '../shared/script/useScript';
import { Brand } from './Brand';

/**
 * The first paint: the desk's frame with its pane titles, in the reader's script, while the
 * reading code and the page arrive. Pure layout, no logic: it keeps the JavaScript that the first
 * paint waits for to React and a few words. On a phone only the contents pane's frame shows.
 */
export function Shell() {
  const t = useT();
  const pane = (title: string, extra = '') => (
    <section className={`pane shell-pane ${extra}`} aria-busy="true" aria-label={title}>
      <h2 className="pane-title">{title}</h2>
      <p className="pane-empty">{t('loading')}</p>
    </section>
  );
  return (
    <div className="app">
      <header className="topbar">
        <Brand />
      </header>
      <main className="main shell">
        {pane(t('contents'))}
        {pane(t('reader'), 'shell-wide')}
        {pane(t('charts'))}
      </main>
    </div>
  );
}
