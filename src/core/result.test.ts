import { describe, expect, it } from 'vitest';
import { ok, refuse, type Result } from './result';

describe('Result', () => {
  it('holds the data when accepted and the reason when refused, told apart by ok', () => {
    const results: Result<number, 'negative'>[] = [ok(2), refuse('negative')];
    const seen = results.map((r) => (r.ok ? `data ${r.data}` : `refused: ${r.reason}`));
    expect(seen).toEqual(['data 2', 'refused: negative']);
    expect(ok({ a: 1 })).toEqual({ ok: true, data: { a: 1 } });
    expect(refuse({ code: 'empty' })).toEqual({ ok: false, reason: { code: 'empty' } });
  });
});
