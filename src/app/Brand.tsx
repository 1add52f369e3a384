import { useT } from '../shared/script/useScript';

/**
 * The app's name in the top bar: the name, then the tagline, which a phone's narrow bar drops
 * (styles.css) so that the search, the library and the script toggle always fit beside it.
 */
export function Brand() {
  const t = useT();
  const full = t('appName');
  const gap = full.indexOf(' ');
  return (
    <h1 className="brand">
      {gap < 0 ? (
        full
      ) : (
        <>
          {full.slice(0, gap)}
          <span className="brand-tagline">{full.slice(gap)}</span>
        </>
      )}
    </h1>
  );
}
