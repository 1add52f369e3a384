import { ConverterBuilder, type DictGroup, type DictLike, type LocalePreset } from 'opencc-js/core';

/** A raw OpenCC conversion: phrase-aware, but with no guarantee about length or protected text. */
export type RawConvert = (text: string) => string;

/**
 * One OpenCC configuration as opencc-js 1.4.2's full preset declares it (`preset/full.js`,
 * `configs`): normalise compatibility ideographs, segment by the phrase table, then run each
 * dictionary group over each segment.
 */
export interface PipelineConfig {
  readonly normalizationChain: readonly DictGroup[];
  readonly segmentation: readonly DictLike[];
  readonly conversionChain: readonly DictGroup[];
}

/**
 * Builds the converter for one direction from only the dictionaries that direction needs.
 * It goes through opencc-js's own `ConverterBuilder` (the engine behind `OpenCC.Converter`), so
 * the output is the library's, not a re-implementation; the preset passed in simply holds no
 * other configuration. Building parses the tables, which is the expensive step.
 */
export function buildPipeline(from: string, to: string, config: PipelineConfig): RawConvert {
  const name = to === 'cn' ? `${from}2s` : from === 'cn' ? `s2${to}` : `${from}2${to}`;
  // opencc-js's declarations omit `normalizationChain`, though ConverterBuilder reads it.
  const preset: LocalePreset = { from: { [from]: [] }, to: { [to]: [] }, configs: { [name]: config } };
  return ConverterBuilder(preset)({ from, to });
}
