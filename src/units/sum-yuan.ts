import { yuanToFen } from './yuan-to-fen';

/**
 * Adds yuan amounts exactly and returns the total in integer fen.
 * 精确求和，返回整数分。
 *
 * @throws {InvalidAmountError} when an amount has more than two decimals
 * @example
 * sumYuanToFen([4230.02, 4660.45, 3109.53]) //=> 1200000
 */
export function sumYuanToFen(amounts: Iterable<number>): number {
  let total = 0;
  for (const amount of amounts) total += yuanToFen(amount);
  return total;
}
