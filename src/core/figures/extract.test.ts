import { describe, expect, it } from 'vitest';
import type { Figure } from './figure';
import { extractFigures } from './extract';

const only = (text: string, yuan: 'HKD' | 'CNY' = 'HKD'): Figure => {
  const found = extractFigures(text, { yuan });
  expect(found.map((f) => f.text)).toHaveLength(1);
  return found[0]!;
};

describe('extractFigures: numbers and units', () => {
  it.each<[string, Partial<Figure>]>([
    ['估值達到3000億美元', { value: 3e11, unit: 'USD', text: '3000億美元' }],
    ['市值2.3萬億港元', { value: 2.3e12, unit: 'HKD' }],
    ['人民幣5,000萬元', { value: 5e7, unit: 'CNY', text: '人民幣5,000萬元' }],
    ['收入１２．５億歐元', { value: 1.25e9, unit: 'EUR' }],
    ['日圓100萬日圓', { value: 1e6, unit: 'JPY' }],
    ['英鎊30億英鎊', { value: 3e9, unit: 'GBP' }],
    ['新台幣500億元', { value: 5e10, unit: 'TWD' }],
    ['US$3.5億', { value: 3.5e8, unit: 'USD', text: 'US$3.5億' }],
    ['HK$2.75', { value: 2.75, unit: 'HKD' }],
    ['HK$2.75/股', { value: 2.75, unit: 'HKD', perUnit: '股', text: 'HK$2.75/股' }],
    ['RMB 100億', { value: 1e10, unit: 'CNY', text: 'RMB 100億' }],
    ['派息HKD 7.8', { value: 7.8, unit: 'HKD', text: 'HKD 7.8' }], // not a pair: an amount
    ['售價¥99', { value: 99, unit: 'CNY' }],
    ['收購價€5億', { value: 5e8, unit: 'EUR' }],
    ['恒指收報20225點', { value: 20225, unit: 'points' }],
    ['上证指数3800点', { value: 3800, unit: 'points' }],
    ['升幅28%', { value: 28, unit: 'percent' }],
    ['跌２２％', { value: 22, unit: 'percent' }],
    ['百分之五十', { value: 50, unit: 'percent' }],
    ['千分之五', { value: 0.5, unit: 'percent' }],
    ['加息0.25個百分點', { value: 0.25, unit: 'percentagePoints' }],
    ['減息25點子', { value: 0.25, unit: 'percentagePoints' }],
    ['估值達US$300bn', { value: 3e11, unit: 'USD' }], // English magnitudes, after a written currency
    ['RMB 10 billion', { value: 1e10, unit: 'CNY' }],
    ['HK$1.2m', { value: 1.2e6, unit: 'HKD' }],
    ['加息25個基點', { value: 0.25, unit: 'percentagePoints' }], // not 25 of something counted with 個
    ['降息25个基点', { value: 0.25, unit: 'percentagePoints' }],
    ['佔一成五', { value: 15, unit: 'percent' }],
    ['三成半', { value: 35, unit: 'percent' }],
    ['九成', { value: 90, unit: 'percent' }],
    ['推出六款產品', { value: 6, unit: 'count', measureWord: '款' }],
    ['持有3.8億股', { value: 3.8e8, unit: 'count', measureWord: '股' }],
    ['21只基金', { value: 21, unit: 'count', measureWord: '只' }],
    ['載有132人', { value: 132, unit: 'count', measureWord: '人' }],
    ['送出800 億個詞元', { value: 8e10, unit: 'count', measureWord: '個', text: '800 億個' }],
    ['報2.75港元/股', { value: 2.75, unit: 'HKD', perUnit: '股', text: '2.75港元/股' }],
    ['每桶80美元', { value: 80, unit: 'USD', perUnit: '桶' }],
    ['逾千億元', { value: 1e11, unit: 'HKD' }],
    ['100 USD', { value: 100, unit: 'USD' }],
    ['按揭利率3.5厘', { value: 3.5, unit: 'percent' }],
  ])('%s', (text, expected) => {
    expect(only(text)).toMatchObject(expected);
  });

  it('reads a bare 元 in the currency it is told', () => {
    expect(only('營收586億元', 'CNY')).toMatchObject({ unit: 'CNY', value: 5.86e10 });
    expect(only('營收586億元', 'HKD')).toMatchObject({ unit: 'HKD', value: 5.86e10 });
  });

  it('guesses the page currency of a bare 元 when not told', () => {
    expect(extractFigures('东航营收586亿元')[0]?.unit).toBe('CNY');
    expect(extractFigures('港鐵營收586億元')[0]?.unit).toBe('HKD');
  });
});

describe('extractFigures: qualifiers, ranges, signs, each', () => {
  it.each<[string, Partial<Figure>]>([
    ['逾100億元', { qualifier: 'over', value: 1e10, text: '逾100億元' }],
    ['超過2.3億股', { qualifier: 'over' }],
    ['大跌超18%', { qualifier: 'over', value: 18 }],
    ['近5%', { qualifier: 'nearly' }],
    ['接近45000點', { qualifier: 'nearly', value: 45000 }],
    ['逼近2730美元', { qualifier: 'nearly' }],
    ['約為人民幣10億元', { qualifier: 'about', unit: 'CNY', text: '約為人民幣10億元' }],
    ['100億元左右', { qualifier: 'about' }],
    ['至少3成', { qualifier: 'atLeast', value: 30 }],
    ['不超過5%', { qualifier: 'atMost' }],
    ['3000多億美元', { qualifier: 'moreThan', value: 3e11 }],
    ['70 多個模型', { qualifier: 'moreThan', value: 70, unit: 'count' }],
    ['十餘萬人', { qualifier: 'moreThan', value: 1e5 }],
    ['三成多', { qualifier: 'moreThan', value: 30 }],
    ['恒指收在兩萬點之上', { qualifier: 'over', value: 20000, text: '兩萬點之上' }],
    ['100億元以上', { qualifier: 'atLeast' }],
    ['-110億元至-135億元', { value: -1.1e10, valueTo: -1.35e10, unit: 'CNY' }],
    ['約為人民幣-122億元至-147億元', { value: -1.22e10, valueTo: -1.47e10, unit: 'CNY', qualifier: 'about' }],
    ['3至5億美元', { value: 3e8, valueTo: 5e8, unit: 'USD' }],
    ['5-20%', { value: 5, valueTo: 20, unit: 'percent' }],
    ['20%至30%', { value: 20, valueTo: 30 }],
    ['五六百人', { value: 500, valueTo: 600, unit: 'count' }],
    ['十五六萬元', { value: 150000, valueTo: 160000 }],
    ['百分之二三十', { value: 20, valueTo: 30, unit: 'percent' }],
    ['虧損-5億元', { value: -5e8 }],
    ['負3.9%', { value: -3.9 }],
    ['－122％', { value: -122 }],
    ['股價跌2.27%', { value: 2.27 }],
    ['A與B將各自產生250億美元', { each: true, value: 2.5e10 }],
    ['滬深兩市各升5%', { each: true }],
    ['分散在全球各地的100萬人', { unit: 'count' }],
  ])('%s', (text, expected) => {
    const f = only(text, 'CNY');
    expect(f).toMatchObject(expected);
    if (!('each' in expected)) expect(f.each).toBeUndefined();
    if (!('valueTo' in expected)) expect(f.valueTo).toBeUndefined();
  });
});

describe('extractFigures: numbers that are not figures', () => {
  it.each([
    ['dates', '昨日（31日）、2024年10月、1月20日、2029財年、2月3日、7 月初'],
    ['a date in digits', '2024-10-31 與 2024/10'],
    ['times', '下午3點開會，晚上8點半收市，10:30復市'],
    ['ordinals', '第三位、第四季度、第一季、第1季'],
    ['model names and versions', 'GPT-4、o1、R1、Gemini 2.0、ChatGPT-4o、DeepSeek-R1、5G、GO3、3SUPREME、COVID-19'],
    ['stock codes', '阿里巴巴 (09988) 小米 (01810) 吉祥航空（603885.SH）和電香港(00215.HK)'],
    ['addresses', '皇后大道東109-115號22字樓'],
    ['phone numbers read digit by digit', '電話：二五二二九七九六三'],
    ['index and plan names', '滬深300成份股、十四五規劃、標普500'],
    ['idioms with numerals', '一浪接一浪、一炮而紅、一己之力、千言萬語、何止萬千、二者缺一不可、一是改寫規劃，二是開發者、一成不變、萬一、千萬不要、百萬富翁'],
    ['sayings whose numeral reads as a count', '三人行，必有我師；三人成虎；三番四次、三番两次；一百個放心；三五成群；十拿九穩'],
    ['a/an with a measure word', '一款令人印象深刻的模型、一個高水平、一點靈犀、一元化'],
    ['bare numbers without a unit', '公司旗下 3 香港及 3SUPREME，波音737客機，3種產品，兩個原因'],
    ['fractions', '三分之一、五百分之2.2'],
    ['durations', '三年、6個月、兩小時'],
    ['the quantity a ratio is per', '每10股、每100股、每十股'],
    ['an English magnitude with no currency written', '300bn、5m長、GPT-4 bn'],
  ])('%s', (_what, text) => {
    expect(extractFigures(text).map((f) => f.text)).toEqual([]);
  });
});

describe('extractFigures: per so many', () => {
  it('keeps the amount of a dividend per ten shares, not the ten', () => {
    expect(extractFigures('每10股派3元').map((f) => f.text)).toEqual(['3元']);
  });
});

describe('extractFigures: sayings', () => {
  it('still counts people outside the saying', () => {
    expect(extractFigures('三人行，必有我師。公司聘請了三人。').map((f) => f.text)).toEqual(['三人']);
  });
});

describe('extractFigures: bare levels', () => {
  it('reads an index level as points', () => {
    expect(only('美匯指數也給拉回到108水平之上')).toMatchObject({ value: 108, unit: 'points', qualifier: 'over', label: '美匯指數' });
    expect(only('恒指跌穿兩萬，')).toMatchObject({ value: 20000, unit: 'points' });
  });

  it('reads a bare number an index falls, rises or closes to as points', () => {
    expect(only('恒指跌至19500，')).toMatchObject({ value: 19500, unit: 'points', label: '恒指' });
    expect(only('美元指数收报99.5。')).toMatchObject({ value: 99.5, unit: 'points', label: '美元指数' });
    expect(only('國企指數高見7350後回軟')).toMatchObject({ value: 7350, unit: 'points', label: '國企指數' });
    expect(extractFigures('金價升至2800美元，其後回落至2750，').map((f) => [f.value, f.unit])).toEqual([
      [2800, 'USD'],
      [2750, 'USD'],
    ]);
  });

  it('drops a bare number risen to when nothing gives it a unit', () => {
    expect(extractFigures('股價升至15，恒指跌至3年低位')).toEqual([]);
  });

  it('lends a level the unit of a figure of the same size just before it', () => {
    const [first, level] = extractFigures('金價突破2800美元大關。黃金有機會進一步突破2800大關。');
    expect(level).toMatchObject({ value: 2800, unit: first?.unit, text: '2800大關' });
  });

  it('drops a level whose unit nothing says', () => {
    expect(extractFigures('有機會突破2800大關')).toEqual([]);
  });
});

describe('extractFigures: labels and dates', () => {
  it.each([
    ['公司估值有望達到3000億美元', '公司估值'],
    ['金價竟然突破2800美元大關', '金價'],
    ['不及預期的2.6%', '預期'],
    ['較前值3.10%大幅放緩', '前值'],
    ['其中，ChatGPT收入為500億美元', 'ChatGPT收入'],
    ['東航2020年營收586億元', '東航營收'],
    ['人行下調一年期LPR 10個基點', '一年期LPR'],
    ['央行下調存款準備金率0.5個百分點', '存款準備金率'],
    ['大行將目標價上調至120元', '目標價'],
  ])('%s → %s', (text, label) => {
    expect(extractFigures(text).at(-1)?.label).toBe(label);
  });

  it('keeps the subject of the sentence when the clause names none', () => {
    const labels = extractFigures('恒指收在兩萬點之上，收20225點；龍年升4478點').map((f) => f.label);
    expect(labels).toEqual(['恒指', '恒指', '恒指']);
  });

  it.each([
    ['OpenAI上一輪融資發生在2024年10月，彼時估值達到1570億美元。', '2024-10'],
    ['2021年淨利潤約100億元', '2021'],
    ['截至2021年末，基金共持有3.8億股', '2021'],
    ['預計到2029財年，收入將達到1000億美元', '2029'],
    ['2024年10月31日收市報20225點', '2024-10-31'],
  ])('%s is dated %s', (text, date) => {
    expect(extractFigures(text)[0]?.date).toBe(date);
  });

  it('does not date a figure across another figure or sentence', () => {
    const [a, b] = extractFigures('2020年營收586億元，同比下滑51.48%');
    expect(a?.date).toBe('2020');
    expect(b?.date).toBeUndefined();
    expect(extractFigures('2020年更是重創。營收586億元')[0]?.date).toBeUndefined();
  });
});

describe('extractFigures: spans', () => {
  it('counts code points, so astral characters before a figure count once', () => {
    const text = '𠀋𠀋營收586億元';
    const [f] = extractFigures(text);
    expect(f?.span).toEqual({ start: 4, end: 9 });
    expect([...text].slice(4, 10).join('')).toBe(f?.text);
  });
});
