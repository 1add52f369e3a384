/**
 * The library's figure index: each page's facts, compact and plain (cloned across threads and
 * kept in IndexedDB), each pointing back to its page, article and sentence. Built per page by the
 * derivation worker, keyed by the page's text, corrections and date (relative dates resolve
 * against the page's date, so a corrected date is a new entry).
 */
import { annotatePage } from '../annotate';
import { sentenceAround, sentenceSpans } from '../charts/sentences';
import type { FigureFact, LevelKind, Measure, Role, SubjectKind } from '../facts/fact';
import { figureFacts } from '../facts/facts';
import type { FigureUnit } from '../figures/figure';
import { applyCorrections, articleName, parsePage, type Correction } from '../page';
import type { ParsedPage } from '../page/parsed-page';
import { detectScript, type Script } from '../script/detect-script';
import { articleAt } from '../watchlist/mentions';

/** One cited figure, as the index keeps it. Offsets are code points in the page's source. */
export interface IndexedFact {
  readonly subject: string;
  readonly subjectKind: SubjectKind;
  /** The subject's name as the page writes it. */
  readonly name: string;
  readonly measure: Measure;
  readonly kind?: LevelKind;
  /** Who set a target price or made a forecast (`花旗`), as the page writes it. */
  readonly who?: string;
  /** As cited (the figure mark's `data-figure-value`). */
  readonly value: number;
  readonly to?: number;
  /** The text says it fell or was lost: drawn below zero. */
  readonly negative?: true;
  readonly unit: FigureUnit;
  /** The figure's own date or period (resolved against the page's date), or null. */
  readonly date: string | null;
  readonly role: Role;
  readonly articleId: string;
  /** The figure mark's id (`f<start>`), to light up its sentence once the page is open. */
  readonly figureId: string;
  readonly start: number;
  /** The sentence holding it: [start, end). */
  readonly sentence: readonly [number, number];
}

/** One page's part of the index. */
export interface PageFigures {
  readonly pageId: string;
  /** YYYY-MM-DD: the date its relative dates were resolved against. */
  readonly pageDate: string;
  /** The script the page's own names are written in. */
  readonly script: Script;
  /** Names of the articles its facts sit in, by article id. */
  readonly articles: Readonly<Record<string, string>>;
  readonly facts: readonly IndexedFact[];
}

/** The whole library's index: one entry per page, in library order. */
export interface FigureIndex {
  readonly pages: readonly PageFigures[];
}

export interface FigureInput {
  readonly id: string;
  readonly source: string;
  readonly corrections?: readonly Correction[] | undefined;
  /** YYYY-MM-DD. */
  readonly pageDate: string;
}

/**
 * A page's facts for the index. The figures come from the page as written (as the reader
 * annotates it), their articles and topics from the page as corrected.
 *
 * @example
 * pageFigures({ id: 'p', source: '恒指昨日收報20225點。', pageDate: '2025-02-03' }).facts[0]
 * // { subject: 'index:HSI', measure: 'level', kind: 'close', value: 20225, date: '2025-02-02', … }
 */
export function pageFigures(input: FigureInput): PageFigures {
  const parsed = parsePage(input.source);
  const annotations = annotatePage(parsed);
  const page: ParsedPage = input.corrections?.length ? applyCorrections(parsed, input.corrections) : parsed;
  const facts = figureFacts(page, annotations, { pageDate: input.pageDate });
  const out: IndexedFact[] = [];
  const articles: Record<string, string> = {};
  // Sentences of a block, computed once per block.
  let block: { id: string; sentences: ReturnType<typeof sentenceSpans> } | undefined;
  annotations.figures.forEach((figure, i) => {
    const fact = facts[i]!;
    if (fact.subject === 'unknown') return;
    if (block?.id !== figure.blockId) {
      const b = parsed.blocks.find((x) => x.id === figure.blockId);
      block = { id: figure.blockId, sentences: b ? sentenceSpans(sliceCodePoints(input.source, b.span.start, b.span.end), b.span.start) : [] };
    }
    const sentence = sentenceAround(block.sentences, figure.span) ?? figure.span;
    const article = articleAt(page.articles, figure.span.start);
    if (article && !(article.id in articles)) articles[article.id] = articleName(page.source, article);
    out.push(indexed(fact, figure, article?.id ?? '', [sentence.start, sentence.end]));
  });
  return { pageId: input.id, pageDate: input.pageDate, script: detectScript(input.source), articles, facts: out };
}

function indexed(
  fact: FigureFact,
  figure: { id: string; value: number; valueTo?: number; unit: FigureUnit; move?: 'up' | 'down'; loss?: true; span: { start: number } },
  articleId: string,
  sentence: readonly [number, number],
): IndexedFact {
  return {
    subject: fact.subject,
    subjectKind: fact.subjectKind,
    name: fact.subjectName,
    measure: fact.measure,
    ...(fact.kind ? { kind: fact.kind } : {}),
    ...(fact.setBy ? { who: fact.setBy } : {}),
    value: figure.value,
    ...(figure.valueTo !== undefined ? { to: figure.valueTo } : {}),
    ...(figure.move === 'down' || figure.loss ? { negative: true as const } : {}),
    unit: figure.unit,
    date: fact.date ?? null,
    role: fact.role,
    articleId,
    figureId: figure.id,
    start: figure.span.start,
    sentence,
  };
}

/** `text`'s code points [start, end) (offsets in the index are code points). */
function sliceCodePoints(text: string, start: number, end: number): string {
  if (!/[\uD800-\uDFFF]/.test(text)) return text.slice(start, end);
  return [...text].slice(start, end).join('');
}
