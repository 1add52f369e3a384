import { useMemo, useState } from 'react';
import { HIGHLIGHT_COLOURS, type HighlightColour } from '../../core/highlights';
import type { UiKey } from '../../core/ui/strings';
import type { PageView } from '../../shared/page/usePageView';
import { navigate } from '../../shared/router';
import { useDisplayIn, useScript, useT } from '../../shared/script/useScript';
import { ExportControls } from './ExportControls';
import { useNotebookItems, type NotebookItem } from './notebook-items';

const COLOUR_WORD: Record<HighlightColour, UiKey> = { yellow: 'hlYellow', green: 'hlGreen', blue: 'hlBlue', pink: 'hlPink' };

interface Props {
  view: PageView | undefined;
  onOpen?: () => void;
}

/**
 * The notebook's lists: this page's highlights, then the rest of the library's; each with its
 * quote, note, article and date, and a jump to the passage. Filtered by colour and by the stock
 * a highlight mentions; a highlight whose text is gone is listed as orphaned.
 */
export default function NotebookBody({ view, onOpen }: Props) {
  const t = useT();
  const { here, elsewhere } = useNotebookItems(view);
  const [colour, setColour] = useState<HighlightColour | ''>('');
  const [stock, setStock] = useState('');
  const stocks = useMemo(() => {
    const out = new Map<string, string>();
    for (const item of [...here, ...elsewhere]) for (const [key, name] of item.stocks) if (!out.has(key)) out.set(key, name);
    return [...out];
  }, [here, elsewhere]);
  const keep = (item: NotebookItem) => (!colour || item.highlight.colour === colour) && (!stock || item.stocks.has(stock));
  const shownHere = here.filter(keep);
  const shownElsewhere = elsewhere.filter(keep);
  const open = (item: NotebookItem) => {
    navigate({ pageId: item.pageId, ...(item.articleId ? { articleId: item.articleId } : {}), highlight: item.highlight.id });
    onOpen?.();
  };

  if (here.length + elsewhere.length === 0) return <p className="pane-empty">{t('hlNone')}</p>;
  return (
    <div className="notebook-body">
      <div className="notebook-tools">
        <label>
          <span className="wl-sr-only">{t('hlColour')}</span>
          <select data-testid="notebook-colour" value={colour} onChange={(e) => setColour(e.target.value as HighlightColour | '')}>
            <option value="">{t('hlAllColours')}</option>
            {HIGHLIGHT_COLOURS.map((c) => (
              <option key={c} value={c}>
                {t(COLOUR_WORD[c])}
              </option>
            ))}
          </select>
        </label>
        {stocks.length > 0 && (
          <label>
            <span className="wl-sr-only">{t('hlStock')}</span>
            <StockSelect stocks={stocks} value={stock} onChange={setStock} sourceScript={view?.sourceScript ?? 'hant'} />
          </label>
        )}
        <ExportControls view={view} />
      </div>
      {view && (
        <section aria-label={t('hlThisPage')}>
          <h3 className="notebook-heading">
            {t('hlThisPage')}（{shownHere.length}）
          </h3>
          <ItemList items={shownHere} onOpen={open} />
        </section>
      )}
      {shownElsewhere.length > 0 && (
        <section aria-label={t('hlLibrary')}>
          <h3 className="notebook-heading">
            {t('hlLibrary')}（{shownElsewhere.length}）
          </h3>
          <ItemList items={shownElsewhere} onOpen={open} withPage />
        </section>
      )}
    </div>
  );
}

function StockSelect({ stocks, value, onChange, sourceScript }: { stocks: [string, string][]; value: string; onChange: (v: string) => void; sourceScript: 'hant' | 'hans' }) {
  const t = useT();
  const display = useDisplayIn(sourceScript, useScript());
  return (
    <select data-testid="notebook-stock" value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{t('hlAllStocks')}</option>
      {stocks.map(([key, name]) => (
        <option key={key} value={key}>
          {display(name)}
        </option>
      ))}
    </select>
  );
}

function ItemList({ items, onOpen, withPage = false }: { items: NotebookItem[]; onOpen: (item: NotebookItem) => void; withPage?: boolean }) {
  if (items.length === 0) return null;
  return (
    <ul className="notebook-list">
      {items.map((item) => (
        <Item key={item.highlight.id} item={item} onOpen={onOpen} withPage={withPage} />
      ))}
    </ul>
  );
}

function Item({ item, onOpen, withPage }: { item: NotebookItem; onOpen: (item: NotebookItem) => void; withPage: boolean }) {
  const t = useT();
  const display = useDisplayIn(item.sourceScript, useScript());
  const { highlight } = item;
  const where = [withPage ? display(item.pageTitle) : '', item.articleName ? display(item.articleName) : ''].filter(Boolean).join(' · ');
  return (
    <li className={`notebook-item hl-${highlight.colour}`} data-testid="notebook-item" data-highlight-id={highlight.id} data-orphaned={item.orphaned ? 'true' : undefined}>
      {item.orphaned ? (
        <p className="notebook-quote">
          <span className="notebook-orphaned" title={t('hlOrphanedHint')}>
            {t('hlOrphaned')}
          </span>
          {display(highlight.selector.exact)}
        </p>
      ) : (
        <button type="button" className="notebook-quote" title={t('hlJump')} onClick={() => onOpen(item)}>
          {display(highlight.selector.exact)}
        </button>
      )}
      {highlight.note && <p className="notebook-note">{highlight.note}</p>}
      <p className="notebook-meta">
        {where && <span>{where}</span>}
        <time dateTime={new Date(highlight.createdAt).toISOString()}>{new Date(highlight.createdAt).toISOString().slice(0, 10)}</time>
      </p>
    </li>
  );
}
