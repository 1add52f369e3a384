import { describe, expect, it } from 'vitest';
import { cleanTitle, TITLE_LIMIT } from './title';

describe('cleanTitle', () => {
  it('makes one trimmed line', () => {
    expect(cleanTitle('  騰訊\n\t業績 　')).toBe('騰訊 業績');
    expect(cleanTitle(' \n ')).toBe('');
  });

  it('cuts a long title without splitting an astral character', () => {
    expect(cleanTitle('字'.repeat(300))).toHaveLength(TITLE_LIMIT);
    const cut = cleanTitle('字'.repeat(TITLE_LIMIT - 1) + '𠀋𠀋');
    expect(cut).toBe('字'.repeat(TITLE_LIMIT - 1));
  });
});
