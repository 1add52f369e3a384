import { describe, expect, it } from 'vitest';
import { extractFigures } from './extract';
import type { Figure } from './figure';

const read = (text: string) => extractFigures(text).map((f) => ({ text: f.text, value: f.value, unit: f.unit }));

describe('index levels written without 點', () => {
  it.each<[string, string, number]>([
    ['恒指２５２００　升２％', '２５２００', 25200],
    ['恒指收報19500，跌300點', '19500', 19500],
    ['企指7,215，升1%', '7,215', 7215],
    ['道指 44,500', '44,500', 44500],
    ['恒指早段升200點，其後跌穿二萬關。', '二萬關', 20000],
  ])('%s', (text, span, value) => {
    expect(read(text)).toContainEqual({ text: span, value, unit: 'points' });
  });

  it.each<[string, string, number]>([
    ['恒指高開102點，報25,988；國指報9,145', '25,988', 25988],
    ['13:00 午後開市，恒指升幅收窄，報25,948。', '25,948', 25948],
    ['15:40 恒指再度回落，報25,852，跌34點。', '25,852', 25852],
    ['恒生指數早段下跌，其後報19500。', '19500', 19500],
    ['上证指数低开，报3,350。', '3,350', 3350],
  ])('the index leads the clause before: %s', (text, span, value) => {
    expect(read(text)).toContainEqual({ text: span, value, unit: 'points' });
  });

  it.each([
    ['a stock leads the clause before', '恒指升200點，騰訊升2%，報380。'],
    ['the index named late in the clause before', '騰訊跑贏恒指，報380。'],
    ['a report, not a quote', '恒指回落，報告指出300。'],
    ['a date after 報', '恒指回落，報2025年。'],
    ['a day in brackets after 報', '恒指回落，報（4日）'],
    ['too small for a level', '恒指回落，報３。'],
    ['a word after the number', '恒指回落，報300名。'],
  ])('not a level after a clause: %s', (_what, text) => {
    expect(read(text).filter((f) => f.unit === 'points' && f.value !== 200)).toEqual([]);
  });

  it.each([
    ['an index name with its number', '滬深300指數成份股'],
    ['a number after 指出', '分析員指出300'],
    ['too small for a level', '恒指３'],
  ])('not a level: %s', (_what, text) => {
    expect(read(text).filter((f) => f.unit === 'points')).toEqual([]);
  });
});

describe('points of a price and multiples', () => {
  it.each<[string, Partial<Figure>]>([
    ['國債期貨跌8個點', { text: '8個點', value: 8, unit: 'pricePoints', move: 'down' }],
    ['債價升一個點', { text: '一個點', value: 1, unit: 'pricePoints' }],
    ['市盈率14倍', { text: '14倍', value: 14, unit: 'x' }],
    ['公開發售部分獲超額認購1,200倍', { text: '1,200倍', value: 1200, unit: 'x' }],
    ['PB 0.8x', { text: '0.8x', value: 0.8, unit: 'x' }],
    ['預測PE12.5X，', { text: '12.5X', value: 12.5, unit: 'x' }],
  ])('%s', (text, expected) => {
    expect(extractFigures(text)[0]).toMatchObject(expected);
  });

  it.each([
    ['a point of discussion', '這裏有一個點要留意'],
    ['a model name', '型號X5x1'],
    ['a word of 倍', '倍數效應'],
  ])('not a figure: %s', (_what, text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('currency decided per figure', () => {
  it.each<[string, string, string]>([
    ['an HK-listed share on a page that names the renminbi', '騰訊控股（700）股價收報380元。人幣走弱，人幣兌美元再跌。', 'HKD'],
    ['an H share and an A share of one company', '比亞迪股份（1211）H股收報280元；A股報250元。', 'HKD,CNY'],
    ['an A share on a Hong Kong page', '港股成交1200億元。貴州茅台（600519）收報1,500元。', 'HKD,CNY'],
    ['a currency carried by 下同', '公司營業額為人民幣（下同）120億元，純利30億元。', 'CNY,CNY'],
    ['the clause names the currency', '以港元計價的成交額1200億元', 'HKD'],
    ['a US stock priced with $', '英偉達（NVDA）收報$180。', 'USD'],
    ['revenue is not a price: the page decides', '東方航空（600115）收入100億元', 'HKD'],
    ['a share price outranks a 下同 of another company', '碧桂園（2007）銷售額為人民幣（下同）32.1億元。龍湖集團（960）收報9.12元。', 'CNY,HKD'],
    ['the 下同 still holds for results', '碧桂園（2007）銷售額為人民幣（下同）32.1億元，純利3億元。', 'CNY,CNY'],
    ['earnings per share are results, not a price', '中国平安（601318.SH/02318.HK）公布业绩，基本每股收益为6.50元', 'CNY'],
    ['a dividend per share is a payout, not a price', '騰訊控股（700）每股派息4.5元，股價收報380元', 'HKD,HKD'],
    ['a wire line is a sentence of its own', '１０：０２　蘋果 AAPL US 跌１．２％ １０：４８　恒指半日成交１，２３０億元', 'percent,HKD'],
  ])('%s', (_what, text, units) => {
    expect(extractFigures(text).map((f) => f.unit).join(',')).toBe(units);
  });
});

describe('a magnitude with its unit left unsaid', () => {
  it.each<[string, string, string, number, string]>([
    ['users', '付費用戶達1.24億，按年增8%', '1.24億', 124000000, 'count'],
    ['a population', '人口約14億。', '約14億', 1400000000, 'count'],
    ['money the clause speaks of, on a Hong Kong page', '港股通北水淨流入35.6億，', '35.6億', 3560000000, 'HKD'],
    ['money on a mainland page', '公司营收达5.6亿；', '5.6亿', 560000000, 'CNY'],
    ['flats of a new block', '首批推出338伙，', '338伙', 338, 'count'],
  ])('%s', (_what, text, span, value, unit) => {
    expect(read(text)).toContainEqual({ text: span, value, unit });
  });

  it.each([
    ['a noun after it', '5000萬像素鏡頭'],
    ['Chinese numerals only', '千萬不要，萬一'],
    ['a bare number', '用戶達12400，'],
  ])('not a figure: %s', (_what, text) => {
    expect(read(text)).toEqual([]);
  });

  it('an index level stays a level', () => {
    expect(read('恒指跌穿2萬，')).toEqual([{ text: '2萬', value: 20000, unit: 'points' }]);
  });
});

describe('counts with a measure word', () => {
  it.each<[string, string, number]>([
    ['已部署超過3萬片', '超過3萬片', 30000],
    ['每日生產5,000片晶圓', '5,000片', 5000],
    ['最新消息，內地已有六款人工智能神器', '六款', 6],
    ['跌停个股仅5只', '5只', 5],
    ['兩萬隻新股', '兩萬隻', 20000],
    ['共有86隻新股上市', '86隻', 86],
  ])('%s', (text, span, value) => {
    expect(read(text)).toEqual([{ text: span, value, unit: 'count' }]);
  });
});

describe('not figures', () => {
  it.each([
    ['small counts of kinds', '推出3種產品，有兩個原因，兩類客戶'],
    ['an index name', '滬深300、中證500及科創50'],
    ['a saying', '三人行必有我師'],
    ['dates, times and quarters', '2025年3月4日下午3時，第二季，Q3，十四五規劃'],
    ['list numbers', '一、市況；2. 個股；（三）展望'],
    ['small counts of listed items', '建議關注兩條主線，推出三項措施，两条主线'],
    ['two in prose, 兩 before a measure word', '用於兩款機型，兩隻新股明日上市，两家公司，兩片'],
    ['words beginning with 片', '3片面之詞，5片區'],
    ['times of a live blog, the hour with a leading zero', '09:40 美元走強，０９：０５　港元，14:05:30 美元指數，23:59 日圓'],
  ])('%s', (_what, text) => {
    expect(read(text)).toEqual([]);
  });

  it.each<[string, string, string]>([
    ['the minutes of a time before a currency pair', '09:40 美元兑日元报151.35，', '151.35'],
    ['a time, then a price', '10:05 騰訊報380港元', '380港元'],
    ['three digits after a colon are no minutes', '09:400港元', '400港元'],
  ])('only the figure: %s', (_what, text, span) => {
    expect(read(text).map((f) => f.text)).toEqual([span]);
  });
});

describe('currencies named after 元, and the pataca', () => {
  it.each<[string, string, number, string]>([
    ['合同金額為3.5億元人民幣，', '3.5億元人民幣', 350000000, 'CNY'],
    ['罰款50萬元人民币。', '50萬元人民币', 500000, 'CNY'],
    ['入場費1,999元港幣', '1,999元港幣', 1999, 'HKD'],
    ['月租3萬元新台幣', '3萬元新台幣', 30000, 'TWD'],
    ['港股成交1,200億元，內地社融增量2.6萬億元人民幣', '2.6萬億元人民幣', 2600000000000, 'CNY'],
    ['澳門10月賭收225億澳門元', '225億澳門元', 22500000000, 'MOP'],
    ['博彩税收入80亿澳门元，', '80亿澳门元', 8000000000, 'MOP'],
    ['門票售價500澳門幣', '500澳門幣', 500, 'MOP'],
    ['收費MOP$1,200', 'MOP$1,200', 1200, 'MOP'],
  ])('%s', (text, span, value, unit) => {
    expect(read(text)).toContainEqual({ text: span, value, unit });
  });

  it.each([
    ['the Australian dollar is no pataca', '澳元兌美元報0.65，澳元資產'],
    ['a 元 ends its figure before the next clause names the renminbi', '騰訊（700）收報5元，人民幣走弱'],
  ])('%s', (_what, text) => {
    expect(read(text).filter((f) => f.unit === 'MOP' || f.unit === 'CNY')).toEqual([]);
  });
});

describe('the Hong Kong dollar quoted alone', () => {
  it.each<[string, string, number]>([
    ['港匯報7.8312，', '7.8312', 7.8312],
    ['港匯現貨收7.7650。', '7.7650', 7.765],
    ['港汇报7.83', '7.83', 7.83],
    ['港元匯價一度轉強至7.7510，', '7.7510', 7.751],
  ])('%s', (text, span, value) => {
    expect(read(text)).toContainEqual({ text: span, value, unit: 'HKD' });
  });

  it('the HK dollar index is no rate', () => {
    expect(read('港匯指數報98.5，')).toEqual([]);
  });
});

describe('an index level after a word of when', () => {
  it.each<[string, string, number]>([
    ['國指半日報9,088，', '9,088', 9088],
    ['恒指下午開市報26,010，升12點', '26,010', 26010],
    ['恒指昨日收報25,400。', '25,400', 25400],
    ['科指午市報5,700。', '5,700', 5700],
    ['恒指上午收市報25,100 升0.3%', '25,100', 25100],
  ])('%s', (text, span, value) => {
    expect(read(text)).toContainEqual({ text: span, value, unit: 'points' });
  });

  it.each([
    ['a stock of the index', '恒指成份股中午報380，'],
    ['turnover, not a level', '恒指半日成交1,084億元'],
  ])('not a level: %s', (_what, text) => {
    expect(read(text).filter((f) => f.unit === 'points')).toEqual([]);
  });
});

describe('tonnes and barrels', () => {
  it.each<[string, string, number]>([
    ['年產能約80萬噸，', '約80萬噸', 800000],
    ['新增产能120万吨。', '120万吨', 1200000],
    ['日產量減少50萬桶', '50萬桶', 500000],
  ])('%s', (text, span, value) => {
    expect(read(text)).toEqual([{ text: span, value, unit: 'count' }]);
  });

  it.each([
    ['a ship\'s class', '訂造兩艘30萬噸級油輪'],
    ['tonnage', '3萬噸位'],
    ['bottled water', '5桶裝水'],
  ])('not a count: %s', (_what, text) => {
    expect(read(text).filter((f) => f.unit === 'count' && f.value !== 2)).toEqual([]);
  });
});
