// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- ambient types for opencc-js subpaths; the test project does not include the .d.ts otherwise
/// <reference path="./opencc-modules.d.ts" />
import HKVariantsRevPhrases from 'opencc-js/dict/HKVariantsRevPhrases';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import CJKCompatibilityIdeographs from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import { buildPipeline, type PipelineConfig, type RawConvert } from './opencc-pipeline';

/** The dictionaries of OpenCC's `hk2s` configuration, as opencc-js 1.4.2's full preset lists them. */
export const HK2S_CONFIG: PipelineConfig = {
  normalizationChain: [[CJKCompatibilityIdeographs]],
  segmentation: [TSPhrases],
  conversionChain: [
    [HKVariantsRevPhrases, HKVariantsRev],
    [TSPhrases, TSCharacters],
  ],
};

/**
 * Hong Kong Traditional → Simplified (OpenCC `hk2s`): the dictionaries behind opencc-js's
 * `from/hk` and `to/cn` plus the compatibility-ideograph normaliser, 53 kB of text (a 24 kB
 * gzipped chunk, plus 7 kB for the opencc-js engine), built in tens of milliseconds. This module
 * is only reached through a dynamic `import()`, so Vite gives it a chunk of its own.
 */
export function buildHk2s(): RawConvert {
  return buildPipeline('hk', 'cn', HK2S_CONFIG);
}
