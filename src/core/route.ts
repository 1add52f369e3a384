/**
 * The reader's place as a URL hash, so each article has its own address, back and forward work,
 * and a reload (or a link shared on the same browser) reopens it.
 *
 * @example
 * parseRoute('#/sample/a120/a4410?at=530') // { pageId: 'sample', articleId: 'a120', compareId: 'a4410', at: 530 }
 * parseRoute('#/sample/a120?h=hmx7e1') // { pageId: 'sample', articleId: 'a120', highlight: 'hmx7e1' }
 * parseRoute('#/p1/a0?at=9&f=f9') // { pageId: 'p1', articleId: 'a0', at: 9, figure: 'f9' }
 * formatRoute({ pageId: 'sample', articleId: 'a120' }) // '#/sample/a120'
 */
export interface Route {
  readonly pageId?: string;
  readonly articleId?: string;
  /** A second article open beside the first. */
  readonly compareId?: string;
  /** A code-point offset in the page to scroll to and highlight (from search or the watchlist). */
  readonly at?: number;
  /** A highlight to scroll to (`?h=<id>`: a notebook entry, or a link in exported Markdown). */
  readonly highlight?: string;
  /**
   * A figure whose sentence is lit (`?f=<figure id>`: a series point followed to its sentence).
   * Lit while the address names it: any other place (another article or page, the same page
   * reached another way) lights nothing, and back lights it again.
   */
  readonly figure?: string;
}

const SEGMENT = /^[\w-]{1,80}$/;

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const parts = path.split('/').map((p) => decodeURIComponent(p)).filter((p) => SEGMENT.test(p));
  const atMatch = /(?:^|&)at=(\d{1,9})(?:&|$)/.exec(query);
  const hMatch = /(?:^|&)h=([\w-]{1,40})(?:&|$)/.exec(query);
  const fMatch = /(?:^|&)f=([\w-]{1,40})(?:&|$)/.exec(query);
  const route: { -readonly [K in keyof Route]: Route[K] } = {};
  if (parts[0]) route.pageId = parts[0];
  if (parts[1]) route.articleId = parts[1];
  if (parts[2] && parts[2] !== parts[1]) route.compareId = parts[2];
  if (atMatch?.[1]) route.at = Number(atMatch[1]);
  if (hMatch?.[1]) route.highlight = hMatch[1];
  if (fMatch?.[1]) route.figure = fMatch[1];
  return route;
}

export function formatRoute(route: Route): string {
  if (!route.pageId) return '#/';
  const parts = [route.pageId, route.articleId, route.articleId ? route.compareId : undefined].filter(Boolean) as string[];
  const params = [route.at !== undefined ? `at=${route.at}` : '', route.highlight ? `h=${route.highlight}` : '', route.figure ? `f=${route.figure}` : ''].filter(Boolean);
  const query = params.length > 0 ? `?${params.join('&')}` : '';
  return `#/${parts.map(encodeURIComponent).join('/')}${query}`;
}
