import { describe, expect, it } from 'vitest';
import sample from '../sample/sample-page.txt?raw';
import { vetText } from './vet-text';

const codes = (text: string) => vetText(text).map((p) => [p.code, p.fatal]);

describe('vetText', () => {
  it.each<[string, string, (string | boolean)[][]]>([
    ['the sample page', sample, []],
    ['nothing', '', [['empty', true]]],
    ['whitespace only (ideographic space, tabs, CRLF, BOM)', ' \t\r\n\u3000\u00a0\uFEFF\n', [['empty', true]]],
    ['a script tag', '<script>alert(1)</script>', [['html', false]]],
    ['a web page', '<!DOCTYPE html><html><body><p>騰訊</p></body></html>', [['html', false]]],
    ['an element among text', '正文<img src=x onerror=alert(1)>正文', [['html', false]]],
    ['an inline event handler', '正文 onclick="steal()" 正文', [['html', false]]],
    ['a javascript: URL', '按此 javascript:alert(1)', [['html', false]]],
    ['an HTML comment', '正文<!-- 廣告 -->正文', [['html', false]]],
    ['comparisons are not markup', '市盈率<10倍，息率>5%，A<B>C', []],
    ['angle-bracketed book titles are not markup', '〈經濟日報〉與《信報》及 <經濟> 版', []],
    ['a few replacement characters are tolerated', `${'正文'.repeat(200)}\uFFFD\uFFFD`, []],
    ['some replacement characters: wrong encoding?', `${'正文'.repeat(100)}${'\uFFFD'.repeat(10)}`, [['undecodable', false]]],
    ['mostly replacement characters', `正文${'\uFFFD'.repeat(50)}`, [['undecodable', true]]],
  ])('%s', (_name, text, expected) => {
    expect(codes(text)).toEqual(expected);
  });

  it('notes a 1 MB line with no breaks, and says how long it is', () => {
    const line = '長'.repeat(1024 * 1024);
    const problems = vetText(`標題\n${line}\n結尾`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'longLine', fatal: false });
    expect(problems[0]?.message.hant).toContain(String(line.length));
  });

  it('does not note 1 MB of ordinary lines, whatever the line ends', () => {
    const line = '正文'.repeat(40);
    for (const eol of ['\n', '\r\n', '\r']) expect(vetText(Array(7000).fill(line).join(eol))).toEqual([]);
  });

  it('gives every problem a message in both scripts', () => {
    for (const problem of vetText(`<script>${'\uFFFD'.repeat(9)}${'長'.repeat(100_001)}`)) {
      expect(problem.message.hant).not.toBe('');
      expect(problem.message.hans).not.toBe('');
      expect(problem.message.hant).not.toBe(problem.message.hans);
    }
  });
});
