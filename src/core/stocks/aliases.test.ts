import { describe, expect, it } from 'vitest';
import { findStockMentions } from './find-mentions';
import { viewMentions } from './testing/mention-view';

const aliases = (text: string) => viewMentions(text, findStockMentions(text)).filter((m) => m[4] === 'alias');

describe('aliases', () => {
  it.each([
    ['a later mention', '阿里巴巴 (09988)。阿里巴巴大升', [['阿里巴巴', 'HK:09988', '阿里巴巴', '-', 'alias']]],
    ['an earlier mention (a headline)', '騰訊業績勝預期\n騰訊（00700）', [['騰訊', 'HK:00700', '騰訊', '-', 'alias']]],
    ['a class marker dropped', '小米集團-W (01810)。小米集團', [['小米集團', 'HK:01810', '小米集團', '-', 'alias']]],
    ['a name running into the next word', '和電香港(00215.HK)。和電香港與', [['和電香港', 'HK:00215', '和電香港', '-', 'alias']]],
    ['a US name', '英偉達 (NASDAQ: NVDA)。英偉達', [['英偉達', 'US:NVDA', '英偉達', '-', 'alias']]],
    ['no one-character name', '跌（600029.SH）。跌', []],
    ['no alias without a name', '0700.HK、騰訊', []],
    ['no generic name', '該公司（00215.HK）。該公司', []],
    ['a Latin name of two words', 'Meta Platforms (NASDAQ: META)。Meta Platforms股價', [['Meta Platforms', 'US:META', 'Meta Platforms', '-', 'alias']]],
    ['a Latin name as a whole word only', 'Tencent (00700). Tencent, Tencents, MyTencent', [['Tencent', 'HK:00700', 'Tencent', '-', 'alias']]],
  ])('%s', (_label, text, expected) => {
    expect(aliases(text)).toEqual(expected);
  });

  it('does not link inside a code mention, and a later code mention stays a code', () => {
    expect(viewMentions('騰訊（00700）。騰訊控股（00700.HK）', findStockMentions('騰訊（00700）。騰訊控股（00700.HK）'))).toEqual([
      ['騰訊（00700）', 'HK:00700', '騰訊', '00700', 'code'],
      ['騰訊控股（00700.HK）', 'HK:00700', '騰訊控股', '00700.HK', 'code'],
    ]);
  });

  it('does not link a name that another group company’s name begins with', () => {
    const text = '騰訊（00700）。騰訊音樂、阿里健康、騰訊控股及騰訊股價';
    expect(aliases(text).map((m) => m[0])).toEqual(['騰訊', '騰訊']);
    expect(aliases('阿里（09988）。阿里健康大升，阿里影業亦升').map((m) => m[0])).toEqual([]);
    expect(aliases('華潤啤酒（00291）。華潤置地、華潤電力、華潤燃氣').map((m) => m[0])).toEqual([]);
    expect(aliases('比亞迪股份（01211）。比亞迪股份大升，比亞迪電子亦升').map((m) => m[0])).toEqual(['比亞迪股份']);
  });

  it('does not link a listed name that merely begins with the name', () => {
    expect(aliases('京東（09618）。京東方股價、京東股價、京東方面表示').map((m) => [m[0], m.join('|').includes('HK:09618')])).toEqual([
      ['京東', true],
      ['京東', true],
    ]);
    expect(aliases('京东（09618）。京东方股价').map((m) => m[0])).toEqual([]);
  });

  it('prefers the longest name', () => {
    const text = '騰訊（00700）、騰訊音樂（01698）。騰訊音樂、騰訊';
    expect(aliases(text).map((m) => [m[0], m[1]])).toEqual([
      ['騰訊音樂', 'HK:01698'],
      ['騰訊', 'HK:00700'],
    ]);
  });

  it('ties a name written with two codes to the nearest one before', () => {
    const text = '阿里巴巴（09988）大升。阿里巴巴（NYSE: BABA）亦升。阿里巴巴';
    expect(aliases(text).map((m) => m[1])).toEqual(['US:BABA']);
    const first = '阿里巴巴大升。阿里巴巴（09988）。阿里巴巴（NYSE: BABA）';
    expect(aliases(first).map((m) => m[1])).toEqual(['HK:09988']);
  });
});
