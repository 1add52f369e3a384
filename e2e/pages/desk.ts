import { expect, type Locator, type Page } from '@playwright/test';

/** The sample page's headlines, in order (its advert, 恭賀春釐, comes after them). */
export const HEADLINES = [
  'DeepSeek牽動AI產業價值重估',
  '蛇年開市 中國科技股料造好',
  '美股高處不勝寒',
  '黃金後市看漲 建議逢低吸納',
  '歐高收益債邊際價值優於美債',
  '中國AI產業發展進新里程',
] as const;

type Script = 'hant' | 'hans';
type PaneId = 'contents' | 'reader' | 'charts' | 'watchlist';
/** The panes' accessible names on the desktop (each pane is a labelled region). */
const PANE_LABEL: Record<PaneId, string> = { contents: '本頁文章目錄', reader: '文章閱讀區', charts: '引用數字圖表', watchlist: '自選股清單' };
const LANG: Record<Script, string> = { hant: 'zh-Hant-HK', hans: 'zh-Hans' };

/**
 * The reading desk as a reader meets it: the contents, the reading pane, the charts pane, the
 * script toggle and, on a phone, the tab bar. Locators are the contract's test ids, or roles and
 * labels where a reader would look for them.
 */
export class Desk {
  readonly page: Page;
  readonly contents: Locator;
  /** The contents' entries, one per article. */
  readonly entries: Locator;
  readonly reader: Locator;
  /** The articles in the reading pane (two when side by side). */
  readonly articles: Locator;
  /** The reading pane's article headings, in order. */
  readonly headlines: Locator;
  readonly charts: Locator;
  readonly scriptToggle: Locator;

  constructor(page: Page) {
    this.page = page;
    this.contents = page.getByTestId('contents');
    this.entries = page.getByTestId('contents-item');
    this.reader = page.getByTestId('reader');
    this.articles = this.reader.getByTestId('article');
    this.headlines = this.articles.locator('h2');
    this.charts = page.getByTestId('charts');
    this.scriptToggle = page.getByTestId('script-toggle');
  }

  /**
   * Opens the app (at `#/page/article` if given) and waits until it is live (the page the build
   * rendered shows before it is: see `live()`) and the contents list the page. Figure and stock
   * marks may arrive a moment later: a test that needs them waits for them the web-first way, or
   * calls `annotated()`.
   */
  async open(hash = ''): Promise<void> {
    await this.page.goto(`/${hash}`);
    await this.live();
  }

  /**
   * Waits until the app answers (`<html data-live>`) and the contents list the page. The first
   * response's page shows at once but answers nothing until the app has hydrated it: keys pressed
   * before then are lost.
   */
  async live(): Promise<void> {
    await expect(this.page.locator('html[data-live]')).toBeAttached();
    await expect(this.entries.first()).toBeVisible();
  }

  /** Waits until the open page's figures and stocks are marked in the text. */
  async annotated(): Promise<void> {
    await expect(this.page.locator('html[data-live] .app[data-annotated="true"]')).toBeAttached();
  }

  /** Reloads and waits until the app is live again. */
  async reload(): Promise<void> {
    await this.page.reload();
    await this.live();
  }

  /** One entry of the contents, by position or by the headline it shows. */
  entry(which: number | string): Locator {
    return typeof which === 'number' ? this.entries.nth(which) : this.entries.filter({ hasText: which });
  }

  /** Opens an article from the contents and waits for it in the reading pane (alone). */
  async openArticle(which: number | string): Promise<void> {
    const entry = this.entry(which);
    const id = await entry.getAttribute('data-article-id');
    await entry.getByRole('link').click();
    await expect(this.articles.first()).toHaveAttribute('data-article-id', id!);
  }

  /** Opens an article from the contents beside the one being read. */
  async openBeside(which: number | string): Promise<void> {
    const entry = this.entry(which);
    await entry.hover();
    await entry.getByRole('button', { name: /並排|并排/ }).click();
    await expect(this.articles).toHaveCount(2);
  }

  /** Switches the script with the toggle and waits until the page says it is in the other one. */
  async toggleScript(): Promise<void> {
    const to: Script = (await this.script()) === 'hant' ? 'hans' : 'hant';
    await this.scriptToggle.click();
    await this.expectScript(to);
  }

  async toSimplified(): Promise<void> {
    if ((await this.script()) !== 'hans') await this.toggleScript();
  }

  async expectScript(script: Script): Promise<void> {
    await expect(this.page.locator('html')).toHaveAttribute('lang', LANG[script]);
  }

  async script(): Promise<Script> {
    return (await this.page.locator('html').getAttribute('lang')) === LANG.hans ? 'hans' : 'hant';
  }

  /** A pane of the desktop layout, by its accessible name. */
  pane(id: PaneId): Locator {
    return this.page.getByRole('region', { name: PANE_LABEL[id], exact: true });
  }

  /** A cited figure in the reading pane, by the text it is written as. */
  figure(text: string): Locator {
    return this.reader.locator('[data-figure-value]', { hasText: text }).first();
  }

  /** A stock mention in the reading pane, by its code (the first, unless `nth`). */
  stock(code: string): Locator {
    return this.reader.locator(`[data-stock-code="${code}"]`);
  }

  /** On the phone: a tab of the pane switcher, by its name in either script. */
  tab(name: string | RegExp): Locator {
    return this.page.getByRole('tab', { name });
  }

  /** Whether the page scrolls sideways (it never should, on a phone least of all). */
  async scrollsSideways(): Promise<boolean> {
    const width = await this.page.evaluate(() => document.documentElement.scrollWidth);
    return width > this.page.viewportSize()!.width;
  }
}
