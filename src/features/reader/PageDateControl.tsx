import { isDayIso } from '../../core/facts/page-date';
import type { PageDate } from '../../shared/page/facts';
import { useT } from '../../shared/script/useScript';
import { useLibrary } from '../../store/library';

interface Props {
  pageId: string;
  pageDate: PageDate;
}

/**
 * The page's date, which the figures' relative dates (昨日, 上周五, 第四季) are read against: its
 * own text's, else its import's, and the reader can set it (kept with the library).
 */
export function PageDateControl({ pageId, pageDate }: Props) {
  const t = useT();
  const setPageDate = useLibrary((s) => s.setPageDate);
  const from = t(pageDate.source === 'reader' ? 'pageDateFromReader' : pageDate.source === 'text' ? 'pageDateFromText' : 'pageDateFromImport');
  return (
    <span className="page-date" role="group" aria-label={t('pageDate')}>
      <label>
        <span className="page-date-label">{t('pageDate')}</span>
        <input
          type="date"
          data-testid="page-date"
          data-page-date-source={pageDate.source}
          value={pageDate.date}
          title={from}
          onChange={(e) => {
            const value = e.currentTarget.value;
            if (value === '' || isDayIso(value)) setPageDate(pageId, value || undefined);
          }}
        />
      </label>
      {pageDate.source === 'reader' && (
        <button type="button" onClick={() => setPageDate(pageId, undefined)}>
          {t('pageDateReset')}
        </button>
      )}
    </span>
  );
}
