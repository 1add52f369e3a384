import { describe, expect, it } from 'vitest';
import { findTimes, pageDateFromText, previousPeriod } from './when';

describe('time words resolved against the page date', () => {
  it.each<[string, string, string | undefined]>([
    ['2024年10月', '2025-02-01', '2024-10'],
    ['2025年2月1日', '2025-03-01', '2025-02-01'],
    ['2029財年', '2025-02-01', '2029'],
    ['2020年', '2022-03-21', '2020'],
    ['2021年末', '2022-03-21', '2021'],
    ['第四季', '2025-02-01', '2024-Q4'],
    ['第一季度', '2025-02-01', '2025-Q1'],
    ['2024年第三季', '2025-02-01', '2024-Q3'],
    ['上半年', '2025-09-01', '2025-H1'],
    ['昨日', '2025-02-01', '2025-01-31'],
    ['31日', '2025-02-01', '2025-01-31'],
    ['3月21日', '2022-03-21', '2022-03-21'],
    ['12月30日', '2025-02-01', '2024-12-30'],
    ['本週二', '2025-02-01', '2025-01-28'],
    ['周五', '2025-02-01', '2025-01-31'],
    ['上周五', '2025-02-05', '2025-01-31'],
    ['下周一', '2025-02-01', '2025-02-03'],
    ['周初', '2025-02-01', '2025-01-27'],
    ['本周', '2025-02-01', '2025-W05'],
    ['上月', '2025-01-15', '2024-12'],
    ['下月', '2025-06-15', '2025-07'],
    ['去年', '2025-02-01', '2024'],
    ['今年', '2025-02-01', '2025'],
    ['龍年', '2025-02-01', '2024-02-10/2025-01-28'],
    ['蛇年', '2025-02-01', '2025-01-29/2026-02-16'],
    ['龙年', '2024-06-01', '2024-02-10/2025-01-28'],
    ['目前', '2025-02-01', '2025-02-01'],
  ])('%s on %s → %s', (text, pageDate, iso) => {
    const times = findTimes(text, pageDate);
    expect(times).toHaveLength(1);
    expect(times[0]).toMatchObject({ start: 0, end: text.length, iso });
  });

  it('finds nothing in a duration, a version or a price', () => {
    for (const text of ['三年', '最新版', '2800美元', '一周一次']) expect(findTimes(text, '2025-02-01').map((t) => t.iso).filter(Boolean)).toEqual([]);
  });
});

describe('the period before', () => {
  it.each([
    ['2024-Q4', '2024-Q3'],
    ['2025-Q1', '2024-Q4'],
    ['2025-01', '2024-12'],
    ['2025', '2024'],
    ['2025-H1', '2024-H2'],
    ['2025-02-01', undefined],
  ])('%s → %s', (iso, before) => {
    expect(previousPeriod(iso)).toBe(before);
  });
});

describe('a page’s date from its text', () => {
  it('reads a dateline', () => {
    expect(pageDateFromText('2025年2月1日 星期六\n\n標題\n\n正文')).toBe('2025-02-01');
    expect(pageDateFromText('香港經濟日報 2025-02-01\n正文')).toBe('2025-02-01');
  });
  it('gives none when the text has none', () => {
    expect(pageDateFromText('昨日恒指收報20225點。')).toBeUndefined();
  });
});
