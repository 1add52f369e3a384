import { memo } from 'react';
import type { PageAnnotations } from '../../core/annotate';
import { within } from '../../core/span';
import { blockSegments } from '../../core/page';
import type { Script } from '../../core/script';
import type { Block } from '../../core/page/parsed-page';
import { useDisplay, useT } from '../../shared/script/useScript';
import { AnnotatedText } from './AnnotatedText';

interface Props {
  source: string;
  sourceScript: Script;
  block: Block;
  annotations: PageAnnotations;
  /** The article's headline block renders as its heading. */
  asHeadline?: boolean;
  onSplit?: (blockId: string) => void;
}

const TAG: Record<Block['kind'], 'p' | 'h3' | 'div' | 'blockquote'> = {
  headline: 'h3',
  kicker: 'p',
  byline: 'p',
  subhead: 'h3',
  paragraph: 'p',
  caption: 'blockquote',
  stockTip: 'div',
  advert: 'p',
};

/** One block of an article: its lines, converted for display, with figures and stocks marked. */
export const BlockView = memo(function BlockView({ source, sourceScript, block, annotations, asHeadline, onSplit }: Props) {
  const display = useDisplay(sourceScript);
  const t = useT();
  const figures = within(annotations.figures, block.span);
  const stocks = within(annotations.stocks, block.span);
  // A block's text gets fresh nodes when its first marks arrive: a text node that React shortened
  // in place would count as moved (a layout shift) though no character moves.
  const marked = figures.length + stocks.length > 0 ? 'm' : '';
  const lines = blockSegments(source, block).map((seg) => (
    <AnnotatedText key={`${seg.sourceStart}${marked}`} display={display(seg.text)} sourceStart={seg.sourceStart} figures={figures} stocks={stocks} />
  ));
  if (asHeadline) {
    return (
      <h2 className="article-headline" data-block-id={block.id}>
        {lines}
      </h2>
    );
  }
  const Tag = TAG[block.kind];
  const body = (
    <Tag className={`block block-${block.kind}`} data-block-id={block.id} data-block-kind={block.kind}>
      {lines}
    </Tag>
  );
  if (!onSplit || (block.kind !== 'subhead' && block.kind !== 'headline')) return body;
  return (
    <div className="split-row">
      {body}
      <button
        type="button"
        className="split-here"
        data-testid="split-here"
        title={t('splitHere')}
        aria-label={`${t('splitHere')}：${display(blockSegments(source, block)[0]?.text ?? '')}`}
        onClick={() => onSplit(block.id)}
      >
        ✂︎ {t('splitHereShort')}
      </button>
    </div>
  );
});
