import { useRef, useState, type ChangeEvent } from 'react';
import { watchlistCsv } from '../../core/watchlist/watchlist-csv';
import { parseWatchlistFile } from '../../core/watchlist/file';
import { toJson } from '../../core/watchlist/json';
import type { ImportProblem } from '../../core/watchlist/rows';
import type { WatchEntry } from '../../core/watchlist/watch-entry';
import { useWatchlist } from '../../store/watchlist';
import { useT } from '../../shared/script/useScript';
import { downloadText, exportFileName } from './download';
import { IMPORT_PROBLEM_LABEL } from './labels';

type Report = { readonly added: number; readonly already: number; readonly problems: readonly ImportProblem[] } | 'unreadable';

/**
 * Export (CSV for spreadsheets, JSON for a full copy) and import of either. An import adds what
 * it can, skips stocks already watched, and lists every row it could not read by line number.
 */
export function WatchTransfer({ list }: { list: readonly WatchEntry[] }) {
  const t = useT();
  const [report, setReport] = useState<Report>();
  const input = useRef<HTMLInputElement>(null);

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    try {
      const result = parseWatchlistFile(file.name, await file.text());
      const counts = useWatchlist.getState().importStocks(result.stocks);
      setReport({ ...counts, problems: result.problems });
    } catch {
      setReport('unreadable');
    } finally {
      if (input.current) input.current.value = ''; // the same file can be chosen again
    }
  };

  return (
    <div className="wl-transfer" role="group" aria-label={t('wlImportTransfer')}>
      <button type="button" disabled={list.length === 0} onClick={() => downloadText(exportFileName('csv'), watchlistCsv(list), 'text/csv;charset=utf-8')}>
        {t('wlExportCsv')}
      </button>
      <button
        type="button"
        disabled={list.length === 0}
        onClick={() => downloadText(exportFileName('json'), toJson(list, Date.now()), 'application/json')}
      >
        {t('wlExportJson')}
      </button>
      <label className="wl-import">
        <input ref={input} type="file" accept=".csv,.json,text/csv,application/json" data-testid="watchlist-import" onChange={(e) => void onFile(e)} />
        <span>{t('wlImportWatchlist')}</span>
      </label>
      <div className="wl-report" role="status">
        {report && <ImportReport report={report} onDismiss={() => setReport(undefined)} />}
      </div>
    </div>
  );
}

function ImportReport({ report, onDismiss }: { report: Report; onDismiss: () => void }) {
  const t = useT();
  return (
    <div className="wl-report-body" data-testid="watchlist-import-report">
      {report === 'unreadable' ? (
        <p>{t('wlImportReadFailed')}</p>
      ) : (
        <>
          <p>
            {t('wlImportAdded')} {report.added} {t('wlWatchCount')} · {t('wlImportAlready')} {report.already} {t('wlWatchCount')}
          </p>
          {report.problems.length > 0 && (
            <>
              <p>{t('wlImportBadRows')}</p>
              <ul>
                {report.problems.map((p, i) => (
                  <li key={i} data-line={p.line}>
                    {p.line > 0 ? `${t('wlImportLine')} ${p.line} ${t('wlImportLineSuffix')}` : t('wlImportFile')}：{t(IMPORT_PROBLEM_LABEL[p.kind])}
                    {p.value ? `「${p.value}」` : ''}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      <button type="button" className="wl-icon" aria-label={t('wlCloseCard')} onClick={onDismiss}>
        ✕
      </button>
    </div>
  );
}
