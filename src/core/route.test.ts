import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatRoute, parseRoute, type Route } from './route';

describe('route', () => {
  it.each<[string, Route]>([
    ['', {}],
    ['#/', {}],
    ['#/sample', { pageId: 'sample' }],
    ['#/sample/a120', { pageId: 'sample', articleId: 'a120' }],
    ['#/sample/a120/a4410', { pageId: 'sample', articleId: 'a120', compareId: 'a4410' }],
    ['#/sample/a120?at=530', { pageId: 'sample', articleId: 'a120', at: 530 }],
    ['#/sample/a120/a120', { pageId: 'sample', articleId: 'a120' }],
    ['#/sample/a120?h=hmx7e1', { pageId: 'sample', articleId: 'a120', highlight: 'hmx7e1' }],
    ['#/sample/a120?at=5&h=h1', { pageId: 'sample', articleId: 'a120', at: 5, highlight: 'h1' }],
    ['#/sample?h=<b>', { pageId: 'sample' }],
    ['#/p1/a0?at=9&f=f9', { pageId: 'p1', articleId: 'a0', at: 9, figure: 'f9' }],
    ['#/p1?f=f9&h=h1', { pageId: 'p1', highlight: 'h1', figure: 'f9' }],
    ['#/p1?f=<i>', { pageId: 'p1' }],
    ['#/<script>/a1', { pageId: 'a1' }],
  ])('parses %j', (hash, expected) => {
    expect(parseRoute(hash)).toEqual(expected);
  });

  it('round-trips every route it can format', () => {
    const id = fc.stringMatching(/^[\w-]{1,12}$/);
    fc.assert(
      fc.property(id, id, fc.option(id, { nil: undefined }), fc.option(fc.nat(1e6), { nil: undefined }), fc.option(id, { nil: undefined }), fc.option(id, { nil: undefined }), (pageId, articleId, compareId, at, highlight, figure) => {
        const route: Route = {
          pageId,
          articleId,
          ...(compareId && compareId !== articleId ? { compareId } : {}),
          ...(at !== undefined ? { at } : {}),
          ...(highlight ? { highlight } : {}),
          ...(figure ? { figure } : {}),
        };
        expect(parseRoute(formatRoute(route))).toEqual(route);
      }),
    );
  });
});
