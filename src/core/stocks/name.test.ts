import { describe, expect, it } from 'vitest';
import { cleanStart, nameBefore, type NameKind } from './name';

/** Reads the name before the `|` marker. */
function read(marked: string, floor = 0): [NameKind, string] {
  const end = marked.indexOf('|');
  const text = marked.replace('|', '');
  const n = nameBefore(text, end, floor);
  return [n.kind, text.slice(n.start, n.end)];
}

describe('nameBefore', () => {
  it.each<[string, NameKind, string]>([
    ['騰訊控股|', 'name', '騰訊控股'],
    ['心水股 阿里巴巴 |', 'name', '阿里巴巴'],
    ['騰訊\n|', 'name', '騰訊'],
    ['騰訊\n\n|', 'none', ''],
    ['騰訊    |', 'none', ''],
    ['，|', 'none', ''],
    ['2024|', 'none', ''],
    ['|', 'none', ''],
    ['跌|', 'short', '跌'],
    ['該公司|', 'generic', '該公司'],
    ['、*ST海航|', 'name', '*ST海航'],
    ['**騰訊|', 'name', '騰訊'],
    ['小米集團-W |', 'name', '小米集團-W'],
    ['阿里巴巴-SW|', 'name', '阿里巴巴-SW'],
    ['Meta Platforms|', 'name', 'Meta Platforms'],
    ['Tencent Music|', 'name', 'Tencent Music'],
    ['Taiwan Semiconductor Mfg|', 'name', 'Taiwan Semiconductor Mfg'],
    ['shares of Tencent|', 'long', ''],
    ['Alphabet Class A Shares|', 'long', ''],
    ['Extraordinarily Longnamed Holdings|', 'long', ''],
    ['Apple Inc|', 'name', 'Apple Inc'],
    // A formal name over ten characters is still the name (up to 20, ending in a registered form).
    ['中國東方航空股份有限公司|', 'name', '中國東方航空股份有限公司'],
    ['寧德時代新能源科技股份有限公司|', 'name', '寧德時代新能源科技股份有限公司'],
    ['中国石油天然气股份有限公司|', 'name', '中国石油天然气股份有限公司'],
    ['中國東方航空集團某某某某某某某某某股份有限公司|', 'long', ''],
    // A longer run: the name after the word that describes it.
    ['內地半導體設備商芯源微電子|', 'name', '芯源微電子'],
    ['全球最大的動力電池製造商寧德時代|', 'name', '寧德時代'],
    ['據美國媒體報道今年春節除了旅遊行花市外另一個熱潮|', 'long', ''],
    ['據美國媒體報道今年春節除了旅遊行花市外另一個熱潮就是玩人工智能|', 'long', ''],
    ['據美國媒體報道今年春節除了旅遊行花市外另一個熱潮就是看好騰訊|', 'name', '騰訊'],
    ['2024年理想汽车|', 'name', '理想汽车'],
    ['𠀋𠀋科技|', 'name', '𠀋𠀋科技'],
  ])('%j → %s %j', (marked, kind, name) => {
    expect(read(marked)).toEqual([kind, name]);
  });

  it('never reads back past the floor', () => {
    expect(read('阿里巴巴|', 2)).toEqual(['name', '巴巴']);
    expect(read('阿里巴巴|', 3)).toEqual(['short', '巴']);
    expect(read('騰訊控股|', 2)).toEqual(['generic', '控股']);
  });

  it('keeps the class marker out of the alias key', () => {
    expect(nameBefore('小米集團-W', 6, 0).key).toBe('小米集團');
  });
});

describe('cleanStart', () => {
  it.each([
    ['推介騰訊', '騰訊'],
    ['AI概念股商湯', '商湯'],
    ['阿里巴巴和騰訊', '騰訊'],
    ['阿里巴巴與騰訊', '騰訊'],
    ['信和置業', '信和置業'],
    ['和電香港', '和電香港'],
    ['如騰訊', '騰訊'],
    ['如家', '如家'],
    ['據小米', '小米'],
    ['包括騰訊', '騰訊'],
    ['看好', '看好'],
    ['看好騰', '看好騰'],
    ['港股騰訊', '騰訊'],
    ['騰訊控股', '騰訊控股'],
  ])('%j → %j', (run, name) => {
    expect(run.slice(cleanStart(run))).toBe(name);
  });

  it('drops a date unit left over after digits', () => {
    expect('年理想汽车'.slice(cleanStart('年理想汽车', true))).toBe('理想汽车');
    expect('年理想汽车'.slice(cleanStart('年理想汽车', false))).toBe('年理想汽车');
  });
});
