import { describe, expect, it } from 'vitest';
import { findStockMentions } from './find-mentions';
import { viewMentions } from './testing/mention-view';

const view = (text: string) => viewMentions(text, findStockMentions(text)).map(([span, key]) => [span, key]);

describe('codes as agencies print them: glued to names and to each other', () => {
  it.each([
    ['騰訊控股0700.HK升2%', [['騰訊控股0700.HK', 'HK:00700']]],
    ['阿里巴巴BABA.N9988.HK', [['阿里巴巴BABA.N', 'US:BABA'], ['9988.HK', 'HK:09988']]],
    ['百度BIDU.O9888.HK急跌', [['百度BIDU.O', 'US:BIDU'], ['9888.HK', 'HK:09888']]],
    ['網易NTES.O收跌', [['網易NTES.O', 'US:NTES']]],
    ['京東JD.O', [['京東JD.O', 'US:JD']]],
    ['微軟MSFT.K', [['微軟MSFT.K', 'US:MSFT']]],
    ['某公司XYZ.A', [['某公司XYZ.A', 'US:XYZ']]],
    ['拼多多(PDD.O)', [['拼多多(PDD.O)', 'US:PDD']]],
    ['比亞迪002594.SZ', [['比亞迪002594.SZ', 'SZ:002594']]],
    ['貴州茅台600519.SS', [['貴州茅台600519.SS', 'SH:600519']]],
    ['豐田7203.T', [['豐田7203.T', 'JP:7203']]],
    ['索尼（6758.T）', [['索尼（6758.T）', 'JP:6758']]],
    ['騰訊700 HK', [['騰訊700 HK', 'HK:00700']]],
    // An A share's six digits glued to its name, no market written: the digits say SH or SZ.
    ['宁德时代300750全天跌1.9%', [['宁德时代300750', 'SZ:300750']]],
    ['貴州茅台600519收報1,612元', [['貴州茅台600519', 'SH:600519']]],
    ['五粮液000858、中信证券600030', [['五粮液000858', 'SZ:000858'], ['中信证券600030', 'SH:600030']]],
    ['中芯国际６８８９８１逆市上涨', [['中芯国际６８８９８１', 'SH:688981']]],
  ])('%s', (text, expected) => {
    expect(view(text)).toEqual(expected);
  });

  it.each([
    ['a Reuters-like word in prose', 'Inc.O的股東'],
    ['a decimal before .T', '增長1.5T'],
    ['a Bloomberg code not glued to a name', '成交 700 HK'],
    ['an abbreviation glued to nothing', 'ABC.N 在'],
    ['six digits glued to an amount noun', '公司营收600000，净利润300000。'],
    ['six digits before a unit', '宁德时代300750万元，比亚迪300000股，成交300750手'],
    ['six digits after a word that measures', '成交量300750，第600519'],
    ['six digits that are no A share', '宁德时代123456升'],
    ['a date of eight digits', '公告20251203显示'],
    ['seven digits', '宁德时代3007501'],
  ])('not a code: %s', (_what, text) => {
    expect(findStockMentions(text)).toEqual([]);
  });
});

describe('short codes in brackets after a name', () => {
  it.each([
    ['恒騰網絡（１３６）公布業績', [['恒騰網絡（１３６）', 'HK:00136']]],
    ['大行看好中國移動（９４１）', [['中國移動（９４１）', 'HK:00941']]],
    ['萬科企業(02202)', [['萬科企業(02202)', 'HK:02202']]],
    ['华润置地 (01109)', [['华润置地 (01109)', 'HK:01109']]],
    // A name that begins another's (華潤) is still the one its code says.
    ['華潤啤酒（291）及華潤置地(01109)', [['華潤啤酒（291）', 'HK:00291'], ['華潤置地(01109)', 'HK:01109']]],
    ['騰訊音樂（1698）與騰訊（700）。騰訊音樂升，騰訊跌', [['騰訊音樂（1698）', 'HK:01698'], ['騰訊（700）', 'HK:00700'], ['騰訊音樂', 'HK:01698'], ['騰訊', 'HK:00700']]],
  ])('%s', (text, expected) => {
    expect(view(text)).toEqual(expected);
  });

  it.each([
    ['a list number', '措施包括（２）增加供應'],
    ['a plan', '十四五規劃'],
    ['a date in brackets', '會議（4日）舉行'],
    ['a count', '人數（300）'],
  ])('not a code: %s', (_what, text) => {
    expect(findStockMentions(text)).toEqual([]);
  });
});

describe('US tickers in brackets without an exchange', () => {
  it.each([
    ['英偉達（NVDA）升3%', [['英偉達（NVDA）', 'US:NVDA']]],
    ['美股收市，蘋果（AAPL）及特斯拉（TSLA）', [['蘋果（AAPL）', 'US:AAPL'], ['特斯拉（TSLA）', 'US:TSLA']]],
    ['Meta Platforms (NASDAQ: META)', [['Meta Platforms (NASDAQ: META)', 'US:META']]],
    // The US market named before it in the sentence by an exchange, or guidance, results or a rating after it.
    ['Meta Platforms (NASDAQ: META) 上調指引；超微半導體（AMD）則下調全年指引', [['Meta Platforms (NASDAQ: META)', 'US:META'], ['超微半導體（AMD）', 'US:AMD']]],
    ['超微半导体（AMD）下调全年收入指引', [['超微半导体（AMD）', 'US:AMD']]],
    ['大行予美光（MU）「買入」評級', [['美光（MU）', 'US:MU']]],
    ['維持超微（AMD）目標價', [['超微（AMD）', 'US:AMD']]],
    ['騰訊 700 HK 昨日回購100萬股', [['騰訊 700 HK', 'HK:00700']]],
    ['港交所 388 HK 首三季純利１３６億港元', [['港交所 388 HK', 'HK:00388']]],
  ])('%s', (text, expected) => {
    expect(view(text)).toEqual(expected);
  });

  it.each([
    ['a term before its abbreviation', '按揭抵押證券（MBS）跌2%'],
    ['an everyday abbreviation', '首次公開招股（IPO）集資10億元'],
    ['no talk of shares', '世界衛生組織（WHO）發表報告'],
    ['a name with no market talk', '研究機構高德（GART）發表報告'],
    ['a regulator, with share talk after it', '美國證交會（SEC）起訴該公司，股價跌3%'],
    ['an authority issuing guidance', '香港金融管理局（HKMA）發出新指引'],
    ['an exchange', '紐約證券交易所（NYSE）宣布，股價'],
    ['a measure of results', '息稅折舊攤銷前利潤（EBITDA）升5%'],
    ['a value measured', '新业务价值（NBV）为357.2亿元，同比增长46.2%'],
    ['a rate measured', '綜合成本率（COR）為97%'],
  ])('not a ticker: %s', (_what, text) => {
    expect(findStockMentions(text)).toEqual([]);
  });
});

describe('one company\'s listings glued together, any order', () => {
  it.each([
    ['中國平安2318.HK601318.SS周二', [['中國平安2318.HK', 'HK:02318'], ['601318.SS', 'SH:601318']]],
    ['招商銀行600036.SS3968.HK', [['招商銀行600036.SS', 'SH:600036'], ['3968.HK', 'HK:03968']]],
    ['比亞迪1211.HK002594.SZ升', [['比亞迪1211.HK', 'HK:01211'], ['002594.SZ', 'SZ:002594']]],
    ['某車企9999.HK7203.T', [['某車企9999.HK', 'HK:09999'], ['7203.T', 'JP:7203']]],
  ])('%s', (text, expected) => {
    expect(view(text)).toEqual(expected);
  });

  it.each([
    ['digits with no market', '騰訊控股0700.HK2025'],
    ['a decimal', '騰訊控股0700.HK1.5'],
    ['a code with no market', '騰訊控股0700.HK600036'],
  ])('what is glued after is no code: %s', (_what, text) => {
    expect(findStockMentions(text)).toEqual([]);
  });
});

describe('a short code after a name ending in its trade, or followed by a date', () => {
  it.each([
    ['新世界發展（１７）升２％', [['新世界發展（１７）', 'HK:00017']]],
    ['中華煤氣(3)派息', [['中華煤氣(3)', 'HK:00003']]],
    ['恒隆置業（１０１）', [['恒隆置業（１０１）', 'HK:00101']]],
    ['东方海外国际（316）', [['东方海外国际（316）', 'HK:00316']]],
    // A date or a short figure right after the bracket: the sentence's, not more digits of the code.
    ['港燈（２６３８）１０月售電量', [['港燈（２６３８）', 'HK:02638']]],
    ['中國移動（941）3月用戶', [['中國移動（941）', 'HK:00941']]],
    ['中國移動(941)5%股權', [['中國移動(941)', 'HK:00941']]],
  ])('%s', (text, expected) => {
    expect(view(text)).toEqual(expected);
  });

  it.each([
    ['a trade word alone', '娛樂（２７）'],
    ['a section of a report', '經濟（２）增長放緩'],
    ['a list number after a plan', '措施（３）增加供應'],
    ['a phone number after an area code', '查詢熱線（852）2345 6789'],
    ['a phone number after a name', '中國移動（852）2345 6789'],
  ])('not a code: %s', (_what, text) => {
    expect(findStockMentions(text)).toEqual([]);
  });
});

describe('an abbreviation of a medicine or a trial in brackets is no ticker', () => {
  it.each([
    ['a medicine', '公司研發的抗體藥物（ABX）銷售額升30%'],
    ['a therapy', '細胞療法（CART）收入增長20%'],
    ['a vaccine', '新型疫苗（RSV）股價'],
    ['a trial', '第三期臨床試驗（PIII）數據，股價升5%'],
  ])('%s', (_what, text) => {
    expect(findStockMentions(text).filter((m) => m.stock.market === 'US')).toEqual([]);
  });

  it('a drug maker\'s own ticker still is one', () => {
    expect(view('莫德納（MRNA）股價升5%')).toEqual([['莫德納（MRNA）', 'US:MRNA']]);
  });
});
