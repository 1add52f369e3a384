import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import sample from '../sample/sample-page.txt?raw';
import { findStockMentions } from '.';
import { viewMentions } from './testing/mention-view';

const view = (text: string) => viewMentions(text, findStockMentions(text));

describe('the sample page', () => {
  it('finds the three tips and the two later mentions of 阿里巴巴, and nothing else', () => {
    expect(view(sample)).toEqual([
      ['阿里巴巴 (09988)', 'HK:09988', '阿里巴巴', '09988', 'code'],
      ['小米 (01810)', 'HK:01810', '小米', '01810', 'code'],
      ['騰訊 (00700)', 'HK:00700', '騰訊', '00700', 'code'],
      ['阿里巴巴', 'HK:09988', '阿里巴巴', '-', 'alias'],
      ['阿里巴巴', 'HK:09988', '阿里巴巴', '-', 'alias'],
    ]);
  });

  it('points the aliases at the sentences that name 阿里巴巴 again', () => {
    const cps = [...sample];
    const around = findStockMentions(sample)
      .filter((m) => m.via === 'alias')
      .map((m) => cps.slice(m.span.start, m.span.end + 4).join(''));
    expect(around).toEqual(['阿里巴巴也公布了', '阿里巴巴因公布新']);
  });
});

const SHARED = path.resolve(__dirname, '../../../../shared');
const readShared = (name: string) => fs.readFileSync(path.join(SHARED, 'samples', name), 'utf8');

// ../shared holds pages from elsewhere; where it is absent these tests are skipped (and vitest says so).
describe.skipIf(!fs.existsSync(SHARED))('shared sample pages (skipped where ../shared is absent)', () => {
  it('aastocks: 和電香港 (00215.HK) and its later mentions', () => {
    expect(view(readShared('aastocks-00215-hant.txt'))).toEqual([
      ['和電香港(00215.HK)', 'HK:00215', '和電香港', '00215.HK', 'code'],
      ['和電香港', 'HK:00215', '和電香港', '-', 'alias'],
      ['和電香港', 'HK:00215', '和電香港', '-', 'alias'],
    ]);
  });

  it('china-eastern: three A-shares, not 波音737 nor 3.8亿股', () => {
    expect(view(readShared('china-eastern-hans.txt'))).toEqual([
      ['吉祥航空（603885.SH）', 'SH:603885', '吉祥航空', '603885.SH', 'code'],
      ['南方航空（600029.SH）', 'SH:600029', '南方航空', '600029.SH', 'code'],
      ['*ST海航（600221.SH）', 'SH:600221', '*ST海航', '600221.SH', 'code'],
    ]);
  });
});
