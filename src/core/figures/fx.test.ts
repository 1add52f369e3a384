import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';

/** Each row: text, the rate's text, value, unit (the weaker currency), per (the stronger), the pair as named. */
describe('exchange rates: a number after a currency pair', () => {
  it.each([
    ['USD/HKD 7.8', '7.8', 7.8, 'HKD', '美元', 'USD', 'HKD'],
    ['美元兌港元報7.8。', '7.8', 7.8, 'HKD', '美元', 'USD', 'HKD'],
    ['美元兑人民币升至7.30。', '7.30', 7.3, 'CNY', '美元', 'USD', 'CNY'],
    // The words run the other way; the quote is still yuan to the dollar.
    ['離岸人民幣兌美元報7.2850，', '7.2850', 7.285, 'CNY', '美元', 'USD', 'CNY'],
    ['USD/JPY 150.2', '150.2', 150.2, 'JPY', '美元', 'USD', 'JPY'],
    ['歐元兌美元匯價1.08。', '1.08', 1.08, 'USD', '歐元', 'EUR', 'USD'],
    // The won: weakest of all.
    ['美元兌韓圜報1,385.6，', '1,385.6', 1385.6, 'KRW', '美元', 'USD', 'KRW'],
    ['美元兑韩元报1385。', '1385', 1385, 'KRW', '美元', 'USD', 'KRW'],
    // A rate under 1 is the stronger currency per the weaker: HK dollars per yen, yuan per HK dollar.
    ['日圓兌港元報0.0521。', '0.0521', 0.0521, 'HKD', '日圓', 'JPY', 'HKD'],
    ['港元兌人民幣報0.92。', '0.92', 0.92, 'CNY', '港元', 'HKD', 'CNY'],
    // A rate written with 元 after the pair: the 元 is the rate's own unit.
    ['新台幣兌美元昨收３２．１０５元，', '３２．１０５元', 32.105, 'TWD', '美元', 'USD', 'TWD'],
    // The renminbi quoted alone, against the dollar by convention: the fixing, offshore, onshore.
    ['人民幣中間價報７．１０８５，', '７．１０８５', 7.1085, 'CNY', '美元', 'USD', 'CNY'],
    ['人民币兑美元中间价报7.1865。', '7.1865', 7.1865, 'CNY', '美元', 'USD', 'CNY'],
    ['離岸人民幣報7.13。', '7.13', 7.13, 'CNY', '美元', 'USD', 'CNY'],
    // Hong Kong's short name for the renminbi.
    ['人幣中間價報７．０８４２，', '７．０８４２', 7.0842, 'CNY', '美元', 'USD', 'CNY'],
    ['离岸人币报7.12。', '7.12', 7.12, 'CNY', '美元', 'USD', 'CNY'],
    // The Hong Kong dollar's peg, its convertibility undertakings quoted alone: HK dollars per dollar.
    ['弱方兌換保證為７．８５，', '７．８５', 7.85, 'HKD', '美元', 'USD', 'HKD'],
    ['強方兌換保證7.75。', '7.75', 7.75, 'HKD', '美元', 'USD', 'HKD'],
    ['触发弱方兑换保证7.85。', '7.85', 7.85, 'HKD', '美元', 'USD', 'HKD'],
  ])('%s', (text, figure, value, unit, per, base, quote) => {
    const [f, ...rest] = extractFigures(text);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ text: figure, value, unit, perUnit: per, fx: { base, quote } });
  });

  it.each([
    // A currency's own amount is money, not a rate.
    ['收入達1000億美元。', { unit: 'USD' }],
    // A pair's move in percent is a change of the rate, not a rate.
    ['美元兌日圓升0.5%。', { unit: 'percent' }],
    // A renminbi amount is money, whatever it follows.
    ['人民币中间价调升，出口额达100亿元。', { unit: 'CNY' }],
    // The renminbi named, then a price in it: an amount, not the rate.
    ['在岸人民币计价的A股收报12.5元。', { unit: 'CNY' }],
  ])('not a rate: %s', (text, like) => {
    const [f] = extractFigures(text);
    expect(f).toMatchObject(like);
    expect(f?.fx).toBeUndefined();
  });

  it.each([
    ['a year after the undertaking', '聯繫匯率及兌換保證於1983年推出'],
    ['a date after the fixing', '人幣中間價報（4日）'],
    ['a year after the undertaking', '弱方兌換保證2025年'],
    ['人幣 with no fixing', '人幣報告'],
  ])('no rate: %s', (_what, text) => {
    expect(extractFigures(text).filter((f) => f.fx)).toEqual([]);
  });

  it('a pair with nothing after it but a date is no rate: 美元兌港元（2025年）', () => {
    expect(extractFigures('美元兌港元（2025年）走勢').filter((f) => f.fx)).toEqual([]);
  });
});
