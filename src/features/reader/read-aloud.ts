import { spokenPieces } from '../../core/speech';
import type { SpeechLang } from '../../store/prefs';

/**
 * Read aloud in the page: the Web Speech API speaks the article from the paragraph in view, a
 * piece at a time (see `spokenPieces`), marking the piece being read with a CSS custom highlight
 * (`::highlight(read-aloud)`: no element is added to the text, so React's tree and the figure and
 * stock marks stay as they are) and scrolling with it. Only the device's own voices
 * (`localService`): nothing read may leave the browser.
 */

export const HIGHLIGHT = 'read-aloud';

/** Why reading cannot start: no speech in this browser, or no voice on the device for the language. */
export type SpeechProblem = 'rdNoSpeech' | 'rdNoVoice';

/** The device's own voice for a language: that exact region first, then any of its language. */
export function localVoice(voices: readonly SpeechSynthesisVoice[], lang: SpeechLang): SpeechSynthesisVoice | undefined {
  const local = voices.filter((v) => v.localService);
  const norm = (l: string) => l.replace('_', '-').toLowerCase();
  const exact = local.find((v) => norm(v.lang) === lang.toLowerCase());
  if (exact) return exact;
  // Cantonese voices are tagged yue where they are not tagged zh-HK.
  if (lang === 'zh-HK') return local.find((v) => /^yue\b/.test(norm(v.lang)));
  return undefined;
}

/** The voices, once the browser has listed them (Chrome lists them after a `voiceschanged`). */
function voicesOf(synth: SpeechSynthesis): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      synth.removeEventListener('voiceschanged', done);
      window.clearTimeout(timer);
      resolve(synth.getVoices());
    };
    // A browser with no voices at all never says so: a second is its answer.
    const timer = window.setTimeout(done, 1000);
    synth.addEventListener('voiceschanged', done);
  });
}

/** One piece to speak: where it is on screen, and its words. */
interface Piece {
  range: Range;
  speak: string;
}

/** The text nodes of a block the reader reads (not a tip or card that opened inside it). */
function textNodes(block: Element): Text[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest('[role="tooltip"], [role="dialog"], button:not([data-stock-code])') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  return nodes;
}

/** A block's pieces, each with the DOM range of its characters. */
function piecesOf(block: Element): Piece[] {
  const nodes = textNodes(block);
  const text = nodes.map((n) => n.data).join('');
  // Code points → (node, UTF-16 offset): walk once, in step with the pieces.
  const points: Array<[Text, number]> = [];
  for (const node of nodes) {
    let i = 0;
    for (const ch of node.data) {
      points.push([node, i]);
      i += ch.length;
    }
  }
  const at = (cp: number, end: boolean): [Text, number] | undefined => {
    if (!end) return points[cp];
    const last = points[cp - 1];
    return last && [last[0], last[1] + (String.fromCodePoint(last[0].data.codePointAt(last[1]) ?? 0).length)];
  };
  return spokenPieces(text).flatMap((p) => {
    const from = at(p.span.start, false);
    const to = at(p.span.end, true);
    if (!from || !to) return [];
    const range = document.createRange();
    range.setStart(...from);
    range.setEnd(...to);
    return [{ range, speak: p.speak }];
  });
}

/** The first block of the article still (partly) in the reading pane's view, below its sticky toolbar. */
function firstBlockInView(article: Element, scroller: Element): number {
  const blocks = [...article.querySelectorAll('[data-block-id]')];
  const top = (scroller.querySelector('.reader-toolbar') ?? scroller).getBoundingClientRect()[scroller.querySelector('.reader-toolbar') ? 'bottom' : 'top'];
  const i = blocks.findIndex((b) => b.getBoundingClientRect().bottom > top + 8);
  return Math.max(0, i);
}

function mark(range: Range | undefined): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  if (range) CSS.highlights.set(HIGHLIGHT, new Highlight(range));
  else CSS.highlights.delete(HIGHLIGHT);
}

function keepInView(range: Range, scroller: Element): void {
  const r = range.getBoundingClientRect();
  const box = scroller.getBoundingClientRect();
  if (r.top < box.top || r.bottom > box.bottom) range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
}

export interface Reading {
  stop(): void;
}

/**
 * Starts reading the article from the paragraph in view. Resolves to a handle that stops it, or
 * to the problem that keeps it from starting. `onEnd` runs when it ends, by itself or stopped.
 */
export async function readAloud(article: Element, scroller: Element, lang: SpeechLang, onEnd: () => void): Promise<Reading | SpeechProblem> {
  if (typeof speechSynthesis === 'undefined' || typeof SpeechSynthesisUtterance === 'undefined') return 'rdNoSpeech';
  const synth = speechSynthesis;
  const voice = localVoice(await voicesOf(synth), lang);
  if (!voice) return 'rdNoVoice';

  const blocks = [...article.querySelectorAll('[data-block-id]')].slice(firstBlockInView(article, scroller));
  let block = 0;
  let queue: Piece[] = [];
  let stopped = false;
  const finish = () => {
    if (stopped) return;
    stopped = true;
    mark(undefined);
    onEnd();
  };
  const next = () => {
    if (stopped) return;
    while (queue.length === 0 && block < blocks.length) queue = piecesOf(blocks[block++]!);
    const piece = queue.shift();
    if (!piece) return finish();
    const utterance = new SpeechSynthesisUtterance(piece.speak);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.onstart = () => {
      mark(piece.range);
      keepInView(piece.range, scroller);
    };
    utterance.onend = next;
    utterance.onerror = (e) => (e.error === 'interrupted' || e.error === 'canceled' ? finish() : next());
    synth.speak(utterance);
  };
  synth.cancel();
  next();
  return {
    stop: () => {
      finish();
      synth.cancel();
    },
  };
}
