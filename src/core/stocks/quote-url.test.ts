import { describe, expect, it } from 'vitest';
import { quoteUrl } from './quote-url';
import type { Market } from './stock-mention';

describe('quoteUrl', () => {
  it.each<[string, Market, string | undefined, string]>([
    ['00700', 'HK', undefined, 'https://www.hkex.com.hk/Market-Data/Securities-Prices/Equities/Equities-Quote?sym=700&sc_lang=zh-HK'],
    ['00001', 'HK', undefined, 'https://www.hkex.com.hk/Market-Data/Securities-Prices/Equities/Equities-Quote?sym=1&sc_lang=zh-HK'],
    ['600519', 'SH', undefined, 'https://www.sse.com.cn/assortment/stock/list/info/company/index.shtml?COMPANY_CODE=600519'],
    ['000046', 'SZ', undefined, 'https://www.szse.cn/certificate/individual/index.html?code=000046'],
    ['NVDA', 'US', undefined, 'https://www.nasdaq.com/market-activity/stocks/nvda'],
    ['NVDA', 'US', 'NASDAQ', 'https://www.nasdaq.com/market-activity/stocks/nvda'],
    ['BABA', 'US', 'NYSE', 'https://www.nyse.com/quote/XNYS:BABA'],
    ['BABA', 'US', 'nyse', 'https://www.nyse.com/quote/XNYS:BABA'],
    ['NIO', 'US', 'AMEX', 'https://www.nyse.com/quote/XASE:NIO'],
    ['BRK.B', 'US', 'NYSE', 'https://www.nyse.com/quote/XNYS:BRK.B'],
    ['7203', 'JP', undefined, 'https://quote.jpx.co.jp/jpxhp/main/index.aspx?F=stock_detail&disptype=information&qcode=7203'],
    ['835185', 'BJ', undefined, 'https://www.bse.cn/products/neeq_listed_companies/public_information.html?companyCode=835185'],
    ['005930', 'KR', undefined, 'https://kind.krx.co.kr/common/companysummary.do?method=searchCompanySummary&strIsurCd=005930'],
    ['0050', 'TW', undefined, 'https://mis.twse.com.tw/stock/fibest.jsp?stock=0050&lang=zh_tw'],
  ])('%s %s %s', (code, market, exchange, url) => {
    expect(quoteUrl({ code, market }, exchange)).toBe(url);
  });
});
