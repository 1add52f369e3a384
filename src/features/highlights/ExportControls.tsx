import { useState } from 'react';
import { highlightsMarkdown, type ExportedPage } from '../../core/highlights';
import { pageScript } from '../../core/library/page-script';
import type { Script } from '../../core/script';
import { download } from '../../shared/download';
import { pageDateOf } from '../../shared/page/facts';
import type { PageView } from '../../shared/page/usePageView';
import { convertNow, whenConverted } from '../../shared/script/converters';
import { useScript, useT } from '../../shared/script/useScript';
import { highlightsOf, useHighlights } from '../../store/highlights';
import { allPages, useLibrary } from '../../store/library';

type Scope = 'page' | 'library';

/**
 * Export as Markdown: this page's highlights, or the whole library's, in the script the reader
 * is reading in (every text is converted before the file is written, never half converted).
 */
export function ExportControls({ view }: { view: PageView | undefined }) {
  const t = useT();
  const script = useScript();
  const [scope, setScope] = useState<Scope>(view ? 'page' : 'library');
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setBusy(true);
    try {
      const { markdown, name } = await exportMarkdown(scope, view, script, t);
      download(new Blob([markdown], { type: 'text/markdown;charset=utf-8' }), name);
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="notebook-export">
      <label>
        <span className="wl-sr-only">{t('hlExportScope')}</span>
        <select data-testid="highlights-export-scope" value={scope} onChange={(e) => setScope(e.target.value as Scope)}>
          {view && <option value="page">{t('hlExportPage')}</option>}
          <option value="library">{t('hlExportLibrary')}</option>
        </select>
      </label>
      <button type="button" data-testid="highlights-export" disabled={busy} onClick={() => void run()}>
        {t('hlExport')}
      </button>
    </span>
  );
}

async function exportMarkdown(scope: Scope, view: PageView | undefined, script: Script, t: (key: 'notebookLabel' | 'hlNoteLabel' | 'hlContext' | 'hlSource' | 'hlOrphaned') => string) {
  const { highlights } = useHighlights.getState();
  const library = useLibrary.getState();
  const pages: ExportedPage[] = [];
  const scripts = new Map<string, Script>();
  for (const page of allPages(library)) {
    if (scope === 'page' && page.id !== view?.pageId) continue;
    const mine = highlightsOf(highlights, page.id);
    if (mine.length === 0) continue;
    const current = view?.pageId === page.id ? view : undefined;
    scripts.set(page.id, current?.sourceScript ?? pageScript(page.source));
    pages.push({
      pageId: page.id,
      title: page.title,
      date: pageDateOf(page, library.dates?.[page.id]).date,
      source: page.source,
      // Other pages are not parsed for an export: their links name no article, and the reader finds it.
      articles: current?.page.articles ?? [],
      highlights: mine,
    });
  }
  const words = { heading: t('notebookLabel'), note: t('hlNoteLabel'), context: t('hlContext'), source: t('hlSource'), orphaned: t('hlOrphaned') };
  // First pass: what will be shown, so every text can be converted before the file is written.
  const wanted = new Map<string, string[]>();
  highlightsMarkdown(
    pages,
    (text, pageId) => {
      (wanted.get(pageId) ?? wanted.set(pageId, []).get(pageId)!).push(text);
      return text;
    },
    words,
  );
  await Promise.all([...wanted].map(([pageId, texts]) => whenConverted(texts, scripts.get(pageId) ?? 'hant', script)));
  const markdown = highlightsMarkdown(pages, (text, pageId) => convertNow(text, scripts.get(pageId) ?? 'hant', script), words);
  const stamp = new Date().toISOString().slice(0, 10).replace(/-/g, '');
  const name = scope === 'page' && view ? `broadsheet-highlights-${view.pageId}-${stamp}.md` : `broadsheet-highlights-${stamp}.md`;
  return { markdown, name };
}
