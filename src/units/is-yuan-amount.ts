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
  return typeof value === 'number' && parseYuanToFen(value) !== undefined;
}
