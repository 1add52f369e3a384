import { afterAll, describe, expect, it, vi } from 'vitest';

describe('s2hk.worker', () => {
  afterAll(() => vi.unstubAllGlobals());

  it('answers {id, text} with the converted texts through self.postMessage', async () => {
    const scope: { onmessage: ((e: { data: unknown }) => void) | null; postMessage: ReturnType<typeof vi.fn> } = {
      onmessage: null,
      postMessage: vi.fn(),
    };
    vi.stubGlobal('self', scope);
    await import('./s2hk.worker');
    scope.onmessage?.({ data: { id: 7, text: ['腾讯控股（00700）', '恒生指数升3%'] } });
    expect(scope.postMessage).toHaveBeenCalledWith({ id: 7, text: ['騰訊控股（00700）', '恒生指數升3%'] });
  });
});
