import { beforeAll, describe, expect, it } from 'vitest';
import { detectScript } from './detect-script';
import { loadRawConverter } from './raw-converters';
import { HANS_ONLY, HANT_ONLY } from './script-chars';

describe('detectScript', () => {
  it.each([
    ['騰訊控股公佈業績，股價上升', 'hant'],
    ['腾讯控股公布业绩，股价上升', 'hans'],
    ['東航港股和美股暴跌', 'hant'],
    ['东航港股和美股暴跌', 'hans'],
    // mostly Traditional with a quoted Simplified word: the majority wins
    ['這個「东航」的報道說明了問題', 'hant'],
    // nothing that tells the scripts apart: Traditional, the reader's home script
    ['恒生指數 20225 點', 'hant'],
    ['OpenAI GDP', 'hant'],
    ['', 'hant'],
  ] as const)('%s → %s', (text, script) => {
    expect(detectScript(text)).toBe(script);
  });
});

describe('the one-script character lists', () => {
  let hk2s: (s: string) => string;
  let s2hk: (s: string) => string;
  beforeAll(async () => {
    hk2s = await loadRawConverter('hk2s');
    s2hk = await loadRawConverter('s2hk');
  });

  it('hold 300 distinct BMP characters each, none in both', () => {
    for (const list of [HANS_ONLY, HANT_ONLY]) {
      expect(new Set(list).size).toBe(300);
      expect([...list].every((c) => c.length === 1)).toBe(true);
    }
    expect([...HANS_ONLY].filter((c) => HANT_ONLY.includes(c))).toEqual([]);
  });

  it('list as Simplified-only what s2hk rewrites and hk2s leaves alone', () => {
    for (const c of HANS_ONLY) {
      expect(s2hk(c), c).not.toBe(c);
      expect(hk2s(c), c).toBe(c);
    }
  });

  it('list as Traditional-only what hk2s rewrites', () => {
    for (const c of HANT_ONLY) expect(hk2s(c), c).not.toBe(c);
  });

  it('leave out characters both scripts write', () => {
    for (const c of '后干里台着群只面系') {
      expect(HANS_ONLY.includes(c) || HANT_ONLY.includes(c), c).toBe(false);
    }
  });
});
