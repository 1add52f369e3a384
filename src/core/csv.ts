/**
 * CSV as RFC 4180 writes it (comma-separated, double quotes around fields that need them, quotes
 * doubled, CRLF between records), for every file the app exports or reads, with one guard
 * against formula injection.
 */

/** Put before the text of a downloaded CSV so spreadsheets read it as UTF-8, not the system code page. */
export const CSV_BOM = '\uFEFF';

/** The characters a spreadsheet starts a formula with: =, +, -, @, a tab, a carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;
/**
 * A number as a spreadsheet reads it (-1.5, +3, -.5, 1,234, 2e9, -6.46%): data, never a formula,
 * and written as it is. Only a whole field counts: `-1+1` or `-2+3+cmd|' /C calc'!A0` do not.
 */
const NUMBER = /^[+-]?(?:\d[\d,]*(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?%?$/;

function startsFormula(value: string): boolean {
  return FORMULA_START.test(value) && !NUMBER.test(value);
}

/**
 * A text a spreadsheet would run as a formula gets a leading `'`, the spreadsheet convention for
 * "this is text"; a negative number stays a number. Leading `'`s already there are looked past,
 * and one more is added, so {@link unguardFormula} undoes exactly what this did.
 *
 * @example
 * guardFormula('=HYPERLINK("x")') // `'=HYPERLINK("x")`
 * guardFormula('-cmd') // "'-cmd"
 * guardFormula('-1.5') // '-1.5'
 */
export function guardFormula(value: string): string {
  return startsFormula(value.replace(/^'+/, '')) ? `'${value}` : value;
}

/** Undoes {@link guardFormula}: a field read back from a file is the text that was written. */
export function unguardFormula(value: string): string {
  return value.startsWith("'") && startsFormula(value.replace(/^'+/, '')) ? value.slice(1) : value;
}

/**
 * One CSV field: guarded against formulas, quoted when it holds a quote, comma or line end or
 * has spaces around it (which readers trim from unquoted fields). A number is written as
 * JavaScript writes it; a number that is not finite is an empty field.
 */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = guardFormula(value);
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows as CSV text: CRLF line ends and a final CRLF, as RFC 4180 and spreadsheets expect. */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export interface CsvRecord {
  /** 1-based line where the record starts (a quoted field may run over several lines). */
  readonly line: number;
  readonly cells: string[];
}

/**
 * Splits CSV text into records on CRLF, LF or CR; blank lines are skipped. A quote left open
 * ends the reading: the records before it are kept and `unclosedQuoteLine` says where it opened.
 */
export function csvRecords(text: string): { records: CsvRecord[]; unclosedQuoteLine?: number } {
  const records: CsvRecord[] = [];
  let line = 1;
  let start = 1;
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  const endRecord = () => {
    cells.push(cell);
    if (cells.some((x) => x.trim() !== '')) records.push({ line: start, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const lineBreak = c === '\n' || (c === '\r' && text[i + 1] !== '\n');
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else if (lineBreak) endRecord();
    else if (c !== '\r') cell += c;
    if (lineBreak) {
      line++;
      if (!quoted) start = line;
    }
  }
  if (quoted) return { records, unclosedQuoteLine: start };
  endRecord();
  return { records };
}
