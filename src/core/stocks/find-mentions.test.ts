import { describe, expect, it } from 'vitest';
import { findStockMentions } from './find-mentions';
import { viewMentions } from './testing/mention-view';

const view = (text: string) => viewMentions(text, findStockMentions(text));

describe('findStockMentions: formats seen in real pages', () => {
  it.each([
    // [text, span text, stock, name, code text]
    ['阿里巴巴 (09988)', '阿里巴巴 (09988)', 'HK:09988', '阿里巴巴', '09988'],
    ['阿里巴巴（０９９８８）', '阿里巴巴（０９９８８）', 'HK:09988', '阿里巴巴', '０９９８８'],
    ['騰訊（７００）', '騰訊（７００）', 'HK:00700', '騰訊', '７００'],
    ['騰訊（0700）', '騰訊（0700）', 'HK:00700', '騰訊', '0700'],
    ['騰訊(00700)', '騰訊(00700)', 'HK:00700', '騰訊', '00700'],
    ['見0700.HK', '0700.HK', 'HK:00700', '-', '0700.HK'],
    ['00215.HK', '00215.HK', 'HK:00215', '-', '00215.HK'],
    ['和電香港(00215.HK)宣布', '和電香港(00215.HK)', 'HK:00215', '和電香港', '00215.HK'],
    ['騰訊控股(00700.HK)', '騰訊控股(00700.HK)', 'HK:00700', '騰訊控股', '00700.HK'],
    ['騰訊控股（０７００．ＨＫ）', '騰訊控股（０７００．ＨＫ）', 'HK:00700', '騰訊控股', '０７００．ＨＫ'],
    ['600519.SH', '600519.SH', 'SH:600519', '-', '600519.SH'],
    ['000046.SZ', '000046.SZ', 'SZ:000046', '-', '000046.SZ'],
    ['600519.SS', '600519.SS', 'SH:600519', '-', '600519.SS'],
    ['SH600519', 'SH600519', 'SH:600519', '-', 'SH600519'],
    ['SZ000001', 'SZ000001', 'SZ:000001', '-', 'SZ000001'],
    ['貴州茅台（600519）', '貴州茅台（600519）', 'SH:600519', '貴州茅台', '600519'],
    ['平安銀行（000001）', '平安銀行（000001）', 'SZ:000001', '平安銀行', '000001'],
    ['，南方航空（600029.SH）、', '南方航空（600029.SH）', 'SH:600029', '南方航空', '600029.SH'],
    ['、*ST海航（600221.SH）等', '*ST海航（600221.SH）', 'SH:600221', '*ST海航', '600221.SH'],
    ['英偉達 NASDAQ: NVDA', '英偉達 NASDAQ: NVDA', 'US:NVDA', '英偉達', 'NVDA'],
    ['阿里巴巴 (NYSE: BABA)', '阿里巴巴 (NYSE: BABA)', 'US:BABA', '阿里巴巴', 'BABA'],
    ['(NASDAQ:NVDA)', '(NASDAQ:NVDA)', 'US:NVDA', '-', 'NVDA'],
    ['騰訊控股0700.HK', '騰訊控股0700.HK', 'HK:00700', '騰訊控股', '0700.HK'],
    ['$騰訊控股(00700)$', '$騰訊控股(00700)$', 'HK:00700', '騰訊控股', '00700'],
    ['騰訊\n(00700)', '騰訊\n(00700)', 'HK:00700', '騰訊', '00700'],
    ['騰訊\r\n(00700)', '騰訊\r\n(00700)', 'HK:00700', '騰訊', '00700'],
    ['理想汽车（2015）', '理想汽车（2015）', 'HK:02015', '理想汽车', '2015'],
    ['2024年理想汽车（2015）', '理想汽车（2015）', 'HK:02015', '理想汽车', '2015'],
    ['小米集團-W (01810)', '小米集團-W (01810)', 'HK:01810', '小米集團-W', '01810'],
    ['騰訊控股有限公司（股份代號：700）', '騰訊控股有限公司（股份代號：700）', 'HK:00700', '騰訊控股有限公司', '700'],
    ['ＴＣＬ科技（０００１００．ＳＺ）', 'ＴＣＬ科技（０００１００．ＳＺ）', 'SZ:000100', 'ＴＣＬ科技', '０００１００．ＳＺ'],
    ['Tencent (00700)', 'Tencent (00700)', 'HK:00700', 'Tencent', '00700'],
    ['中國東方航空股份有限公司（00670）', '中國東方航空股份有限公司（00670）', 'HK:00670', '中國東方航空股份有限公司', '00670'],
    ['該公司（00215.HK）', '（00215.HK）', 'HK:00215', '-', '00215.HK'],
    ['(HKEX: 700)', '(HKEX: 700)', 'HK:00700', '-', '700'],
    ['蔚來 (NYSE American: NIO)', '蔚來 (NYSE American: NIO)', 'US:NIO', '蔚來', 'NIO'],
    ['阿里巴巴BABA.US', '阿里巴巴BABA.US', 'US:BABA', '阿里巴巴', 'BABA.US'],
    ['特斯拉(TSLA.O)', '特斯拉(TSLA.O)', 'US:TSLA', '特斯拉', 'TSLA.O'],
    ['蘋果（AAPL.OQ）股價', '蘋果（AAPL.OQ）', 'US:AAPL', '蘋果', 'AAPL.OQ'],
    ['騰訊（700 HK）', '騰訊（700 HK）', 'HK:00700', '騰訊', '700 HK'],
    ['友邦保險(1299 HK)股價', '友邦保險(1299 HK)', 'HK:01299', '友邦保險', '1299 HK'],
    ['蘋果（AAPL US）', '蘋果（AAPL US）', 'US:AAPL', '蘋果', 'AAPL US'],
    // Bloomberg's form a space after a name, where the sentence talks of the shares.
    ['騰訊 700 HK 股價', '騰訊 700 HK', 'HK:00700', '騰訊', '700 HK'],
    ['友邦保險 1299 HK 升2%', '友邦保險 1299 HK', 'HK:01299', '友邦保險', '1299 HK'],
    ['蘋果 AAPL US 收報230美元', '蘋果 AAPL US', 'US:AAPL', '蘋果', 'AAPL US'],
    // One or two digits, after a name that says it is a company: the oldest Hong Kong codes.
    ['匯豐控股（5）', '匯豐控股（5）', 'HK:00005', '匯豐控股', '5'],
    ['恒生銀行(11)宣布', '恒生銀行(11)', 'HK:00011', '恒生銀行', '11'],
    ['中電控股（２）', '中電控股（２）', 'HK:00002', '中電控股', '２'],
    // A time word beginning with 年, or the next figure glued, after the brackets.
    ['友邦保險（１２９９）年內第３次增加回購', '友邦保險（１２９９）', 'HK:01299', '友邦保險', '１２９９'],
    ['騰訊（700）年初至今升20%', '騰訊（700）', 'HK:00700', '騰訊', '700'],
    ['中际旭创(300308)20cm涨停', '中际旭创(300308)', 'SZ:300308', '中际旭创', '300308'],
    ['貴州茅台（600519）10%漲停', '貴州茅台（600519）', 'SH:600519', '貴州茅台', '600519'],
  ])('%j', (text, span, stock, name, code) => {
    expect(view(text)).toEqual([[span, stock, name, code, 'code']]);
  });

  it.each([
    ['心水股 阿里巴巴 (09988) 小米 (01810) 騰訊 (00700)', ['阿里巴巴', '小米', '騰訊']],
    ['推介騰訊（00700）', ['騰訊']],
    ['AI概念股商湯（00020）', ['商湯']],
    ['阿里巴巴和騰訊（00700）', ['騰訊']],
    ['如騰訊（00700）', ['騰訊']],
    ['大行將騰訊控股（700）目標價上調', ['騰訊控股']],
    ['投行將阿里巴巴（09988）評級上調', ['阿里巴巴']],
    ['和電香港(00215.HK)', ['和電香港']],
    ['信和置業（00083）', ['信和置業']],
    ['港股騰訊（00700）', ['騰訊']],
  ])('names in %j', (text, names) => {
    expect(findStockMentions(text).map((m) => m.name)).toEqual(names);
  });

  it('reads a list of codes in one bracket, the name going with the first', () => {
    expect(view('阿里巴巴（09988.HK/BABA.US）')).toEqual([
      ['阿里巴巴（09988.HK', 'HK:09988', '阿里巴巴', '09988.HK', 'code'],
      ['BABA.US', 'US:BABA', '-', 'BABA.US', 'code'],
    ]);
  });

  it('keeps the exchange a US code was written with', () => {
    expect(findStockMentions('(NYSE: BABA)、(NASDAQ: NVDA)、英偉達NVDA.US').map((m) => m.exchange)).toEqual(['NYSE', 'NASDAQ', undefined]);
    expect(findStockMentions('特斯拉(TSLA.O)及蔚來(NIO.N)').map((m) => m.exchange)).toEqual(['NASDAQ', 'NYSE']);
  });

  it('reads a Reuters code only in brackets, and never a dotted abbreviation', () => {
    expect(findStockMentions('TSLA.O大升、U.N.大會、(U.N)、No.1、(Inc.N)')).toEqual([]);
  });

  it('counts spans in code points when the text holds astral characters', () => {
    const text = '𠀋𠀋 騰訊（00700）';
    expect(findStockMentions(text)[0]).toMatchObject({ span: { start: 3, end: 12 }, codeSpan: { start: 6, end: 11 }, name: '騰訊' });
  });
});

describe('findStockMentions: never a stock', () => {
  it.each([
    ['a year in brackets', '年度報告 (2025)'],
    ['a bare year', '(2025)'],
    ['a year after 於', '公司成立於（2015）'],
    ['a year after 年', '二零一五年（2015）'],
    ['a year after an English word', 'Outlook (2025)'],
    ['a year followed by 年', '理想汽车（2015）年'],
    ['a day', '昨日（4日）'],
    ['a date', '年初六（2月3日）'],
    ['a list number', '理由（２）'],
    ['a two-digit number', '騰訊（70）'],
    ['one digit after a short name', '匯豐（5）'],
    ['a numbered point', '原因（1）'],
    ["Bloomberg's form outside brackets, nothing said of shares", '騰訊 700 HK 的'],
    ["Bloomberg's form after a word, not a name", '成交 700 HK 之後'],
    ['a Hong Kong dollar amount', '（700 HKD）'],
    ['one digit after a company word alone', '該公司（5）'],
    ['an index name', '滬深300'],
    ['an index with a number', '恒生指數（26000）'],
    ['an index code', '上證指數（000001.SH）'],
    ['a Shenzhen index code', '深證成指399001.SZ'],
    ['a bond name', '「20万科08」'],
    ['a bond code', '20万科08（149xxx.SZ）149123.SZ'],
    ['a warrant', '騰訊摩通購A（12345）'],
    ['a CBBC', '恒指牛證（56789）'],
    ['a 窩輪 code', '窩輪 騰訊法巴（23456）'],
    ['a bare number', '收20225點'],
    ['a bare number in brackets', '（00700）'],
    ['a phone number', '查詢熱線(852) 2522 9796'],
    ['an amount', '總共（300）萬'],
    ['a percentage', '升幅（300）%'],
    ['a month-like six digits', '報告（202503）'],
    ['a Beijing code', '某公司（920001）'],
    ['a plane', '波音737客机'],
    ['shares', '持有中國东航3.8亿股股份'],
    ['a long sentence before the number', '據美國媒體報道今年春節除了旅遊行花市外另一個熱潮就是玩人工智能（300）'],
    ['a ticker-like word after 美股', '美股：AI股大升'],
    ['a currency after digits', '100.HKD'],
    ['a count', '人數（300）'],
    ['a year before 年度', '業績（2025）年度'],
    ['a year before 年內', '理想汽车（2015）年內'],
    ['a bracketed number before 年 alone', '友邦保險（１２９９）年'],
    ['a phone number glued after an area code', '查詢熱線(00852)2522 9796'],
    ['an area code before a local number', '電話(0755)86001234'],
    ['a bracket after a non-name', '計劃（２）１０項'],
    ['a plan name', '十四五（2021）年內'],
    ['a day in brackets', '會議（4日）'],
    ['a price', '股價（300）'],
    ['a note', '見附表（123）'],
    ['a market word', '港股（00700）'],
  ])('%s: %j', (_label, text) => {
    expect(findStockMentions(text)).toEqual([]);
  });

  it('reads a 1xxxx code as a stock where no warrant word is near', () => {
    expect(view('某科技（12345）')).toEqual([['某科技（12345）', 'HK:12345', '某科技', '12345', 'code']]);
  });
});
