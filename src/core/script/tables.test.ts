import { describe, expect, it } from 'vitest';
import type { DictLike } from 'opencc-js/core';
import { HK2S_CONFIG } from './hk2s-tables';
import type { PipelineConfig } from './opencc-pipeline';
import { S2HK_CONFIG } from './s2hk-tables';

function entries(dict: DictLike): Array<readonly [string, string]> {
  if (typeof dict !== 'string') return [...dict];
  return dict.split('|').map((line) => {
    const [from = '', to = ''] = line.split(' ');
    return [from, to] as const;
  });
}

function allEntries(config: PipelineConfig) {
  const dicts = new Set<DictLike>([...config.normalizationChain.flat(), ...config.segmentation, ...config.conversionChain.flat()]);
  return [...dicts].flatMap(entries);
}

/**
 * The offsets guarantee rests on the tables mapping every phrase to one of the same length;
 * `lengthSafe` guards at run time, this says the guard never has to act with today's tables.
 */
describe.each([
  ['hk2s', HK2S_CONFIG],
  ['s2hk', S2HK_CONFIG],
] as const)('%s tables', (_, config) => {
  it('map every entry to one of the same code-point length', () => {
    const all = allEntries(config);
    expect(all.length).toBeGreaterThan(1000);
    const uneven = all.filter(([from, to]) => [...from].length !== [...to].length);
    expect(uneven).toEqual([]);
  });

  it('never rewrite ASCII', () => {
    const touched = allEntries(config).filter(([from, to]) => /[\x20-\x7e]/.test(from + to) && [...from].some((c, i) => c <= '\x7e' && [...to][i] !== c));
    expect(touched).toEqual([]);
  });
});
