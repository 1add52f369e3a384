import { describe, expect, it } from 'vitest';
import { extractFigures } from './extract';
import { moveBefore } from './move';

/** The move of the first figure extractFigures finds in `text`. */
const moveOf = (text: string) => extractFigures(text)[0]?.move;

describe('moves and levels', () => {
  it.each([
    ['黃金單日升40美元', 'up'],
    ['恒指跌300點', 'down'],
    ['恒指跌了300點', 'down'],
    ['收入增加500億美元', 'up'],
    ['股價下跌3%', 'down'], // a rate: charted with the other rates, below zero
    ['經濟增長2.3%', 'up'],
    ['港股跳水大跌6.46%', 'down'],
    ['盘前大跌超18%', 'down'],
    ['同比下滑51.48%', 'down'],
    ['金價升逾40美元', 'up'],
    ['黃金升至2800美元', undefined],
    ['恒指收報20225點', undefined],
    ['升幅28%', undefined],
    ['美聯儲升息0.25%', 'up'], // the rate moved: by 0.25 points
    ['利率下調0.25%', 'down'],
    ['美联储降息0.5%', 'down'],
    ['目標價上調至120元', undefined], // raised to: a level
    ['央行下調存款準備金率0.5個百分點', 'down'],
    ['人行下調一年期LPR 10個基點', 'down'],
    ['公司降低成本10%', 'down'],
    ['分析師上調盈利預測15%', 'up'],
    ['下調目標價至120元', undefined],
    ['提高利率至5%', undefined],
    ['下調後股價為120元', undefined],
    ['下調2024年目標5%', undefined], // a figure of its own in between: not read as an object
    ['公司估值有望達到3000億美元', undefined],
    ['金價較上日高40美元', 'up'],
    ['恒指比上周低了300點', 'down'],
    ['收入比去年多出5億元', 'up'],
    ['金價最高2800美元', undefined], // no comparison: a level
    ['較上日，金價最高2800美元', undefined], // the comparison is another clause's
    ['金價曾高見2800美元', undefined],
    ['比特幣最高10萬美元', undefined], // 比 of a name, not a comparison
    ['比亞迪股價最高300元', undefined],
  ])('%s → %s', (text, move) => {
    expect(moveOf(text)).toBe(move);
  });

  it('does not read back past the floor', () => {
    expect(moveBefore('升40美元', 1, 1)).toBeUndefined();
    expect(moveBefore('升40美元', 1, 0)).toBe('up');
  });
});

describe('losses', () => {
  /** Whether the first figure extractFigures finds in `text` is a loss. */
  const lossOf = (text: string) => extractFigures(text)[0]?.loss ?? false;

  it.each([
    ['归母净利润亏损118亿元', true],
    ['公司全年虧損5億港元', true],
    ['錄得虧損達5億港元', true],
    ['淨虧2.3億美元', true],
    ['中期蝕1.2億元', true],
    ['純利5億港元', false],
    ['盈虧2億元', false], // profit and loss: either
    ['虧損減少20億元', false], // a loss that shrank: a move
    ['虧損率5%', false], // a rate, not an amount
  ])('%s → %s', (text, loss) => {
    expect(lossOf(text)).toBe(loss);
  });

  it('keeps the amount as written and the label of what lost it', () => {
    expect(extractFigures('归母净利润亏损118亿元')[0]).toMatchObject({ value: 118e8, unit: 'CNY', loss: true, label: '归母净利润' });
  });
});
