import { InvalidAmountError } from '../errors';

/**
 * Converts integer fen back to yuan for display or output. The result is the nearest double to
 * the decimal amount, which prints with at most two decimals.
 * 分转元（用于显示和输出）。
 *
 * @throws {InvalidAmountError} `amount/not-integer-fen` when `fen` is not a safe integer
 * @example
 * fenToYuan(423002) //=> 4230.02
 */
export function fenToYuan(fen: number): number {
  if (!Number.isSafeInteger(fen)) {
    throw new InvalidAmountError('amount/not-integer-fen', `${String(fen)} is not an integer number of fen`);
  }
  return fen / 100;
}
