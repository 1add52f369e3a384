import { dateWords } from '../../core/facts/words';
import { pointAmount, stockFigures, type CitedFigure } from '../../core/series';
import { useMemo } from 'react';
import { useFigureIndex } from '../../shared/page/figure-index';
import { useDisplay, useScript, useT } from '../../shared/script/useScript';
import { findPage, useLibrary } from '../../store/library';
import type { UiKey } from '../../core/ui/strings';
import { goToSource } from './go-to-source';
import { OpenSeriesButton } from '../../shared/OpenSeriesButton';
import './series.css';

/**
 * What the library's pages said about a stock (`data-testid="stock-figures"`): the latest cited
 * price and move, target prices by broker, results by period. Each says where and when it was
 * cited, a link to its sentence, with its series beside it; none of it is a quote.
 */
export function StockFigures({ subject, compact = false }: { subject: string; compact?: boolean }) {
  const t = useT();
  const index = useFigureIndex();
  const figures = useMemo(() => (index ? stockFigures(index, subject) : undefined), [index, subject]);
  if (!figures) return null;
  const rows: { label: UiKey; figure: CitedFigure }[] = [
    ...(figures.price ? [{ label: 'seCitedPrice' as const, figure: figures.price }] : []),
    ...(figures.move ? [{ label: 'seCitedMove' as const, figure: figures.move }] : []),
    ...figures.targets.map((figure) => ({ label: 'seTargets' as const, figure })),
    ...(compact ? [] : figures.results.map((figure) => ({ label: 'seResults' as const, figure }))),
  ];
  // A watchlist row has no room to say there is nothing: the card says so.
  if (compact && rows.length === 0) return null;
  return (
    <span className={compact ? 'stock-figures is-compact' : 'stock-figures'} data-testid="stock-figures" role="group" aria-label={t('seStockFigures')}>
      <span className="stock-figures-head">
        {t('seStockFigures')}
        <span className="stock-figures-note">（{t('seStockFiguresNote')}）</span>
      </span>
      {rows.length === 0 ? (
        <span className="stock-figures-none">{t('seNoStockFigures')}</span>
      ) : (
        rows.map(({ label, figure }) => <Entry key={`${figure.measure}-${figure.point.id}`} subject={subject} label={label} figure={figure} />)
      )}
    </span>
  );
}

function Entry({ subject, label, figure }: { subject: string; label: UiKey; figure: CitedFigure }) {
  const t = useT();
  const script = useScript();
  const { point, measure } = figure;
  const display = useDisplay(point.script);
  const source = point.sources.at(-1)!;
  const title = useLibrary((s) => findPage(s, source.pageId)?.title ?? source.pageId);
  const what =
    label === 'seTargets'
      ? `${t('seTargets')}（${point.who ? display(point.who) : t('seUnnamedBroker')}）`
      : label === 'seResults'
        ? `${t(measure === 'revenue' ? 'measureRevenue' : 'measureProfit')}（${dateWords(point.date)[script]}）`
        : t(label);
  return (
    <span
      className="stock-figure"
      data-testid="stock-figure"
      data-figure-subject={subject}
      data-figure-measure={measure}
      data-figure-value={String(point.value)}
      data-figure-unit={point.unit}
      data-figure-date={point.date}
      data-page-id={source.pageId}
    >
      <span className="stock-figure-what">{what}</span>
      <b className="stock-figure-value">{pointAmount(point, script, measure)}</b>
      <button type="button" className="stock-figure-where" title={t('seGoToSentence')} onPointerDown={(e) => e.stopPropagation()} onClick={() => goToSource(source)}>
        {t('seCitedOn')}
        {dateWords(source.pageDate)[script]}《{display(title)}》
      </button>
      <OpenSeriesButton subject={subject} measure={measure} short />
    </span>
  );
}
