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
 * @internal A percentage of `numerator / denominator` with exactly `digits` decimals, worked out
 * on whole numbers (no float, no `toFixed`) and cut towards zero, never rounded up: a rate below a
 * threshold never shows as reaching it (2,999/100,000 is `2.99%`, not `3.00%`).
 * 百分数：整数运算，向零截断（从不进位），低于阈值的比率不会显示为达到阈值。
 *
 * @example
 * formatPercent(2999, 100_000) //=> '2.99%'
 * formatPercent(3, 100) //=> '3.00%'
 * formatPercent(1, 3, 3) //=> '33.333%'
 */
export function formatPercent(numerator: number, denominator: number, digits = 2): string {
  const { whole, fraction } = percentDigits(numerator, denominator, digits);
  return `${whole}${digits > 0 ? `.${fraction}` : ''}%`;
}

/** Whole and fractional digits of the percentage, cut towards zero, and whether it is exact. */
function percentDigits(numerator: number, denominator: number, digits: number): { whole: string; fraction: string; exact: boolean } {
  const scale = 10n ** BigInt(digits);
  const n = BigInt(numerator) * 100n * scale;
  const d = BigInt(denominator);
  const negative = n < 0n !== d < 0n && n !== 0n;
  const an = n < 0n ? -n : n;
  const ad = d < 0n ? -d : d;
  const q = an / ad;
  return {
    whole: `${negative ? '-' : ''}${q / scale}`,
    fraction: (q % scale).toString().padStart(digits, '0'),
    exact: q * ad === an,
  };
}

/**
 * @internal Renders a rate for a message: the exact fraction, then the percent, exact when it has
 * at most three decimals, otherwise cut to three and marked `≈` (so 29,999/1,000,000 shows as
 * `≈2.999%`, never as a bare `3%`). Whole-number arithmetic, no `toFixed`.
 */
export function formatRate(numerator: number, denominator: number): string {
  const { whole, fraction, exact } = percentDigits(numerator, denominator, 3);
  const trimmed = fraction.replace(/0+$/, '');
  const shown = exact ? `${whole}${trimmed === '' ? '' : `.${trimmed}`}` : `≈${whole}.${fraction}`;
  return `${numerator}/${denominator} (${shown}%)`;
}
