import { formatPercent } from '../region/exact-rate';

/**
 * One way to print numbers in the report and the terminal tables: whole numbers with thousands
 * separators, yuan with at most two decimals, rates by {@link formatPercent} (whole-number
 * arithmetic, cut towards zero, never `toFixed`).
 * 报告与终端表格统一的数字格式：千位分隔符；金额至多两位小数；比率向零截断。
 */

/**
 * A number with thousands separators (`12,345`, `7,508.33`); decimals kept as written.
 * @example
 * formatCount(1234567) //=> '1,234,567'
 * formatCount(7508.33) //=> '7,508.33'
 */
export function formatCount(value: number): string {
  const [whole, fraction] = String(value).split('.') as [string, string | undefined];
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = sign === '' ? whole : whole.slice(1);
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

/** A rate as shown everywhere: the percent with two decimals, cut towards zero. 比率显示。 */
export function rateText(numerator: number, denominator: number): string {
  return formatPercent(numerator, denominator, 2);
}

export { formatPercent };
