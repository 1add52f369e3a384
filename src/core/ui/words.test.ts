import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../import/messages';
import type { Script } from '../script/detect-script';
import { createHk2s } from '../script/hk2s';
import type { UiKey } from './strings';
import { UI } from './strings-all';
import { HONG_KONG_SAYS_TOO, MAINLAND_SAYS_TOO, regionalPairs } from './testing/regional-words';
import { uiWord, type UiWord } from './words';

// The converter `useT` shows the UI's words with (the one page text is shown with).
const hk2s = createHk2s();
const pairs = regionalPairs();

interface Banned {
  readonly word: string;
  /** What to say instead, and where the pair comes from. */
  readonly instead: string;
}

function unique(list: Banned[]): Banned[] {
  return [...new Map(list.map((b) => [b.word, b])).values()];
}

/** Hong Kong and Taiwan words, in Simplified characters, where the mainland says another word. */
const NOT_IN_HANS = unique(
  pairs
    .filter((p) => !MAINLAND_SAYS_TOO.has(p.regional))
    .map((p) => ({ word: hk2s(p.regional), instead: `${hk2s(p.mainland)} (${p.from})` }))
    .filter((b) => !b.instead.startsWith(`${b.word} `)),
);

/** Mainland words, in Traditional characters, where Hong Kong says another word. */
const NOT_IN_HANT = unique(
  pairs
    .filter((p) => !HONG_KONG_SAYS_TOO.has(p.mainland) && hk2s(p.mainland) !== hk2s(p.regional))
    .map((p) => ({ word: p.mainland, instead: `${p.regional} (${p.from})` })),
);

/** The banned words a text says, each with what to say instead. */
function regionalWordsIn(text: string, banned: readonly Banned[]): string[] {
  return banned.filter((b) => text.includes(b.word)).map((b) => `${b.word} → ${b.instead}`);
}

/** Every word the UI shows in `script`: the table's, and the import messages (written in both). */
function uiTexts(script: Script): [string, string][] {
  const table = (Object.entries(UI) as [UiKey, UiWord][]).map(([key, word]): [string, string] => [key, uiWord(word, script, hk2s)]);
  const messages = [
    MESSAGES.empty('file'),
    MESSAGES.empty('paste'),
    MESSAGES.binary('PNG'),
    MESSAGES.binary(undefined),
    MESSAGES.tooLarge(30e6, 20e6, 'file'),
    MESSAGES.tooLarge(30e6, 20e6, 'paste'),
    MESSAGES.html(),
    MESSAGES.undecodable(12),
    MESSAGES.longLine(120_000),
  ].map((m, i): [string, string] => [`import message ${i}`, m[script]]);
  return [...table, ...messages];
}

describe('the UI in each region’s own words', () => {
  it('has lists to check against, drawn from OpenCC’s regional phrase tables and our own', () => {
    expect(NOT_IN_HANS.length).toBeGreaterThan(500);
    expect(NOT_IN_HANT.length).toBeGreaterThan(500);
  });

  it('says no Hong Kong or Taiwan word in Simplified', () => {
    const found = uiTexts('hans').flatMap(([key, text]) => regionalWordsIn(text, NOT_IN_HANS).map((w) => `${key} 「${text}」: ${w}`));
    expect(found).toEqual([]);
  });

  it('says no mainland word in Traditional', () => {
    const found = uiTexts('hant').flatMap(([key, text]) => regionalWordsIn(text, NOT_IN_HANT).map((w) => `${key} 「${text}」: ${w}`));
    expect(found).toEqual([]);
  });

  it.each([
    ['匯出 CSV', '汇出'],
    ['匯入版面', '汇入'],
    ['選擇文字檔', '档'],
    ['以預設值啟動', '预设'],
    ['搜尋文庫', '搜寻'],
    ['放開滑鼠', '滑鼠'],
    ['儲存', '储存'],
  ])('would catch %s written back as one Traditional string (Simplified: %s)', (hant, word) => {
    const shown = uiWord(hant, 'hans', hk2s);
    expect(shown).toContain(word);
    expect(regionalWordsIn(shown, NOT_IN_HANS)).not.toEqual([]);
  });

  it.each(['導出 CSV', '默認值', '鼠標', '上傳檔案'])('would catch the mainland word in Traditional: %s', (hant) => {
    expect(regionalWordsIn(uiWord(hant, 'hant', hk2s), NOT_IN_HANT)).not.toEqual([]);
  });
});

describe('the table of UI words', () => {
  const regional = (Object.entries(UI) as [UiKey, UiWord][]).filter((e): e is [UiKey, { hant: string; hans: string }] => typeof e[1] !== 'string');

  it('holds both words only where they differ by more than characters', () => {
    expect(regional.length).toBeGreaterThan(0);
    expect(regional.filter(([, w]) => hk2s(w.hant) === w.hans).map(([key]) => key)).toEqual([]);
  });

  it('writes the mainland word in Simplified characters', () => {
    expect(regional.filter(([, w]) => hk2s(w.hans) !== w.hans).map(([key]) => key)).toEqual([]);
  });

  it('converts the other words by characters, and gives each region its own word', () => {
    expect(uiWord(UI.charts, 'hans', hk2s)).toBe('图表');
    expect(uiWord(UI.charts, 'hant', hk2s)).toBe('圖表');
    expect(uiWord(UI.wlExportCsv, 'hans', hk2s)).toBe('导出 CSV');
    expect(uiWord(UI.wlExportCsv, 'hant', hk2s)).toBe('匯出 CSV');
  });

  it('keeps the words a chart plot measures as long in either script (the plot is drawn once)', () => {
    for (const key of ['chartItem', 'chartTotal'] as const) {
      expect([...uiWord(UI[key], 'hans', hk2s)]).toHaveLength([...uiWord(UI[key], 'hant', hk2s)].length);
    }
  });
});
