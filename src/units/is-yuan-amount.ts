import { parseYuanToFen } from './yuan-to-fen';

/**
 * Whether a value is a valid yuan amount: a finite number with at most two decimals.
 * 是否为合法的元金额（至多两位小数）。
 *
 * @example
 * isYuanAmount(12.5) //=> true
 * isYuanAmount(12.345) //=> false
 */
export function isYuanAmount(value: unknown): value is number {
  // Stryker disable next-line ConditionalExpression: parseYuanToFen refuses every value that is not a number itself (undefined), so `typeof` only narrows the type here; the two whole-condition mutants, which tests kill, go with it
  return typeof value === 'number' && parseYuanToFen(value) !== undefined;
}
