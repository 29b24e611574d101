import { InvalidAmountError } from '../errors';
import { UNITS_ERRORS } from './catalog';
import { catalogError } from '../reasons/catalog-error';

/**
 * Parses a yuan amount to integer fen, or returns `undefined` when the value is not a finite
 * number with at most two decimals within the safe integer range once in fen. Used by the schemas
 * and by {@link yuanToFen}.
 *
 * Exact: `fen = round(yuan × 100)` is then checked by `fen / 100 === yuan`. Division is correctly
 * rounded, so `fen / 100` is the double nearest the decimal `fen/100`; it equals `yuan` exactly
 * when `yuan` is the double a two-decimal amount is written as, and never otherwise.
 * 将元金额精确转换为整数分；不是至多两位小数的有限数时返回 undefined。
 *
 * @example
 * parseYuanToFen(4230.02) //=> 423002
 * parseYuanToFen(0.1 + 0.2) //=> undefined // 0.30000000000000004 has more than two decimals
 */
export function parseYuanToFen(yuan: number): number | undefined {
  const fen = exactFen(yuan);
  return Number.isNaN(fen) ? undefined : fen;
}

/**
 * The fen of {@link parseYuanToFen}, or NaN where it gives `undefined`: one number type, small
 * enough for the hot paths (the income check converts four amounts a household) to inline.
 */
function exactFen(yuan: number): number {
  if (typeof yuan !== 'number') return Number.NaN;
  const fen = Math.round(yuan * 100);
  if (!Number.isSafeInteger(fen) || fen / 100 !== yuan) return Number.NaN;
  return fen + 0; // normalise -0
}

/**
 * Converts yuan (元, at the library's edges) to integer fen (分, inside), exactly.
 * 元转分（精确整数）。
 *
 * @param yuan - a finite amount with at most two decimals
 * @returns the amount in integer fen
 * @throws {InvalidAmountError} `amount/invalid` for NaN, infinities, more than two decimals or
 *   amounts too large to hold exactly
 * @example
 * yuanToFen(4230.02) //=> 423002
 * yuanToFen(-1.5) //=> -150
 */
export function yuanToFen(yuan: number): number {
  const fen = exactFen(yuan);
  if (Number.isNaN(fen)) {
    throw catalogError(UNITS_ERRORS, 'amount/invalid', { given: String(yuan) }, { as: InvalidAmountError });
  }
  return fen;
}
