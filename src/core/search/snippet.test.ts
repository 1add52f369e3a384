import { describe, expect, it } from 'vitest';
import { snippetAround } from './snippet';

describe('snippetAround', () => {
  it.each<[string, string, string, { before: string; match: string; after: string }]>([
    ['a middle sentence', '前文。騰訊業績好！後文', '騰訊', { before: '', match: '騰訊', after: '業績好！' }],
    ['mid-sentence', '今日騰訊升。', '騰訊', { before: '今日', match: '騰訊', after: '升。' }],
    ['a line end', '標題騰訊\n正文', '騰訊', { before: '標題', match: '騰訊', after: '' }],
    ['closing quotes kept', '他說「騰訊好。」然後', '騰訊', { before: '他說「', match: '騰訊', after: '好。」' }],
    ['closing quotes of the sentence before left out', '他說「好。」』騰訊升', '騰訊', { before: '', match: '騰訊', after: '升' }],
    ['a closing mark not after a full stop kept', '（註）騰訊升', '騰訊', { before: '（註）', match: '騰訊', after: '升' }],
    ['surrounding spaces trimmed', '。  騰訊  ！', '騰訊', { before: '', match: '騰訊', after: '  ！' }],
    ['a match spanning a full stop', '甲乙。丙丁', '乙。丙', { before: '甲', match: '乙。丙', after: '丁' }],
  ])('%s', (_name, text, match, snippet) => {
    const start = text.indexOf(match);
    expect(snippetAround(text, start, start + match.length)).toEqual(snippet);
  });
});
