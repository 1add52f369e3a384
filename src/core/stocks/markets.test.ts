import { describe, expect, it } from 'vitest';
import { findStockMentions } from './find-mentions';
import { normaliseCode } from './normalise';
import type { Market } from './stock-mention';
import { viewMentions } from './testing/mention-view';

const view = (text: string) => viewMentions(text, findStockMentions(text)).map(([span, key]) => [span, key]);

describe('Seoul, Taipei, Beijing and Bloomberg Tokyo codes', () => {
  it.each([
    // Seoul: Reuters' .KS (KOSPI) and .KQ (KOSDAQ), Bloomberg's KS; six digits.
    ['三星電子(005930.KS)跌1.2%', [['三星電子(005930.KS)', 'KR:005930']]],
    ['三星電子005930.KS', [['三星電子005930.KS', 'KR:005930']]],
    ['LG新能源（373220.KS）擬發債', [['LG新能源（373220.KS）', 'KR:373220']]],
    ['Wonik IPS（240810.KQ）則報32,150韓元', [['Wonik IPS（240810.KQ）', 'KR:240810']]],
    ['三星電子 005930 KS 升２．５％', [['三星電子 005930 KS', 'KR:005930']]],
    ['ＳＫ海力士 000660 KS 升2.6%', [['ＳＫ海力士 000660 KS', 'KR:000660']]],
    ['三星電子005930 KS升2%', [['三星電子005930 KS', 'KR:005930']]],
    ['韓美半導體（042700 KS）', [['韓美半導體（042700 KS）', 'KR:042700']]],
    // Taipei: .TW (TWSE), .TWO (TPEx), Bloomberg's TT; four to six digits kept as written.
    ['台積電(2330.TW)收報1,085元', [['台積電(2330.TW)', 'TW:2330']]],
    ['聯發科（２４５４．ＴＷ）', [['聯發科（２４５４．ＴＷ）', 'TW:2454']]],
    ['上櫃股元太(8069.TWO)營收', [['上櫃股元太(8069.TWO)', 'TW:8069']]],
    // A name ending in digits is not read as one (元大台灣50): the code stands alone.
    ['元大台灣50（0050.TW）', [['（0050.TW）', 'TW:0050']]],
    ['國泰永續高股息(00878.TW)', [['國泰永續高股息(00878.TW)', 'TW:00878']]],
    ['台積電 2330 TT 升1%', [['台積電 2330 TT', 'TW:2330']]],
    // Beijing: .BJ.
    ['贝特瑞(835185.BJ)  持仓市值2.15亿元', [['贝特瑞(835185.BJ)', 'BJ:835185']]],
    // Tokyo in Bloomberg's form: JP (composite) and JT (Tokyo).
    ['愛德萬測試 6857 JP 升3.3%', [['愛德萬測試 6857 JP', 'JP:6857']]],
    ['日股豐田 7203 JP 的股價升1%', [['豐田 7203 JP', 'JP:7203']]],
    ['東京威力科創（8035 JT）及Disco（6146.T）', [['東京威力科創（8035 JT）', 'JP:8035'], ['Disco（6146.T）', 'JP:6146']]],
  ])('%s', (text, expected) => {
    expect(view(text)).toEqual(expected);
  });

  it.each([
    ['a decimal before .TW', '增長1.5TW'],
    ['digits glued to more letters', '型號2330.TWX'],
    ['a Korean code of five digits', '某股(05930.KS)'],
    ['a Bloomberg Seoul code after no name', '成交 005930 KS'],
    ['a Bloomberg Tokyo code after a word, no share talk', '型號 6857 JP 規格'],
    ['JP Morgan in English', '據JP Morgan指出'],
  ])('no code: %s', (_, text) => {
    expect(view(text)).toEqual([]);
  });

  it.each<[string, Market, string]>([
    ['005930.KS', 'KR', '005930'],
    ['５９３０', 'KR', '005930'],
    ['0050.TW', 'TW', '0050'],
    ['8069.TWO', 'TW', '8069'],
    ['2330 TT', 'TW', '2330'],
    ['123', 'TW', ''],
    ['835185.BJ', 'BJ', '835185'],
    ['6857 JP', 'JP', '6857'],
    ['8035 JT', 'JP', '8035'],
  ])('normaliseCode(%j, %s) is %j', (raw, market, code) => {
    expect(normaliseCode(raw, market)).toBe(code);
  });
});

describe('six digits a space after a name (a fund report\'s holdings)', () => {
  it.each([
    ['3. 中际旭创 300308  持仓市值7.45亿元', [['中际旭创 300308', 'SZ:300308']]],
    ['中际旭创　300308涨5%', [['中际旭创　300308', 'SZ:300308']]],
  ])('%s', (text, expected) => {
    expect(view(text)).toEqual(expected);
  });

  it.each([
    ['a turnover in lots', '中际旭创单日成交 300750 手'],
    ['a post code', '上海市浦东新区 邮编 200120'],
    ['a post code after an address', '天津市南开区卫津路 300071 的营业部'],
    ['a post code glued to an address', '天津市南开区卫津路300071'],
    ['an amount', '营收 300750 万元'],
    ['six digits that are no A share', '宁德时代 123456 升'],
  ])('no code: %s', (_, text) => {
    expect(view(text)).toEqual([]);
  });
});

describe('names longer than ten characters', () => {
  it.each([
    ['中国石油天然气股份有限公司(601857)', '中国石油天然气股份有限公司(601857)', '中国石油天然气股份有限公司'],
    ['寧德時代新能源科技股份有限公司（3750）上市至今', '寧德時代新能源科技股份有限公司（3750）', '寧德時代新能源科技股份有限公司'],
    ['內地半導體設備商芯源微電子（2559）今日起招股', '芯源微電子（2559）', '芯源微電子'],
    ['全球最大的動力電池製造商寧德時代（3750）', '寧德時代（3750）', '寧德時代'],
  ])('%s', (text, span, name) => {
    const [m] = findStockMentions(text);
    expect(m && [...text].slice(m.span.start, m.span.end).join('')).toBe(span);
    expect(m?.name).toBe(name);
  });
});
