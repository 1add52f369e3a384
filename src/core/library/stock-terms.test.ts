import { describe, expect, it } from 'vitest';
import { findStockMentions } from '../stocks';
import { stockSearchTerms } from './stock-terms';

const page = (source: string) => ({ source, mentions: findStockMentions(source) });

describe('stockSearchTerms', () => {
  const pages = [page('心水股 阿里巴巴 (09988) 小米 (01810) 騰訊 (00700)\n騰訊再升。'), page('和電香港(00215.HK)宣布')];

  it.each(['00700', '0700.HK', '700', '７００'])('finds every way the pages write %s', (query) => {
    const terms = stockSearchTerms(query, pages)!;
    expect(terms).toEqual(expect.arrayContaining(['騰訊 (00700)', '騰訊', '00700']));
    expect(terms).not.toContain('小米');
  });

  it('keeps a query with letters, drops bare digits (700 would hit 1700)', () => {
    expect(stockSearchTerms('0700.HK', pages)).toContain('0700.HK');
    expect(stockSearchTerms('700', pages)).not.toContain('700');
  });

  it('uses the code as written', () => {
    expect(stockSearchTerms('215', pages)).toEqual(expect.arrayContaining(['和電香港(00215.HK)', '和電香港', '00215.HK']));
  });

  it('is undefined for a non-code or a stock no page mentions', () => {
    expect(stockSearchTerms('騰訊', pages)).toBeUndefined();
    expect(stockSearchTerms('00005', pages)).toBeUndefined();
  });
});
