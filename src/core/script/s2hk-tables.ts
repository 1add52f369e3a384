// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- ambient types for opencc-js subpaths; the test project does not include the .d.ts otherwise
/// <reference path="./opencc-modules.d.ts" />
import STPhrases from 'opencc-js/dict/STPhrases';
import STPhrasesRegional from 'opencc-js/dict/STPhrases_GeneratedFromRegionalPhrases';
import STCharacters from 'opencc-js/dict/STCharacters';
import HKVariantsPhrases from 'opencc-js/dict/HKVariantsPhrases';
import HKVariants from 'opencc-js/dict/HKVariants';
import CJKCompatibilityIdeographs from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import { buildPipeline, type PipelineConfig, type RawConvert } from './opencc-pipeline';

/** The dictionaries of OpenCC's `s2hk` configuration, as opencc-js 1.4.2's full preset lists them. */
export const S2HK_CONFIG: PipelineConfig = {
  normalizationChain: [[CJKCompatibilityIdeographs]],
  segmentation: [STPhrases, STPhrasesRegional],
  conversionChain: [
    [STPhrases, STPhrasesRegional, STCharacters],
    [HKVariantsPhrases, HKVariants],
  ],
};

/**
 * Simplified → Hong Kong Traditional (OpenCC `s2hk`). Simplified characters are one-to-many in
 * Traditional, so this needs the full phrase table (STPhrases, ~1 MB, ~430 kB gzipped, about half
 * a second to build): import it only from the worker, or in-thread in node.
 */
export function buildS2hk(): RawConvert {
  return buildPipeline('cn', 'hk', S2HK_CONFIG);
}
