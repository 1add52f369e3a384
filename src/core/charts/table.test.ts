import { describe, expect, it } from 'vitest';
import { toCsv } from '../csv';
import type { FigureFact } from '../facts/fact';
import type { ArticleChart, ChartRow } from './article-charts';
import { chartCsvRows, chartTable, type TableStyle, type TableWords } from './table';

const HANT: TableWords = {
  item: '項目', date: '日期', value: '數值', accuracy: '準確度', source: '原文', exact: '準確', approx: '約數',
  total: '總額', rawValue: '數值（原始）', unit: '單位', subject: '主體', measure: '量度', role: '類別',
};
const HANS: TableWords = {
  item: '项目', date: '日期', value: '数值', accuracy: '准确度', source: '原文', exact: '准确', approx: '约数',
  total: '总额', rawValue: '数值（原始）', unit: '单位', subject: '主体', measure: '量度', role: '类别',
};
/** A stand-in for the display converter: enough characters for these labels. */
const toHans = (s: string) => s.replace(/億/g, '亿');

const fact = (date?: string, role: FigureFact['role'] = 'actual'): FigureFact => ({
  subject: 'openai', subjectKind: 'company', subjectName: 'OpenAI', measure: 'valuation', role, ...(date ? { date } : {}),
});
const row = (id: string, label: string, value: number, text: string, f: FigureFact, more: Partial<ChartRow> = {}): ChartRow => ({
  key: id, figureId: id, figureIds: [id], label: [label], value, qualifier: 'exact', text, role: 'point', fact: f, included: true, ...more,
});

const series: ArticleChart = {
  id: 'a2-series-f291',
  articleId: 'a2',
  kind: 'series',
  measure: 'valuation',
  subjects: ['openai'],
  unit: 'USD',
  title: ['OpenAI', { hant: '估值', hans: '估值' }],
  rows: [
    row('f291', '2024年10月', 157e9, '1570億美元', fact('2024-10')),
    row('f205', '2025年1月31日', 300e9, '近3000億美元', fact('2025-01-31', 'expected'), { qualifier: 'nearly' }),
    row('f9', '2025年2月', 1e9, '10億美元', fact('2025-02'), { included: false }),
  ],
};
const hant: TableStyle = { script: 'hant', words: HANT, display: (s) => s };
const hans: TableStyle = { script: 'hans', words: HANS, display: toHans };

describe('chart table and CSV', () => {
  it('lists every row (a series by its dates) with its hedge and source text, in Traditional', () => {
    const table = chartTable(series, hant);
    expect(table.headers).toEqual(['日期', '數值', '準確度', '原文']);
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['2024年10月', '1,570億美元', '準確', '1570億美元'],
      ['2025年1月31日', '近3,000億美元', '約數（近）', '近3000億美元'],
      ['2025年2月', '10億美元', '準確', '10億美元'],
    ]);
  });

  it('exports what the chart shows, with plain numbers and what each figure is (subject, measure, date, role), in Simplified', () => {
    const csv = toCsv(chartCsvRows(series, hans));
    expect(csv.split('\r\n')).toEqual([
      '日期,数值,准确度,原文,数值（原始）,单位,主体,量度,日期（ISO）,类别',
      '2024年10月,"1,570亿美元",准确,1570亿美元,157000000000,美元,openai,valuation,2024-10,actual',
      '2025年1月31日,"近3,000亿美元",约数（近）,近3000亿美元,300000000000,美元,openai,valuation,2025-01-31,expected',
      '',
    ]);
  });

  it('marks a parts chart’s total and quotes what needs quoting', () => {
    const whole: ArticleChart = {
      ...series,
      kind: 'parts',
      rows: [
        row('t', '收入', 1e11, '1000億美元', fact('2029'), { role: 'total' }),
        row('p', '他說"好",', 5e10, '500億美元', fact('2029'), { role: 'part' }),
      ],
    };
    const rows = chartCsvRows(whole, hant);
    expect(rows[0]?.[0]).toBe('項目');
    expect(rows[1]?.[0]).toBe('收入（總額）');
    expect(toCsv(rows)).toContain('"他說""好"","');
  });
});
