import { describe, expect, it } from 'vitest';
import { parseRoute } from '../route';
import { newPageId, PAGE_ID_PATTERN } from './page-id';

describe('newPageId', () => {
  it('is time then random, in base 36', () => {
    expect(newPageId(1767225600000, () => 0.5)).toBe('pmjuohs00i000');
    expect(newPageId(0, () => 0)).toBe('p00000');
  });

  it('survives a trip through a route', () => {
    for (let i = 0; i < 200; i++) {
      const id = newPageId();
      expect(id).toMatch(PAGE_ID_PATTERN);
      expect(parseRoute(`#/${id}/a0`).pageId).toBe(id);
    }
  });

  it('separates imports in the same millisecond', () => {
    const ids = new Set(Array.from({ length: 50 }, () => newPageId(1767225600000)));
    expect(ids.size).toBeGreaterThan(45);
  });
});
