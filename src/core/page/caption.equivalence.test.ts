import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import sample from '../sample/sample-page.txt?raw';
import { markCaptions } from './caption';
import { markCaptionsReference } from './testing/caption-reference';
import { draftPage } from './parse';

/** Block kinds after a caption pass, article by article. */
function kindsAfter(source: string, mark: typeof markCaptions, budget?: number): string[][] {
  const drafts = draftPage(source);
  mark(drafts, budget);
  return drafts.map((a) => a.blocks.map((b) => b.kind));
}

const sentences = sample.match(/[^。！？\n]+[。！？]?/g)!.map((s) => s.trim()).filter((s) => s.length > 0);
/** Pages of sample sentences: repeated (a few often, so pull quotes occur), regrouped, headlines between. */
const sentence = fc.oneof(fc.nat(5), fc.nat(sentences.length - 1));
const sentencePage = fc
  .array(
    fc.tuple(fc.array(sentence, { minLength: 1, maxLength: 5 }), fc.constantFrom('\n', '\n\n', '\n\n', '\n\n\n標題\n\n')),
    { maxLength: 40 },
  )
  .map((paras) => paras.map(([ids, sep]) => ids.map((i) => sentences[i]).join('') + sep).join(''));

describe('markCaptions', () => {
  it('marks what one exact scan per window marks, on the sample and a repeated sample', () => {
    for (const page of [sample, Array.from({ length: 6 }, () => sample).join('\n\n')]) {
      expect(kindsAfter(page, markCaptions)).toEqual(kindsAfter(page, markCaptionsReference));
    }
    expect(kindsAfter(sample, markCaptions).flat()).toContain('caption');
  });

  it('marks what the reference marks on pages built from sample sentences, whatever the budget', () => {
    fc.assert(
      fc.property(sentencePage, fc.option(fc.nat(20_000), { nil: undefined }), (page, budget) => {
        expect(kindsAfter(page, markCaptions, budget)).toEqual(kindsAfter(page, markCaptionsReference, budget));
      }),
      { numRuns: 300 },
    );
  });
});
