import { describe, expect, it } from 'vitest';
import { keepTogether } from './keep-together';

const kept = (text: string) => keepTogether(text).map((s) => [...text].slice(s.start, s.end).join(''));

describe('keepTogether: share classes stay on one line', () => {
  it.each([
    ['A股和H股齊升', ['A股', 'H股']],
    ['A+H股上市', ['A+H股']],
    ['中概股、港股', []],
    ['ETF股份', []],
    ['𠮷A股', ['A股']],
  ])('%s', (text, terms) => {
    expect(kept(text)).toEqual(terms);
  });

  it('counts code points, so an astral character before a term does not shift it', () => {
    expect(keepTogether('𠮷A股')).toEqual([{ start: 1, end: 3 }]);
  });
});
