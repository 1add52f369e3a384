import { describe, expect, it } from 'vitest';
import { extractFigures } from './extract';

const read = (text: string) => extractFigures(text).map((f) => [f.text, f.value, f.unit] as const);

describe('the won and the markets of Seoul and Taipei', () => {
  it.each<[string, string, number, string]>([
    // The won in each of its words.
    ['收報６２，３００韓圜', '６２，３００韓圜', 62300, 'KRW'],
    ['收報58,400韓元', '58,400韓元', 58400, 'KRW'],
    ['擬發行2萬億韓圜公司債', '2萬億韓圜', 2e12, 'KRW'],
    ['市值约12.8万亿韩元', '约12.8万亿韩元', 12.8e12, 'KRW'],
    ['韓幣貶值，一杯咖啡要5,000韓幣', '5,000韓幣', 5000, 'KRW'],
    ['KRW 1,000', 'KRW 1,000', 1000, 'KRW'],
    // A price in 元 of a share listed in Taipei or Seoul: the market's currency.
    ['台積電(2330.TW)收報1,085元，跌1.4%。', '1,085元', 1085, 'TWD'],
    ['聯發科（2454.TW）獲調升目標價至1,680元。', '1,680元', 1680, 'TWD'],
    ['國泰金(2882.TW)董事會通過配息每股2.5元。', '2.5元', 2.5, 'TWD'],
    // A result per share is in the home market's currency (an A share's, a Taipei share's) …
    ['聯發科（2454.TW）預估2026年每股盈餘65.2元。', '65.2元', 65.2, 'TWD'],
    ['宁德时代（300750.SZ）基本每股收益为5.2元。', '5.2元', 5.2, 'CNY'],
    // … not the Hong Kong market's: the page's (CNY on a Simplified page).
    ['中国平安（02318.HK）基本每股收益为6.50元。', '6.50元', 6.5, 'CNY'],
    // A market named earlier in the sentence, for net buying and selling.
    ['台股盤前：三大法人昨合計賣超156.2億元，外資連續5日賣超。', '156.2億元', 15620000000, 'TWD'],
    ['港股：北水昨淨買入35.6億元。', '35.6億元', 3560000000, 'HKD'],
  ])('%s', (text, span, value, unit) => {
    expect(read(text)).toContainEqual([span, value, unit]);
  });

  it('reads 買超 and 賣超 as net buying and selling, not "over"; 買入超 is still "over"', () => {
    expect(read('外資賣超台股新台幣128.6億元')).toEqual([['新台幣128.6億元', 12860000000, 'TWD']]);
    expect(extractFigures('合计买入超1.1亿股')[0]).toMatchObject({ text: '超1.1亿股', qualifier: 'over' });
  });

  it('keeps the value of a fund\'s holding of a Hong Kong share in the fund\'s currency', () => {
    expect(read('5. 腾讯控股（00700.HK）  持仓市值6.31亿元  占净值比例4.99%')).toEqual([
      ['6.31亿元', 631000000, 'CNY'],
      ['4.99%', 4.99, 'percent'],
    ]);
    // A share's own market value is still in its market's currency.
    expect(read('騰訊控股（00700.HK）市值約4.5萬億元。')).toEqual([['約4.5萬億元', 4.5e12, 'HKD']]);
  });
});

describe('lots of shares, ranks and second-hand', () => {
  it.each<[string, string, number]>([
    ['中际旭创单日成交156万手，换手率12.3%。', '156万手', 1560000],
    ['買盤掛出500手。', '500手', 500],
  ])('%s', (text, span, value) => {
    expect(read(text)).toContainEqual([span, value, 'count']);
  });

  it.each([
    ['a rank in a list', '四、报告期末前十名股票投资明细'],
    ['a rank of people', '前三位股東合共持股'],
    ['second-hand', '二手樓價連跌三個月'],
    ['a second-hand market', '本港二手市場交投淡靜'],
    ['a word with 手', '他的三手機都壞了'],
  ])('no figure: %s', (_, text) => {
    expect(read(text).filter(([, , unit]) => unit === 'count')).toEqual([]);
  });
});
