import type { StockRef } from './stock-mention';

/**
 * The exchange's own public quote page for a stock: HKEX for Hong Kong, the SSE company page
 * for Shanghai, the SZSE company page for Shenzhen, the BSE's for Beijing, JPX's quote page for Tokyo,
 * KRX's company summary (KIND) for Seoul, TWSE's quote page (which also quotes TPEx shares) for Taipei. A US stock goes to NYSE when `exchange` says
 * NYSE (NYSE American for `AMEX`) and to Nasdaq otherwise (Nasdaq's pages cover every US-listed ticker).
 *
 * @example
 * quoteUrl({ code: '00700', market: 'HK' })
 * // 'https://www.hkex.com.hk/Market-Data/Securities-Prices/Equities/Equities-Quote?sym=700&sc_lang=zh-HK'
 */
export function quoteUrl(s: StockRef, exchange?: string): string {
  const code = encodeURIComponent(s.code);
  switch (s.market) {
    case 'HK':
      return `https://www.hkex.com.hk/Market-Data/Securities-Prices/Equities/Equities-Quote?sym=${encodeURIComponent(s.code.replace(/^0+(?=\d)/, ''))}&sc_lang=zh-HK`;
    case 'SH':
      return `https://www.sse.com.cn/assortment/stock/list/info/company/index.shtml?COMPANY_CODE=${code}`;
    case 'SZ':
      return `https://www.szse.cn/certificate/individual/index.html?code=${code}`;
    case 'US':
      if (/^(?:AMEX|NYSE\s*(?:American|MKT))/i.test(exchange ?? '')) return `https://www.nyse.com/quote/XASE:${code}`;
      if (/^NYSE/i.test(exchange ?? '')) return `https://www.nyse.com/quote/XNYS:${code}`;
      return `https://www.nasdaq.com/market-activity/stocks/${encodeURIComponent(s.code.toLowerCase())}`;
    case 'JP':
      return `https://quote.jpx.co.jp/jpxhp/main/index.aspx?F=stock_detail&disptype=information&qcode=${code}`;
    case 'BJ':
      return `https://www.bse.cn/products/neeq_listed_companies/public_information.html?companyCode=${code}`;
    case 'KR':
      return `https://kind.krx.co.kr/common/companysummary.do?method=searchCompanySummary&strIsurCd=${code}`;
    case 'TW':
      return `https://mis.twse.com.tw/stock/fibest.jsp?stock=${code}&lang=zh_tw`;
  }
}
