import { describe, expect, it } from 'vitest';
import type { Figure } from './figure';
import { describeFigure } from './describe';

const fig = (over: Partial<Figure>): Figure => ({
  span: { start: 0, end: 1 },
  value: 0,
  unit: 'count',
  qualifier: 'exact',
  label: '',
  text: '',
  ...over,
});

describe('describeFigure', () => {
  it.each<[string, Partial<Figure>, string, string]>([
    ['an amount in 億', { value: 3e11, unit: 'USD' }, 'US$3,000億 ≈ US$300bn', 'US$3,000亿 ≈ US$300bn'],
    ['an amount in 萬億', { value: 2.3e12, unit: 'HKD' }, 'HK$2.3萬億 ≈ HK$2.3tn', 'HK$2.3万亿 ≈ HK$2.3tn'],
    ['an amount in 萬', { value: 5e6, unit: 'CNY' }, 'RMB500萬 ≈ RMB5m', 'RMB500万 ≈ RMB5m'],
    ['a decimal amount', { value: 7.184e9, unit: 'USD' }, 'US$71.84億 ≈ US$7.184bn', 'US$71.84亿 ≈ US$7.184bn'],
    ['a price', { value: 2859, unit: 'USD' }, 'US$2,859', 'US$2,859'],
    ['a rise', { value: 40, unit: 'USD', move: 'up' }, '+US$40', '+US$40'],
    ['a fall of index points', { value: 300, unit: 'points', move: 'down' }, '−300 點', '−300 点'],
    ['a rise in 億', { value: 5e10, unit: 'USD', move: 'up' }, '+US$500億 ≈ +US$50bn', '+US$500亿 ≈ +US$50bn'],
    ['a price per share', { value: 2.75, unit: 'HKD', perUnit: '股' }, 'HK$2.75/股', 'HK$2.75/股'],
    ['a percentage', { value: 2.3, unit: 'percent' }, '2.3%', '2.3%'],
    ['percentage points', { value: 0.25, unit: 'percentagePoints' }, '0.25個百分點', '0.25个百分点'],
    ['index points', { value: 20225, unit: 'points' }, '20,225 點', '20,225 点'],
    ['a small count', { value: 6, unit: 'count', measureWord: '款' }, '6款', '6款'],
    ['a large count', { value: 8e10, unit: 'count', measureWord: '個' }, '800億個 ≈ 80bn', '800亿个 ≈ 80bn'],
    ['nearly', { value: 45000, unit: 'points', qualifier: 'nearly' }, '近45,000 點', '近45,000 点'],
    ['about', { value: 1e10, unit: 'CNY', qualifier: 'about' }, '約RMB100億 ≈ RMB10bn', '约RMB100亿 ≈ RMB10bn'],
    ['over', { value: 18, unit: 'percent', qualifier: 'over' }, '逾18%', '逾18%'],
    ['a loss', { value: 5e8, unit: 'HKD', loss: true }, '−HK$5億 ≈ −HK$500m', '−HK$5亿 ≈ −HK$500m'],
    ['a hedged fall', { value: 18, unit: 'percent', qualifier: 'over', move: 'down' }, '−逾18%', '−逾18%'],
    ['at least', { value: 30, unit: 'percent', qualifier: 'atLeast' }, '至少30%', '至少30%'],
    ['at most', { value: 5, unit: 'percent', qualifier: 'atMost' }, '至多5%', '至多5%'],
    ['more than (多)', { value: 3e11, unit: 'USD', qualifier: 'moreThan' }, 'US$3,000多億 ≈ US$300bn+', 'US$3,000多亿 ≈ US$300bn+'],
    ['each', { value: 2.5e10, unit: 'USD', each: true }, '各US$250億 ≈ US$25bn', '各US$250亿 ≈ US$25bn'],
    ['a negative range', { value: -1.1e10, valueTo: -1.35e10, unit: 'CNY', qualifier: 'about' },
      '約-RMB110億 至 -RMB135億 ≈ -RMB11bn 至 -RMB13.5bn', '约-RMB110亿 至 -RMB135亿 ≈ -RMB11bn 至 -RMB13.5bn'],
    ['a percentage range', { value: 20, valueTo: 30, unit: 'percent' }, '20% 至 30%', '20% 至 30%'],
  ])('%s', (_what, over, hant, hans) => {
    expect(describeFigure(fig(over), 'hant')).toBe(hant);
    expect(describeFigure(fig(over), 'hans')).toBe(hans);
  });
});
