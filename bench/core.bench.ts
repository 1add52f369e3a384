/**
 * The pure core's speed, next to opencc-js converting the same text in the same run: the ratio
 * is the figure (machines differ; the ratio travels). Run with `npm run bench`.
 */
import * as OpenCC from 'opencc-js';
import { annotatePage } from '../src/core/annotate';
import { extractFigures } from '../src/core/figures';
import { parsePage } from '../src/core/page';
import { buildSearchIndex, search, type SearchDoc } from '../src/core/search';
import { blockSegments } from '../src/core/page';
import { findStockMentions } from '../src/core/stocks';
import { decodeBytes, vetBytes, vetText } from '../src/core/import';
import sample from '../src/core/sample/sample-page.txt?raw';
import { recognitionReport } from './recognition';
import { factsReport } from './facts';
import { seriesReport } from './series';
import { figureFacts } from '../src/core/facts';
import { articleFigures } from '../src/core/charts/article-charts';
import { within } from '../src/core/span';
import { mbPerSecond, paired, repeatToSize, row, time, time as timeIt, utf8Bytes } from './measure';

export async function run(): Promise<void> {
  recognitionReport();
  factsReport();
  seriesReport();
  const hk2cn = OpenCC.Converter({ from: 'hk', to: 'cn' });
  const big = repeatToSize(sample, 1024 * 1024);
  const texts = [
    { name: 'sample page', text: sample },
    { name: '1 MB page (sample repeated)', text: big },
  ];

  console.log('\nParser and annotation vs opencc-js hk→cn on the same text (median; the sample hot: 201 runs after 100 warm-ups; 1 MB: 11 runs after 3)');
  row('', 'time', 'throughput', 'opencc hk→cn', 'ratio');
  for (const { name, text } of texts) {
    const bytes = utf8Bytes(text);
    // Small inputs are timed hot (many warm-ups, many runs), as a reader's session would run them;
    // a cold first call measures the JIT more than the code.
    const small = bytes < 100_000;
    const time = (fn: () => unknown) => timeIt(fn, small ? { runs: 201, warmup: 100 } : {});
    const convert = time(() => hk2cn(text));
    const parse = time(() => parsePage(text));
    const figures = time(() => extractFigures(text));
    const stocks = time(() => findStockMentions(text));
    const page = parsePage(text);
    const annotate = time(() => annotatePage(page));
    const ratio = (ms: number) => `${(ms / convert.ms).toFixed(2)}×`;
    row(`${name} (${(bytes / 1024).toFixed(0)} kB)`);
    row('  opencc-js hk→cn', `${convert.ms.toFixed(1)} ms`, mbPerSecond(bytes, convert.ms), '', '1.00×');
    row('  parsePage', `${parse.ms.toFixed(1)} ms`, mbPerSecond(bytes, parse.ms), `${convert.ms.toFixed(1)} ms`, ratio(parse.ms));
    row('  extractFigures (whole text)', `${figures.ms.toFixed(1)} ms`, mbPerSecond(bytes, figures.ms), `${convert.ms.toFixed(1)} ms`, ratio(figures.ms));
    row('  findStockMentions', `${stocks.ms.toFixed(1)} ms`, mbPerSecond(bytes, stocks.ms), `${convert.ms.toFixed(1)} ms`, ratio(stocks.ms));
    row('  figures + stocks per block (annotatePage)', `${annotate.ms.toFixed(1)} ms`, mbPerSecond(bytes, annotate.ms), `${convert.ms.toFixed(1)} ms`, ratio(annotate.ms));
  }

  console.log('\nImport a 1 MB page (target: on screen within 300 ms of the drop; the browser figure is in the toggle/import run)');
  const bytes = new TextEncoder().encode(big);
  const toScreen = time(() => {
    vetBytes(bytes);
    const { text } = decodeBytes(bytes);
    vetText(text);
    parsePage(text);
  });
  const parsed = parsePage(big);
  const marks = time(() => annotatePage(parsed));
  row('  vet + decode + parse (before the first article paints)', `${toScreen.ms.toFixed(1)} ms`);
  row('  figures + stocks (after it has painted)', `${marks.ms.toFixed(1)} ms`);
  const annotations = annotatePage(parsed);
  // Annotation and facts alternate run by run; the figure is the median of the runs' ratios.
  const withFacts = paired(() => annotatePage(parsed), () => figureFacts(parsed, annotations, { pageDate: '2025-02-01' }));
  row(
    '  facts of those figures (subject, measure, date, role)',
    `${withFacts.b.ms.toFixed(1)} ms`,
    `${annotations.figures.length} figures`,
    '',
    `${(1 + withFacts.ratio).toFixed(2)}× annotation alone (goal ≤ 1.5×; median of ${withFacts.a.runs} paired runs)`,
  );
  // The charts pane draws one article at a time; every article of the page drawn is the worst case.
  const factList = figureFacts(parsed, annotations, { pageDate: '2025-02-01' });
  const byId = new Map(annotations.figures.map((f, i) => [f.id, factList[i]!]));
  const drawn = time(() => {
    for (const a of parsed.articles) articleFigures(a.id, within(annotations.figures, a.span), (id) => byId.get(id), undefined, parsed.source);
  });
  row('  charts and key figures of every article (from the facts)', `${drawn.ms.toFixed(1)} ms`, `${parsed.articles.length} articles`);

  console.log('\nSearch a library of 200 pages (target: under 50 ms a query)');
  const docs: SearchDoc[] = [];
  const page = parsePage(sample);
  for (let p = 0; p < 200; p++) {
    for (const article of page.articles) {
      for (const block of article.blocks) {
        for (const seg of blockSegments(sample, block)) {
          docs.push({ pageId: `p${p}`, articleId: article.id, blockId: block.id, text: seg.text, sourceStart: seg.sourceStart });
        }
      }
    }
  }
  const built = time(() => buildSearchIndex(docs, hk2cn), { runs: 1, warmup: 0 });
  const index = buildSearchIndex(docs, hk2cn);
  row('  build index (200 pages, once per library change)', `${built.ms.toFixed(0)} ms`);
  for (const q of ['騰訊', '腾讯', '开源大模型', 'OpenAI', '2800美元']) {
    let hits = 0;
    const t = time(() => (hits = search(index, q).length), { runs: 11, warmup: 2 });
    row(`  search "${q}" (${hits} hits)`, `${t.ms.toFixed(2)} ms`);
  }
}
