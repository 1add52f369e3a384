import { isDayIso } from '../../core/facts/page-date';
import { dateWords } from '../../core/facts/words';
import type { PageDate } from '../../shared/page/facts';
import { useScript, useT } from '../../shared/script/useScript';
import { useLibrary } from '../../store/library';

interface Props {
  pageId: string;
  pageDate: PageDate;
}

/**
 * The page's date, which the figures' relative dates (昨日, 上周五, 第四季) are read against: its
 * own text's, else its import's, and the reader can set it (kept with the library). Shown as a
 * Chinese reader writes it (2025年2月1日): the browser's date field lays its value out in the
 * browser's own locale (mm/dd/yyyy in an English one). The field lies over the words, unseen,
 * and stays the control: a click or Enter opens its calendar, typing still sets the date.
 */
export function PageDateControl({ pageId, pageDate }: Props) {
  const t = useT();
  const script = useScript();
  const setPageDate = useLibrary((s) => s.setPageDate);
  const from = t(pageDate.source === 'reader' ? 'pageDateFromReader' : pageDate.source === 'text' ? 'pageDateFromText' : 'pageDateFromImport');
  return (
    <span className="page-date" role="group" aria-label={t('pageDate')}>
      <label>
        <span className="page-date-label">{t('pageDate')}</span>
        <span className="page-date-field">
          <span className="page-date-shown" aria-hidden="true">
            {pageDate.date ? dateWords(pageDate.date)[script] : '—'}
          </span>
          <input
            type="date"
            data-testid="page-date"
            data-page-date-source={pageDate.source}
            value={pageDate.date}
            title={from}
            onClick={(e) => openPicker(e.currentTarget)}
            onKeyDown={(e) => {
              if (e.key !== 'Enter' && e.key !== ' ') return;
              e.preventDefault();
              openPicker(e.currentTarget);
            }}
            onChange={(e) => {
              const value = e.currentTarget.value;
              if (value === '' || isDayIso(value)) setPageDate(pageId, value || undefined);
            }}
          />
        </span>
      </label>
      {pageDate.source === 'reader' && (
        <button type="button" onClick={() => setPageDate(pageId, undefined)}>
          {t('pageDateReset')}
        </button>
      )}
    </span>
  );
}

/** The field's calendar, where the browser has one to show (not every browser does). */
function openPicker(input: HTMLInputElement): void {
  try {
    input.showPicker();
  } catch {
    // Not allowed here (no user gesture, a frame): the field still takes a typed date.
  }
}
