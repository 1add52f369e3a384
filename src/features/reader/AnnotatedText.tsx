import type { ReactNode } from 'react';
import type { PageFigure } from '../../core/annotate';
import type { StockMention } from '../../core/stocks';
import { drawnMarks } from '../../core/highlights';
import type { Span } from '../../core/span';
import { keepTogether } from '../../core/text/keep-together';
import { latinBreaks } from '../../core/text/latin-breaks';
import { useHighlighted } from './HighlightedText';
import { useHotSentence } from './useHotSentence';
import { FigureMark } from './FigureMark';
import { StockMark } from './StockMark';

type Mark = ({ kind: 'figure'; item: PageFigure } | { kind: 'stock'; item: StockMention }) & { span: Span };

interface Props {
  /** The text to show (already in the display script; same code-point length as the source). */
  display: string;
  /** Code-point offset of display[0] in the page source. */
  sourceStart: number;
  figures: readonly PageFigure[];
  stocks: readonly StockMention[];
}

/**
 * One source line with its figures and stock mentions marked. The display text is cut at the
 * same code-point offsets as the original: conversion never changes the length, so a figure's
 * span is valid in either script, and so is a highlight's: the same characters stay marked.
 * Text is rendered as React text nodes, never as HTML. While a chart points at one of its
 * figures, the rest of that figure's sentence is lit up lightly.
 */
export function AnnotatedText({ display, sourceStart, figures, stocks }: Props) {
  const chars = [...display];
  const end = sourceStart + chars.length;
  const hot = useHotSentence(display, sourceStart, figures)?.sentence;
  const highlighted = useHighlighted();
  const marks: Mark[] = [
    ...figures.map((item) => ({ kind: 'figure' as const, item, span: item.span })),
    ...stocks.map((item) => ({ kind: 'stock' as const, item, span: item.span })),
  ];

  const out: ReactNode[] = [];
  const text = (from: number, to: number) => highlighted(chars, sourceStart, from, to);
  // A share class (A股, H股) never breaks across lines: its characters go in a span of their own.
  const keep = keepTogether(display).map((k) => ({ start: k.start + sourceStart, end: k.end + sourceStart }));
  // A long Latin word may break inside, a hyphen shown if it does (core/text/latin-breaks): a
  // generated soft hyphen, so the text, its selection and its copy stay the page's own.
  const breaks = latinBreaks(display).map((b) => b + sourceStart);
  // Inside the lit sentence too: the sentence stays one span, its soft hyphens within it.
  const withBreaks = (from: number, to: number): ReactNode[] => {
    const nodes: ReactNode[] = [];
    let at = from;
    for (const b of breaks) {
      if (b <= at || b >= to) continue;
      nodes.push(...text(at, b), <span key={`b${b}`} className="soft-hyphen" aria-hidden="true" />);
      at = b;
    }
    nodes.push(...text(at, to));
    return nodes;
  };
  const words = (from: number, to: number) => pushPlain(out, withBreaks, from, to, hot);
  const plain = (from: number, to: number) => {
    let at = from;
    for (const k of keep) {
      if (k.start < at || k.end > to) continue;
      if (k.start > at) words(at, k.start);
      out.push(
        <span key={`k${k.start}`} className={hot && k.start >= hot.start && k.end <= hot.end ? 'keep-together sentence-hot' : 'keep-together'}>
          {text(k.start, k.end)}
        </span>,
      );
      at = k.end;
    }
    if (at < to) words(at, to);
  };
  let cursor = sourceStart;
  for (const { mark, span } of drawnMarks(marks, { start: sourceStart, end })) {
    const { start: from, end: to } = span;
    if (from > cursor) plain(cursor, from);
    out.push(
      mark.kind === 'figure' ? (
        <FigureMark key={`f${from}`} figure={mark.item} text={text(from, to)} />
      ) : (
        <StockMark key={`s${from}`} mention={mark.item} text={text(from, to)} />
      ),
    );
    cursor = to;
  }
  if (cursor < end) plain(cursor, end);
  return <>{out}</>;
}

/** Plain text from `from` to `to` (source offsets), the part inside the lit sentence wrapped. */
function pushPlain(out: ReactNode[], text: (a: number, b: number) => ReactNode[], from: number, to: number, hot: Span | undefined): void {
  const start = hot ? Math.min(Math.max(hot.start, from), to) : to;
  const stop = hot ? Math.max(Math.min(hot.end, to), start) : to;
  if (start > from) out.push(...text(from, start));
  if (stop > start) {
    out.push(
      <span key={`h${start}`} className="sentence-hot">
        {text(start, stop)}
      </span>,
    );
  }
  if (to > stop) out.push(...text(stop, to));
}
