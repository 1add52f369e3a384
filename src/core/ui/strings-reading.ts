import type { UiWord } from './words';

/**
 * The reading settings' and read aloud's own words (see `UI` for how they are written and shown).
 * Keys start with `rd` so they can't collide with other features' words when they meet in `UI`.
 */
export const READING_UI = {
  rdSettings: { hant: '閱讀設定', hans: '阅读设置' },
  rdSettingsShort: { hant: '設定', hans: '设置' },
  rdClose: '關閉',
  rdTheme: '主題',
  rdThemeSystem: '跟隨系統',
  rdThemeLight: '淺色',
  rdThemeSepia: '米黃',
  rdThemeDark: '深色',
  rdLineHeight: '行距',
  rdMeasure: '每行字數',
  rdTypeface: '字體',
  // Hong Kong calls the serif face 明體; the mainland 宋体.
  rdSerif: { hant: '明體', hans: '宋体' },
  rdSans: '黑體',
  rdFocus: '專注模式（隱藏側欄）',
  rdSpeechLang: '朗讀語言',
  rdCantonese: '粵語',
  rdMandarinCN: '普通話（內地）',
  rdMandarinTW: '國語（台灣）',
  rdReadAloud: '朗讀',
  rdReadAloudLabel: '由畫面中的段落開始朗讀文章',
  rdStop: '停止朗讀',
  rdPause: '暫停',
  rdResume: '繼續',
  rdNoVoice: { hant: '此裝置沒有這種語言的本機語音，無法朗讀。可在系統設定中安裝語音。', hans: '此设备没有这种语言的本地语音，无法朗读。可在系统设置中安装语音。' },
  rdNoSpeech: { hant: '此瀏覽器不支援朗讀。', hans: '此浏览器不支持朗读。' },
} as const satisfies Record<string, UiWord>;
