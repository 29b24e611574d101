import type { Industry } from './schema';
import { REPORT_CATALOG } from '../report/catalog';
import { INDUSTRY_ERRORS, type IndustryQuantity } from './catalog';
import { catalogError } from '../reasons/catalog-error';

/**
 * An exact decimal `n / 10^scale`, used inside the industry functions so that areas, yields and
 * money are added and multiplied without float error.
 * 精确十进制数 n / 10^scale（内部使用）。
 * @internal
 */
export interface Decimal {
  readonly n: bigint;
  readonly scale: number;
}

const DECIMAL_TEXT = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/**
 * Reads a finite number as the decimal its shortest text names (`String(0.1)` is `'0.1'`, so 0.1
 * is read as exactly 1/10, which is what the person who wrote it meant).
 * 按数字的十进制文本精确读取（0.1 即 1/10）。
 *
 * @throws {DomainError} `industry/not-finite` for NaN and infinities
 * @internal
 */
export function decimalOf(value: number): Decimal {
  const match = typeof value === 'number' ? DECIMAL_TEXT.exec(String(value)) : null;
  if (match === null) {
    throw catalogError(INDUSTRY_ERRORS, 'industry/not-finite', { given: String(value) });
  }
  const [, sign = '', whole = '0', fraction = '', exponent = '0'] = match;
  let n = BigInt(whole + fraction);
  let scale = fraction.length - Number(exponent);
  if (scale < 0) {
    n *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { n: sign === '-' ? -n : n, scale };
}

/** An integer as a decimal. @internal */
export function decimalOfInteger(n: bigint): Decimal {
  return { n, scale: 0 };
}

/** `n` scaled to `scale` decimals (`scale` ≥ `d.scale`). @internal */
export function scaledTo(d: Decimal, scale: number): bigint {
  return d.n * 10n ** BigInt(scale - d.scale);
}

/** a + b, exactly. @internal */
export function addDecimals(a: Decimal, b: Decimal): Decimal {
  const scale = Math.max(a.scale, b.scale);
  return { n: scaledTo(a, scale) + scaledTo(b, scale), scale };
}

/** a − b, exactly. @internal */
export function subtractDecimals(a: Decimal, b: Decimal): Decimal {
  return addDecimals(a, { n: -b.n, scale: b.scale });
}

/** a × b, exactly. @internal */
export function multiplyDecimals(a: Decimal, b: Decimal): Decimal {
  return { n: a.n * b.n, scale: a.scale + b.scale };
}

/** Sign of a − b: -1, 0 or 1. @internal */
export function compareDecimals(a: Decimal, b: Decimal): -1 | 0 | 1 {
  const scale = Math.max(a.scale, b.scale);
  const x = scaledTo(a, scale);
  const y = scaledTo(b, scale);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The sum of a list of decimals (0 for an empty list). @internal */
export function sumDecimals(values: Iterable<Decimal>): Decimal {
  let total: Decimal = { n: 0n, scale: 0 };
  for (const value of values) total = addDecimals(total, value);
  return total;
}

/** The number nearest the decimal (parsing decimal text is correctly rounded). @internal */
export function decimalToNumber(d: Decimal): number {
  return Number(`${d.n}e-${d.scale}`) + 0;
}

/** How {@link divideToInteger} rounds. @internal */
export type Rounding = 'half-away-from-zero' | 'floor' | 'ceil';

/**
 * `numerator / denominator` rounded to an integer, exactly (`denominator` > 0).
 * @internal
 */
export function divideToInteger(numerator: bigint, denominator: bigint, rounding: Rounding): bigint {
  if (denominator <= 0n) throw catalogError(INDUSTRY_ERRORS, 'industry/zero-divisor');
  const quotient = numerator / denominator; // truncates toward zero
  const remainder = numerator % denominator;
  if (remainder === 0n) return quotient;
  switch (rounding) {
    case 'floor':
      return numerator < 0n ? quotient - 1n : quotient;
    case 'ceil':
      return numerator > 0n ? quotient + 1n : quotient;
    case 'half-away-from-zero': {
      const twice = 2n * (remainder < 0n ? -remainder : remainder);
      if (twice < denominator) return quotient;
      return numerator < 0n ? quotient - 1n : quotient + 1n;
    }
  }
}

/** A decimal rounded to an integer. @internal */
export function roundDecimal(d: Decimal, rounding: Rounding): bigint {
  return divideToInteger(d.n, 10n ** BigInt(d.scale), rounding);
}

/** Greatest common divisor of two non-negative integers. @internal */
export function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** Whose figure a number is, for the error that says it is too large. @internal */
export interface FigureOwner {
  readonly zone?: string;
  readonly plan?: string;
  readonly industry?: Industry;
}

/**
 * A bigint as a safe JavaScript integer.
 * @throws {DomainError} `industry/too-large` when it cannot be held exactly in a number
 * @internal
 */
export function toSafeNumber(value: bigint, quantity: IndustryQuantity, of: FigureOwner = {}): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    const industry = of.industry ?? null;
    throw catalogError(INDUSTRY_ERRORS, 'industry/too-large', {
      quantity,
      zone: of.zone ?? null,
      plan: of.plan ?? null,
      industry,
      industryZh: industry === null ? null : REPORT_CATALOG.render(`industry/${industry}`, {}, 'zh-CN'),
      value: String(value),
    });
  }
  return Number(value);
}

/** Integer fen as yuan. @throws {DomainError} `industry/too-large` @internal */
export function fenToYuanExact(fen: bigint, quantity: IndustryQuantity, of: FigureOwner = {}): number {
  return toSafeNumber(fen, quantity, of) / 100 + 0;
}

/**
 * A fraction as a percent for display, truncated (rounded down) to two decimals, so that it
 * never shows 100 before the fraction is whole. @internal
 */
export function percentOf(numerator: bigint, denominator: bigint): number {
  return toSafeNumber(divideToInteger(numerator * 10000n, denominator, 'floor'), 'percent') / 100 + 0;
}
