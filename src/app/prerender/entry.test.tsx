import { describe, expect, it } from 'vitest';
import { prerender } from './entry';

describe('the build-time render of the default page', () => {
  it('renders the contents and the first article, for a desk and for a phone', async () => {
    const { desk, phone, defaults } = await prerender();
    // The desk: every pane, the first article open in the reader.
    expect(desk).toContain('data-testid="desk"');
    expect(desk).toMatch(/<article[^>]*data-article-id="a\d+"[^>]*>[\s\S]*?<h2 class="article-headline"[^>]*>Deep</);
    // Its figures and stocks marked: the page was annotated at build time.
    expect(desk).toMatch(/AI上一輪融資發生在2024年10月，彼時估值達到<mark class="figure"[^>]*>1570億美元<\/mark>/);
    expect(desk).toMatch(/data-stock-code="\d+"/);
    expect(desk.match(/data-testid="contents-item"/g)?.length).toBeGreaterThan(5);
    // The phone: the contents pane and the tab bar, as a phone opens the default page.
    expect(phone).toContain('role="tablist"');
    expect(phone).toContain('DeepSeek牽動AI產業價值重估');
    expect(phone).not.toContain('data-testid="desk"');
    // The library is read back and the storage is fine: no banner, no "loading" in the reader.
    expect(desk).not.toContain('class="banner"');
    expect(defaults.prefsKey).toBe('broadsheet-prefs');
    // Markup only: no script, no inline handler.
    for (const html of [desk, phone]) {
      expect(html).not.toMatch(/<script|\son[a-z]+=/i);
    }
  });
});
