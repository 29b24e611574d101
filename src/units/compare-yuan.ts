import { yuanToFen } from './yuan-to-fen';

/**
 * Compares two yuan amounts exactly, in fen: -1 when `a < b`, 0 when equal, 1 when `a > b`.
 * 精确比较两个元金额。
 *
 * @throws {InvalidAmountError} when either amount has more than two decimals
 * @example
 * compareYuan(4000, 4000.00) //=> 0
 * compareYuan(3999.99, 4000) //=> -1
 */
export function compareYuan(a: number, b: number): -1 | 0 | 1 {
  const fa = yuanToFen(a);
  const fb = yuanToFen(b);
  return fa < fb ? -1 : fa > fb ? 1 : 0;
}
