import { codePointMap } from '../text/code-points';
import { linkAliases } from './aliases';
import { readCodeMentions, type UnitMention } from './code-mentions';
import type { Span } from '../span';
import type { StockMention } from './stock-mention';

/**
 * Every stock mention in a text: the codes it writes (with the names beside them) and the other
 * places it names a company it has tied to a code. Sorted by start, non-overlapping, spans in
 * code points of `text`. Linear in the length of the text.
 *
 * @example
 * findStockMentions('心水股 阿里巴巴 (09988)。阿里巴巴大升')
 * // [{ span: { start: 4, end: 16 }, stock: { code: '09988', market: 'HK' }, name: '阿里巴巴',
 * //    codeSpan: { start: 10, end: 15 }, via: 'code' },
 * //  { span: { start: 17, end: 21 }, stock: { code: '09988', market: 'HK' }, name: '阿里巴巴', via: 'alias' }]
 */
export function findStockMentions(text: string): StockMention[] {
  const codes = readCodeMentions(text);
  const aliases = linkAliases(text, codes);
  const map = codePointMap(text);
  const cp = (start: number, end: number): Span => ({ start: map.toCodePoint(start), end: map.toCodePoint(end) });
  return merge(codes, aliases).map((m) => {
    const out: Mutable<StockMention> = { span: cp(m.start, m.end), stock: m.stock, via: m.via };
    if (m.name !== undefined) out.name = m.name;
    if (m.codeStart !== undefined && m.codeEnd !== undefined) out.codeSpan = cp(m.codeStart, m.codeEnd);
    if (m.exchange !== undefined) out.exchange = m.exchange;
    return out;
  });
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function merge(a: readonly UnitMention[], b: readonly UnitMention[]): UnitMention[] {
  const out: UnitMention[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]!.start <= b[j]!.start)) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  return out;
}
