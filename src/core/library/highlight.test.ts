import { describe, expect, it } from 'vitest';
import { splitConverted } from './highlight';

const table: Record<string, string> = { 騰: '腾', 訊: '讯', 業: '业', 績: '绩' };
const perChar = (s: string) => [...s].map((c) => table[c] ?? c).join('');

describe('splitConverted', () => {
  it('converts the whole and cuts it where the parts were', () => {
    expect(splitConverted(['今日', '騰訊', '業績𠀋好'], perChar)).toEqual(['今日', '腾讯', '业绩𠀋好']);
  });

  it('converts part by part when the whole changes length', () => {
    const longer = (s: string) => (s.length > 3 ? s + '!' : perChar(s));
    expect(splitConverted(['今日', '騰訊', '升'], longer)).toEqual(['今日', '腾讯', '升']);
  });
});
