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
  ])('not a rate: %s', (text, like) => {
    const [f] = extractFigures(text);
    expect(f).toMatchObject(like);
    expect(f?.fx).toBeUndefined();
  });

  it('a pair with nothing after it but a date is no rate: 美元兌港元（2025年）', () => {
    expect(extractFigures('美元兌港元（2025年）走勢').filter((f) => f.fx)).toEqual([]);
  });
});
