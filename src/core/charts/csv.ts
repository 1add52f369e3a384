/** A cell a spreadsheet would read as a formula (=, +, @, a tab, or - not starting a number). */
const FORMULA = /^(?:[=+@\t\r]|-(?![\d.]))/;

/**
 * One CSV field (RFC 4180): quoted when it holds a quote, comma or line end, quotes doubled.
 * A text that would start a formula is prefixed with `'`, so opening an export never runs one.
 */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows as CSV text: CRLF line ends, as RFC 4180 and spreadsheets expect. */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Put before the text of a downloaded CSV so spreadsheets read it as UTF-8, not the system code page. */
export const CSV_BOM = '\uFEFF';
