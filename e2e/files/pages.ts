/**
 * Test pages for the library's end-to-end tests, and their bytes in the encodings a reader's
 * files come in. The bytes are made here from the texts (with encoders built from the browser
 * platform's own decoders, see `src/core/import/testing/encode.ts`), so no binary fixture is
 * committed and the expected text is always the text encoded.
 */
import { encodeLegacy, encodeUtf16, encodeUtf8 } from '../../src/core/import/testing/encode';

/** Traditional, with Hong Kong (HKSCS) characters: 嘅 and 啲 are not in plain Big5. */
export const BIG5_PAGE = {
  headline: '港股通資金連日流入科技股',
  text: [
    '港股通資金連日流入科技股',
    '',
    '本報記者　陳大文',
    '',
    '騰訊控股（00700）昨日股價上升百分之三，成交額達五十億港元。分析師認為，公司遊戲業務回暖，廣告收入亦見改善，市場對下季業績嘅預期有所提高。',
    '',
    '另外，南向資金本周累計淨流入超過二百億港元，主要流向互聯網及半導體板塊。有基金經理表示，估值仍然吸引，但短期波動或會加劇，投資者宜留意美國利率走勢，唔好追得太盡，啲資金亦可能隨時回流。',
    '',
  ].join('\n'),
};

/** Simplified. */
export const GB_PAGE = {
  headline: '沪深两市成交额突破万亿元',
  text: [
    '沪深两市成交额突破万亿元',
    '',
    '本报记者　李小明',
    '',
    '昨日沪深两市成交额再度突破一万亿元，创业板指数上涨百分之二点五。贵州茅台（600519）股价小幅回落，白酒板块整体表现疲弱。',
    '',
    '分析人士认为，随着经济数据改善，市场风险偏好有所回升，资金正从防御板块转向科技成长股。不过，外部环境仍存在不确定性，投资者需要注意控制仓位。',
    '',
  ].join('\n'),
};

/**
 * Big5-HKSCS byte pairs of the Cantonese characters in the page. Node's own Big5 decoder (ICU's)
 * lacks HKSCS, so the generic encoder can't find them; these are the pairs the WHATWG Big5
 * decoder (every browser's) reads as these characters — the test checks it does.
 */
const HKSCS: Readonly<Record<string, readonly number[]>> = { 嘅: [0x9d, 0xef], 啲: [0x9d, 0xf8] };

function encodeBig5Hkscs(text: string): Uint8Array {
  const out: number[] = [];
  for (const part of text.split(/([嘅啲])/u)) out.push(...(HKSCS[part] ?? encodeLegacy(part, 'big5')));
  return Uint8Array.from(out);
}

export const big5Bytes = () => Buffer.from(encodeBig5Hkscs(BIG5_PAGE.text));
export const gb18030Bytes = () => Buffer.from(encodeLegacy(GB_PAGE.text, 'gb18030'));
export const utf8Bytes = (text: string, bom = false) => Buffer.from(encodeUtf8(text, bom));
export const utf16Bytes = (text: string) => Buffer.from(encodeUtf16(text, 'le', true));
