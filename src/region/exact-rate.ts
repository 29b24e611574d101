import type { Ratio } from '../policy/schema';

/**
 * An exact rate: a fraction of two whole numbers, plus `percent` for display only. Verdicts never
 * read `percent`: they compare the fraction by cross-multiplication.
 * 精确比率：整数分子、分母，以及仅供显示的百分数（判定从不使用 percent）。
 */
export interface ExactRate {
  readonly numerator: number;
  readonly denominator: number;
  /** `numerator / denominator × 100`, a float for display only. 仅供显示的百分数。 */
  readonly percent: number;
}

/** @internal Builds an {@link ExactRate}; the caller guarantees `denominator > 0`. */
export function exactRate(numerator: number, denominator: number): ExactRate {
  return { numerator, denominator, percent: (numerator * 100) / denominator };
}

/** @internal The {@link ExactRate} of a policy threshold. */
export function rateOf(ratio: Ratio): ExactRate {
  return exactRate(ratio.numerator, ratio.denominator);
}

/**
 * @internal Compares `a/b` with `n/d` exactly (all four non-negative integers, `b` and `d`
 * positive): -1, 0 or 1. Cross-multiplies in floats while both products stay within 2^53 (where
 * they are exact), in BigInt beyond.
 */
export function compareFractions(a: number, b: number, n: number, d: number): -1 | 0 | 1 {
  const left = a * d;
  const right = n * b;
  if (left <= Number.MAX_SAFE_INTEGER && right <= Number.MAX_SAFE_INTEGER) {
    return left < right ? -1 : left > right ? 1 : 0;
  }
  const bigLeft = BigInt(a) * BigInt(d);
  const bigRight = BigInt(n) * BigInt(b);
  return bigLeft < bigRight ? -1 : bigLeft > bigRight ? 1 : 0;
}

/**
 * @internal Renders a rate for a message: the exact fraction, then the percent, marked `≈` when it
 * had to be rounded to three decimals (so 2,999/100,000 never shows as a bare "3%").
 */
export function formatRate(numerator: number, denominator: number): string {
  const percent = (numerator * 100) / denominator;
  const rounded = Math.round(percent * 1000) / 1000;
  const shown = rounded === percent ? String(percent) : `≈${percent.toFixed(3)}`;
  return `${numerator}/${denominator} (${shown}%)`;
}
