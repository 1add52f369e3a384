import { describe, expect, it } from 'vitest';
import { encodeLegacy, encodeUtf16, encodeUtf8 } from '../import/testing/encode';
import { baseName, prepareBytes, prepareText, utf8Length, vetFileSize } from './prepare-import';

const PAGE = '騰訊業績勝預期\n\n騰訊控股（00700）公布季度業績，收入按年增長。\n';
const HANS = '腾讯业绩胜预期\n\n腾讯控股（00700）公布季度业绩，收入按年增长。\n';

describe('prepareBytes', () => {
  it.each([
    ['UTF-8', encodeUtf8(PAGE, false), 'utf-8'],
    ['UTF-8 with BOM', encodeUtf8(PAGE, true), 'utf-8'],
    ['UTF-16 LE with BOM', encodeUtf16(PAGE, 'le', true), 'utf-16le'],
    ['Big5', encodeLegacy(PAGE.repeat(3), 'big5'), 'big5'],
  ])('decodes %s and takes the first line as title', (_name, bytes, encoding) => {
    const out = prepareBytes(bytes, 'page.txt');
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.data.title).toBe('騰訊業績勝預期');
    expect(out.data.source.startsWith(PAGE)).toBe(true);
    expect(out.data.decode?.encoding).toBe(encoding);
    expect(out.data.notes).toEqual([]);
  });

  it('decodes Simplified GB18030', () => {
    const out = prepareBytes(encodeLegacy(HANS.repeat(3), 'gb18030'), 'page.txt');
    expect(out.ok && out.data.decode?.encoding).toBe('gb18030');
    expect(out.ok && out.data.title).toBe('腾讯业绩胜预期');
  });

  it('re-decodes the same bytes with the encoding the reader imposes', () => {
    const bytes = encodeLegacy(PAGE.repeat(3), 'big5');
    const out = prepareBytes(bytes, 'page.txt', 'gb18030');
    expect(out.ok && out.data.decode).toMatchObject({ encoding: 'gb18030', confidence: 1 });
    expect(out.ok && out.data.source).not.toContain('騰訊');
  });

  it.each([
    ['empty', new Uint8Array(0), 'empty'],
    ['whitespace', encodeUtf8(' \n\t　\n', false), 'empty'],
    ['PNG', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'binary'],
    ['ZIP', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0]), 'binary'],
  ])('refuses %s', (_name, bytes, code) => {
    const out = prepareBytes(bytes, 'x.bin');
    expect(out.ok).toBe(false);
    expect(!out.ok && out.reason.code).toBe(code);
    expect(!out.ok && out.reason.message.hant).not.toBe('');
    if (code === 'empty') expect(!out.ok && out.reason.message.hant).toMatch(/^檔案是空的/);
  });

  it('imports markup and a megabyte line, with notes', () => {
    const html = prepareBytes(encodeUtf8('<script>alert(1)</script>\n正文', false), 'x.txt');
    expect(html.ok && html.data.notes.map((n) => n.code)).toEqual(['html']);
    const long = prepareBytes(encodeUtf8('字'.repeat(1 << 20), false), 'x.txt');
    expect(long.ok && long.data.notes.map((n) => n.code)).toEqual(['longLine']);
  });

  it('falls back to the file name for the title', () => {
    // A title needs a non-blank line, which any accepted text has: the fallback is for odd callers.
    expect(baseName('C:\\pages\\版面 2.txt')).toBe('版面 2');
    expect(baseName('/tmp/.profile')).toBe('.profile');
    expect(baseName('noext')).toBe('noext');
  });
});

describe('vetFileSize', () => {
  it('refuses a file over the limit, saying the limit', () => {
    expect(vetFileSize(20 * 1024 * 1024)).toBeUndefined();
    const problem = vetFileSize(25 * 1024 * 1024);
    expect(problem?.code).toBe('tooLarge');
    expect(problem?.message.hant).toContain('20.0 MB');
    expect(problem?.message.hans).toContain('25.0 MB');
  });
});

describe('prepareText', () => {
  it('takes pasted Traditional or Simplified text', () => {
    for (const text of [PAGE, HANS]) {
      const out = prepareText(text, '貼上的版面');
      expect(out.ok && out.data.source).toBe(text);
      expect(out.ok && out.data.decode).toBeUndefined();
    }
  });

  it('refuses blank text and text over the limit, naming pasted text, not a file', () => {
    const blank = prepareText('  \n ', 'x');
    expect(!blank.ok && blank.reason.code).toBe('empty');
    expect(!blank.ok && blank.reason.message).toEqual({
      hant: '貼上的文字是空的，或只有空白，沒有可閱讀的內容。',
      hans: '粘贴的文字是空的，或只有空白，没有可阅读的内容。',
    });
    const big = prepareText('字'.repeat(400), 'x', 1000);
    expect(!big.ok && big.reason.code).toBe('tooLarge');
    expect(!big.ok && big.reason.message.hant).toMatch(/^貼上的文字太大/);
    expect(prepareText('字'.repeat(300), 'x', 1000).ok).toBe(true);
  });

  it('counts UTF-8 bytes like TextEncoder', () => {
    for (const s of ['abc', 'é', '騰訊', '𠀋a', '\ud800x', '']) expect(utf8Length(s)).toBe(new TextEncoder().encode(s).length);
  });
});
