import { describe, expect, it } from 'vitest';
import { dateWords, factQualifiers, knownSubjectName } from './words';

describe('a fact in words', () => {
  it.each([
    ['2025-01-28', '2025年1月28日', '2025年1月28日'],
    ['2024-10', '2024年10月', '2024年10月'],
    ['2024-Q4', '2024年第四季', '2024年第四季'],
    ['2025-H1', '2025年上半年', '2025年上半年'],
    ['2025-W05', '2025年第5週', '2025年第5周'],
    ['2029', '2029', '2029'],
    ['2024-02-10/2025-01-28', '2024年2月10日至2025年1月28日', '2024年2月10日至2025年1月28日'],
  ])('dates %s as %s / %s', (date, hant, hans) => {
    expect(dateWords(date)).toEqual({ hant, hans });
  });

  it('names indices by their code, in both scripts, and economies by region and indicator', () => {
    expect(knownSubjectName('index:HSI')).toEqual({ hant: '恒生指數', hans: '恒生指数' });
    expect(knownSubjectName('index:DXY')).toEqual({ hant: '美匯指數', hans: '美元指数' });
    expect(knownSubjectName('us-gdp')).toEqual({ hant: '美國GDP', hans: '美国GDP' });
    expect(knownSubjectName('gold')).toEqual({ hant: '黃金', hans: '黄金' });
    expect(knownSubjectName('HK:00700')).toBeUndefined();
    expect(knownSubjectName('openai')).toBeUndefined();
  });

  it('says the kind of level and a role that is not what happened', () => {
    expect(factQualifiers({ subject: 'index:HSI', subjectKind: 'index', subjectName: '恒指', measure: 'level', kind: 'close', role: 'actual' })).toEqual(['kindClose']);
    expect(factQualifiers({ subject: 'us-gdp', subjectKind: 'economy', subjectName: 'GDP', measure: 'change-percent', role: 'prior' })).toEqual(['rolePrior']);
  });
});
