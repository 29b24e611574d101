import { InvalidAmountError } from '../errors';
import { UNITS_ERRORS } from './catalog';
import { catalogError } from '../reasons/catalog-error';

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
    throw catalogError(UNITS_ERRORS, 'amount/not-integer-fen', { given: String(fen) }, { as: InvalidAmountError });
  }
  return fen / 100;
}
