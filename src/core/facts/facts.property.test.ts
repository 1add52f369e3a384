import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotatePage } from '../annotate';
import { parsePage } from '../page';
import type { Measure } from './fact';
import { figureFacts } from './facts';
import { findTimes } from './when';

/** Pieces of financial copy: subjects, stock mentions, verbs, numbers, units, time words, punctuation, astral text. */
const PIECES = [
  '恒指', '國指', '上證指數', '道指', '金價', '美國', 'GDP', '騰訊（00700）', '美團-W（03690）', 'OpenAI', '該公司', '其中',
  '「無着陸」', '東航港股', '中國東方航空', '收報', '升', '跌', '升幅', '估值', '收入', '市值', '成交額', '目標價', '預期', '前值',
  '淨流入', '持有', '機率', '利率', '孳息', '在', '上', '等', '各自', '將', '料',
  '1', '20225', '3.5', '２８', '兩萬', '三', '億', '萬', '%', '點', '元', '美元', '港元', '股', '只', '個',
  '昨日', '本週二', '上周五', '第四季', '2024年10月', '31日', '龍年', '下月', '最新消息', '近日', '今年',
  '，', '。', '；', '（', '）', ' ', '\n', '\n\n', '𠀋', 'a',
];
const financialText = fc.array(fc.constantFrom(...PIECES), { maxLength: 50 }).map((parts) => parts.join(''));
const anyText = fc.oneof(financialText, fc.string({ unit: 'grapheme', maxLength: 80 }));
const pageDate = fc.date({ min: new Date('1990-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

const MEASURES = new Set<Measure>([
  'level', 'price', 'change', 'change-percent', 'target-price', 'turnover', 'market-cap', 'valuation', 'revenue', 'profit', 'rate', 'yield', 'flow', 'probability', 'count', 'stake', 'other',
]);
const DATE = /^\d{4}(?:-(?:\d{2}(?:-\d{2})?|Q[1-4]|H[12]|W\d{2}))?(?:\/\d{4}-\d{2}-\d{2})?$/;

describe('figureFacts on arbitrary text', () => {
  it('never throws, and every figure gets a fact with a subject, a known measure, a role and a well-formed date', () => {
    fc.assert(
      fc.property(anyText, pageDate, (text, date) => {
        const page = parsePage(text);
        const annotations = annotatePage(page);
        const facts = figureFacts(page, annotations, { pageDate: date });
        expect(facts).toHaveLength(annotations.figures.length);
        for (const fact of facts) {
          expect(fact.subject.length).toBeGreaterThan(0);
          expect(MEASURES.has(fact.measure)).toBe(true);
          expect(['actual', 'expected', 'prior']).toContain(fact.role);
          if (fact.date !== undefined) expect(fact.date).toMatch(DATE);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('reads the same facts whatever article comes before', () => {
    fc.assert(
      fc.property(financialText, pageDate, (text, date) => {
        const facts = (t: string) => {
          const page = parsePage(t);
          const a = annotatePage(page);
          return figureFacts(page, a, { pageDate: date }).map((f, i) => [a.figures[i]!.text, f.subject, f.measure]);
        };
        const alone = facts(text);
        const after = facts(`前文標題\n\n前文。\n\n${text}`);
        expect(after.slice(after.length - alone.length)).toEqual(alone);
      }),
      { numRuns: 200 },
    );
  });

  it('resolves time words to well-formed dates on any page date', () => {
    fc.assert(
      fc.property(financialText, pageDate, (text, date) => {
        for (const t of findTimes(text, date)) if (t.iso !== undefined) expect(t.iso).toMatch(DATE);
      }),
    );
  });
});
