import { wordSet } from './words';

/** Verbs that make the amount right after them a move (單日升40美元, 恒指跌300點), not a level. */
const UP = wordSet([
  '升', '漲', '涨', '上升', '上漲', '上涨', '急升', '大升', '暴升', '狂升', '勁升', '劲升', '飆升', '飙升', '攀升',
  '彈升', '弹升', '反彈', '反弹', '回升', '大漲', '大涨', '急漲', '急涨', '增加', '增長', '增长',
]);
const DOWN = wordSet([
  '跌', '下跌', '急跌', '大跌', '暴跌', '狂跌', '回落', '下滑', '下挫', '急挫', '挫', '減少', '减少', '蒸發', '蒸发',
]);

/**
 * Whether the figure starting at `start` is a move: a verb of rising or falling stands right
 * before it (a 了 between them allowed). 升至2800美元 (rose to) is a level, so is 升幅28% (the
 * verb is part of the subject). Reads no further back than `floor`.
 *
 * @example
 * moveBefore('黃金單日升40美元', 5, 0) // 'up'
 * moveBefore('黃金升至2800美元', 4, 0) // undefined
 */
export function moveBefore(text: string, start: number, floor = 0): 'up' | 'down' | undefined {
  const at = start > floor && text[start - 1] === '了' ? start - 1 : start;
  if (UP.before(text, at, floor) !== undefined) return 'up';
  if (DOWN.before(text, at, floor) !== undefined) return 'down';
  return undefined;
}
