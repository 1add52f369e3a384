import { describe, expect, it } from 'vitest';
import { toCsv } from '../csv';
import type { ArticleChart } from './article-charts';
import { chartCsvRows, chartTable, type TableStyle, type TableWords } from './table';

const HANT: TableWords = {
  item: '項目', date: '日期', value: '數值', accuracy: '準確度', source: '原文', exact: '準確', approx: '約數',
  latest: '最新', total: '總額', rawValue: '數值（原始）', unit: '單位',
};
const HANS: TableWords = {
  item: '项目', date: '日期', value: '数值', accuracy: '准确度', source: '原文', exact: '准确', approx: '约数',
  latest: '最新', total: '总额', rawValue: '数值（原始）', unit: '单位',
};
/** A stand-in for the display converter: enough characters for these labels. */
const toHans = (s: string) => s.replace(/億/g, '亿');

const timeline: ArticleChart = {
  id: 'a2-timeline-f291',
  articleId: 'a2',
  kind: 'timeline',
  unit: 'USD',
  title: '估值',
  rows: [
    { key: 'f291', figureId: 'f291', label: '估值', value: 157e9, qualifier: 'exact', date: '2024-10', text: '1570億美元', role: 'point', included: true },
    { key: 'f205', figureId: 'f205', label: '公司估值', value: 300e9, qualifier: 'nearly', text: '近3000億美元', role: 'point', included: true },
    { key: 'f9', figureId: 'f9', label: '舊估值', value: 1e9, qualifier: 'exact', text: '10億美元', role: 'point', included: false },
  ],
};
const hant: TableStyle = { script: 'hant', words: HANT, display: (s) => s };
const hans: TableStyle = { script: 'hans', words: HANS, display: toHans };

describe('chart table and CSV', () => {
  it('lists every row with its date, hedge and source text, in Traditional', () => {
    const table = chartTable(timeline, hant);
    expect(table.headers).toEqual(['項目', '日期', '數值', '準確度', '原文']);
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['估值', '2024-10', '1,570億美元', '準確', '1570億美元'],
      ['公司估值', '最新', '近3,000億美元', '約數（近）', '近3000億美元'],
      ['舊估值', '最新', '10億美元', '準確', '10億美元'],
    ]);
  });

  it('exports what the chart shows, with plain numbers, in Simplified', () => {
    const csv = toCsv(chartCsvRows(timeline, hans));
    expect(csv.split('\r\n')).toEqual([
      '项目,日期,数值,准确度,原文,数值（原始）,单位',
      '估值,2024-10,"1,570亿美元",准确,1570亿美元,157000000000,美元',
      '公司估值,最新,"近3,000亿美元",约数（近）,近3000亿美元,300000000000,美元',
      '',
    ]);
  });

  it('marks a part-of-whole total and leaves the date column to timelines', () => {
    const whole: ArticleChart = {
      ...timeline,
      kind: 'partOfWhole',
      rows: [
        { key: 't', figureId: 't', label: '收入', value: 1e11, qualifier: 'exact', date: '2029', text: '1000億美元', role: 'total', included: true },
        { key: 'p', figureId: 'p', label: '他說"好",', value: 5e10, qualifier: 'exact', text: '500億美元', role: 'part', included: true },
      ],
    };
    const rows = chartCsvRows(whole, hant);
    expect(rows[0]).not.toContain('日期');
    expect(rows[1]?.[0]).toBe('收入（總額）');
    expect(toCsv(rows)).toContain('"他說""好"","');
  });
});
