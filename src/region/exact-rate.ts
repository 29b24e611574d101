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

/** @internal Rates for messages and tables (shared by every catalog, in src/reasons/format). */
export { formatPercent, formatRate } from '../reasons/format';
