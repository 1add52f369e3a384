import { describe, expect, it } from 'vitest';
import { pageScript, SCRIPT_SAMPLE } from './page-script';

describe('pageScript', () => {
  it('tells the scripts apart', () => {
    expect(pageScript('騰訊控股公佈業績')).toBe('hant');
    expect(pageScript('腾讯控股公布业绩')).toBe('hans');
  });

  it('judges a long page on its opening', () => {
    expect(pageScript('腾讯业绩'.repeat(SCRIPT_SAMPLE) + '騰訊業績'.repeat(SCRIPT_SAMPLE * 2))).toBe('hans');
  });
});
