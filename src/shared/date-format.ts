/**
 * A date and time as the library and the watchlist show them (`2026年12月3日 14:05`), in the
 * display script's locale. One formatter per locale, made once: building an `Intl.DateTimeFormat`
 * costs far more than formatting with it, and a restored library of 200 pages drew 200 of them
 * in one render (half a second of a restore, measured).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

export function formatDateTime(time: number, script: 'hant' | 'hans'): string {
  const locale = script === 'hans' ? 'zh-CN' : 'zh-HK';
  let format = formatters.get(locale);
  if (!format) formatters.set(locale, (format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })));
  return format.format(time);
}
