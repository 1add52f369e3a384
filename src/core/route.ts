/**
 * The reader's place as a URL hash, so each article has its own address, back and forward work,
 * and a reload (or a link shared on the same browser) reopens it.
 *
 * @example
 * parseRoute('#/sample/a120/a4410?at=530') // { pageId: 'sample', articleId: 'a120', compareId: 'a4410', at: 530 }
 * formatRoute({ pageId: 'sample', articleId: 'a120' }) // '#/sample/a120'
 */
export interface Route {
  readonly pageId?: string;
  readonly articleId?: string;
  /** A second article open beside the first. */
  readonly compareId?: string;
  /** A code-point offset in the page to scroll to and highlight (from search or the watchlist). */
  readonly at?: number;
}

const SEGMENT = /^[\w-]{1,80}$/;

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const parts = path.split('/').map((p) => decodeURIComponent(p)).filter((p) => SEGMENT.test(p));
  const atMatch = /(?:^|&)at=(\d{1,9})(?:&|$)/.exec(query);
  const route: { -readonly [K in keyof Route]: Route[K] } = {};
  if (parts[0]) route.pageId = parts[0];
  if (parts[1]) route.articleId = parts[1];
  if (parts[2] && parts[2] !== parts[1]) route.compareId = parts[2];
  if (atMatch?.[1]) route.at = Number(atMatch[1]);
  return route;
}

export function formatRoute(route: Route): string {
  if (!route.pageId) return '#/';
  const parts = [route.pageId, route.articleId, route.articleId ? route.compareId : undefined].filter(Boolean) as string[];
  const query = route.at !== undefined ? `?at=${route.at}` : '';
  return `#/${parts.map(encodeURIComponent).join('/')}${query}`;
}
