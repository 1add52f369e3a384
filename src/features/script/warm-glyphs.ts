/**
 * Readies the other script's fonts before the first switch. Switching to Simplified swaps the
 * font stack for the Simplified faces (`:root:lang(zh-Hans)`), and the first layout in those
 * faces loads each glyph's data as it meets it: 35–50 ms inside the switch's own frame on the
 * development machine. Laying out the same characters once, hidden, while the browser is idle
 * moves that cost out of the switch (measured: the switch's layout fell from 42–56 ms to 16–19 ms).
 *
 * Each character on screen is laid out once per font it is shown in (family, size, weight,
 * style), converted, inside an element with the target `lang`; the element lives for one layout.
 * Not only Han characters: the Simplified faces draw their own punctuation (，。 sit low) and
 * their own Latin letters and digits, and a switch lays those out too.
 * Returns pieces of work of about `perPiece` characters each (a layout costs about as much per
 * glyph whatever the font, and each layout has a cost of its own, so several small fonts share
 * one), for the caller to run a task (or an idle callback) each.
 */
export function glyphWarmups(fonts: readonly FontChars[], convert: (text: string) => string, lang: string, perPiece = 250): Array<() => void> {
  const pieces: Array<Array<{ font: Font; text: string }>> = [];
  let piece: Array<{ font: Font; text: string }> = [];
  let size = 0;
  for (const { font, chars } of fonts) {
    const all = [...chars];
    for (let at = 0; at < all.length; ) {
      const take = Math.min(all.length - at, perPiece - size);
      piece.push({ font, text: all.slice(at, at + take).join('') });
      at += take;
      size += take;
      if (size >= perPiece) {
        pieces.push(piece);
        piece = [];
        size = 0;
      }
    }
  }
  if (piece.length > 0) pieces.push(piece);
  return pieces.map((lines) => () => {
    const ghost = document.createElement('div');
    ghost.className = 'glyph-warmup';
    ghost.lang = lang;
    ghost.setAttribute('aria-hidden', 'true');
    for (const { font, text } of lines) {
      const line = ghost.appendChild(document.createElement('span'));
      Object.assign(line.style, font);
      line.textContent = convert(text);
    }
    document.body.appendChild(ghost);
    void ghost.offsetHeight; // the layout is the point
    ghost.remove();
  });
}

/** A font as the warm-up's line sets it; the family by variable, so `lang` picks the faces. */
interface Font {
  fontFamily: 'var(--serif)' | 'var(--sans)';
  fontSize: string;
  fontWeight: string;
  fontStyle: string;
}

/** Every character that is drawn (not white space). */
const DRAWN = /\S/gu;

/** Characters shown in one font. */
export interface FontChars {
  font: Font;
  chars: Set<string>;
}

/** The characters a switch would lay out under `root`, grouped by the font they are shown in. */
export function collectFonts(root: HTMLElement): FontChars[] {
  const probe = root.appendChild(document.createElement('span'));
  probe.style.fontFamily = 'var(--serif)';
  probe.hidden = true;
  const serif = getComputedStyle(probe).fontFamily;
  probe.remove();
  const groups = new Map<string, FontChars>();
  const fontOf = new Map<Element, Font | null>();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!el) continue;
    let font = fontOf.get(el);
    if (font === undefined) {
      font = laidOut(el) ? fontIn(getComputedStyle(el), serif) : null;
      fontOf.set(el, font);
    }
    const drawn = font && (node as Text).data.match(DRAWN);
    if (!font || !drawn) continue;
    const key = Object.values(font).join('|');
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { font, chars: new Set() }));
    for (const ch of drawn) group.chars.add(ch);
  }
  return [...groups.values()];
}

function fontIn(cs: CSSStyleDeclaration, serif: string): Font {
  return { fontFamily: cs.fontFamily === serif ? 'var(--serif)' : 'var(--sans)', fontSize: cs.fontSize, fontWeight: cs.fontWeight, fontStyle: cs.fontStyle };
}

/**
 * Whether a switch would lay the element out: not when it is hidden, or inside a subtree that
 * `content-visibility` skips (the long contents list), whose glyphs wait until it scrolls in.
 * The check reads style only; asking a skipped element for its box would lay it out.
 */
function laidOut(el: Element): boolean {
  return el.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true });
}
