import { useCallback, useRef } from 'react';
import { within } from '../../core/span';
import type { Article } from '../../core/page/parsed-page';
import { useLibrary } from '../../store/library';
import type { PageView } from '../../shared/page/usePageView';
import { useT } from '../../shared/script/useScript';
import { BlockView } from './BlockView';
import { useLooseParagraphs } from './useLooseParagraphs';

interface Props {
  view: PageView;
  article: Article;
  /** The first article of a page has nothing to merge into. */
  isFirst: boolean;
}

/** A rendered article: headline, then its blocks in source order, then its corrections. */
export function ArticleView({ view, article, isFirst }: Props) {
  const t = useT();
  const addCorrection = useLibrary((s) => s.addCorrection);
  const { page, annotations, sourceScript } = view;
  const headline = article.blocks[article.headlineIndex];
  const figureCount = within(annotations.figures, article.span).length;
  const stockCount = within(annotations.stocks, article.span).length;
  // One function for the article's life, so a block re-renders only when its own text or marks change.
  const pageId = view.pageId;
  const onSplit = useCallback((blockId: string) => addCorrection(pageId, { kind: 'split', blockId }), [addCorrection, pageId]);
  const ref = useRef<HTMLElement>(null);
  useLooseParagraphs(ref);

  return (
    <article
      ref={ref}
      className={`article article-${article.kind}`}
      data-testid="article"
      data-article-id={article.id}
      aria-labelledby={`h-${article.id}`}
      // The skip link lands here: the next Tab is the article's first figure or stock.
      tabIndex={-1}
    >
      <header className="article-header" id={`h-${article.id}`}>
        {article.kind === 'advert' && <p className="article-badge">{t('advert')}</p>}
        {headline ? (
          <BlockView source={page.source} sourceScript={sourceScript} block={headline} annotations={annotations} asHeadline />
        ) : (
          <h2 className="article-headline">{t('noHeadline')}</h2>
        )}
      </header>
      {article.blocks.map((block, i) =>
        i === article.headlineIndex ? null : (
          <BlockView
            key={block.id}
            source={page.source}
            sourceScript={sourceScript}
            block={block}
            annotations={annotations}
            onSplit={onSplit}
          />
        ),
      )}
      <footer className="article-footer">
        <span className="article-counts">
          {t('figuresCount')} {figureCount} · {t('stocksCount')} {stockCount}
        </span>
        <button
          type="button"
          data-testid="merge-previous"
          disabled={isFirst}
          onClick={() => addCorrection(view.pageId, { kind: 'merge', articleId: article.id })}
        >
          {t('mergePrevious')}
        </button>
      </footer>
    </article>
  );
}
