/**
 * Exports of a rendered chart, made in the browser with no request: SVG by serialising the
 * chart's own `<svg>` (its CSS-given colours and fonts written onto each element, so the file
 * looks the same outside the app), PNG by drawing that SVG into a canvas through an image from
 * a Blob URL, and every file handed over with `<a download>`.
 */

/** Style properties a chart takes from the app's CSS, written onto the exported elements. */
const STYLE_PROPS = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'opacity',
  'font-family', 'font-size', 'font-weight', 'visibility',
] as const;

/** Room above the plot for the chart's title and unit in an exported image. */
const HEADER = 44;
const SVG_NS = 'http://www.w3.org/2000/svg';

/** A chart's SVG as a standalone file: styles inlined, a background, and its title on top. */
export function svgMarkup(svg: SVGSVGElement, heading: readonly [title: string, meta: string]): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const from = [svg, ...svg.querySelectorAll('*')];
  const to = [clone, ...clone.querySelectorAll('*')];
  from.forEach((el, i) => {
    const computed = getComputedStyle(el);
    // A circle's radius may come from CSS too (the series' points): written out with the rest.
    const props = el.localName === 'circle' ? [...STYLE_PROPS, 'r'] : STYLE_PROPS;
    const style = props.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
    to[i]?.setAttribute('style', style);
  });
  const { width, height } = svg.getBoundingClientRect();
  const frame = getComputedStyle(svg.closest('.chart') ?? svg);
  clone.setAttribute('width', String(Math.round(width)));
  clone.setAttribute('height', String(Math.round(height + HEADER)));
  clone.setAttribute('viewBox', `0 ${-HEADER} ${Math.round(width)} ${Math.round(height + HEADER)}`);
  clone.removeAttribute('role');
  clone.removeAttribute('tabindex');

  const background = document.createElementNS(SVG_NS, 'rect');
  for (const [k, v] of Object.entries({ x: 0, y: -HEADER, width: '100%', height: '100%' })) background.setAttribute(k, String(v));
  background.setAttribute('style', `fill:${frame.backgroundColor}`);
  const lines = heading.map((text, i) => {
    const el = document.createElementNS(SVG_NS, 'text');
    el.setAttribute('x', '8');
    el.setAttribute('y', String(-HEADER + 18 + i * 18));
    el.setAttribute('style', `fill:${frame.color};font-family:${frame.fontFamily};font-size:${i === 0 ? 15 : 12}px;font-weight:${i === 0 ? 700 : 400}`);
    el.textContent = text;
    return el;
  });
  clone.prepend(background, ...lines);
  return new XMLSerializer().serializeToString(clone);
}

/** The same chart as a PNG at twice its on-screen size (crisp on high-density screens and in print). */
export async function pngBlob(markup: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(image.naturalWidth * scale);
    canvas.height = Math.ceil(image.naturalHeight * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, image.naturalWidth, image.naturalHeight);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

export { download } from '../../shared/download';

/** A file name for a chart: page, article, place and title, with nothing a file system refuses. */
export function exportName(pageId: string, articleId: string, index: number, title: string): string {
  const safe = title.replace(/[\\/:*?"<>|\s\p{Cc}]+/gu, '').slice(0, 40);
  return ['broadsheet', pageId, articleId, String(index + 1), safe].filter(Boolean).join('-');
}
