import { describe, expect, it } from 'vitest';
import { guessYuanCurrency } from './yuan';

describe('guessYuanCurrency', () => {
  it.each([
    ['Simplified text is mainland', '东航预计净利润约-110亿元，报2.75港元/股，总市值1103亿港元', 'CNY'],
    ['Traditional text is Hong Kong', '港鐵去年盈利100億元，派息1.3元', 'HKD'],
    ['Traditional text that names the renminbi most', '內地國債以人民幣發行，人民幣計價，收益100億元', 'CNY'],
    ['Traditional text naming the renminbi once', '港股收市，成交1200億元，人民幣匯率持平', 'HKD'],
    ['a Hong Kong wire naming the renminbi twice', '恒指收報19500點，成交1200億元，人幣走弱，人幣兌美元跌', 'HKD'],
    ['no script clue and no mention', '100元', 'HKD'],
    ['no script clue but RMB named', 'RMB 100元', 'CNY'],
  ])('%s', (_what, text, expected) => {
    expect(guessYuanCurrency(text)).toBe(expected);
  });
});
