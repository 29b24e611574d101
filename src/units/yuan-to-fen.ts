import { InvalidAmountError } from '../errors';

const DECIMAL = /^(-?)(\d+)(?:\.(\d{1,2}))?$/;

/**
 * Parses a yuan amount to integer fen without any floating-point arithmetic, or returns
 * `undefined` when the value is not a finite number with at most two decimals within the safe
 * integer range once in fen. Used by the schemas and by {@link yuanToFen}.
 * 将元金额精确转换为整数分；不是至多两位小数的有限数时返回 undefined。
 *
 * @example
 * parseYuanToFen(4230.02) //=> 423002
 * parseYuanToFen(0.1 + 0.2) //=> undefined (0.30000000000000004 has more than two decimals)
 */
export function parseYuanToFen(yuan: number): number | undefined {
  if (typeof yuan !== 'number' || !Number.isFinite(yuan)) return undefined;
  if (Number.isInteger(yuan)) {
    const fen = yuan * 100;
    return Number.isSafeInteger(fen) ? fen + 0 : undefined;
  }
  // The shortest round-trip decimal form of the double is the amount the caller wrote.
  const match = DECIMAL.exec(String(yuan));
  if (match === null) return undefined;
  const [, sign, whole, decimals = ''] = match;
  const fen = Number(whole) * 100 + Number(decimals.padEnd(2, '0'));
  if (!Number.isSafeInteger(fen)) return undefined;
  return sign === '-' ? -fen : fen;
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
  const fen = parseYuanToFen(yuan);
  if (fen === undefined) {
    throw new InvalidAmountError(
      'amount/invalid',
      `${String(yuan)} is not an amount of yuan with at most two decimals / 不是至多两位小数的元金额`,
    );
  }
  return fen;
}
