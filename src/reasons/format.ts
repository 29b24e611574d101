import type { Evidence, Locale } from './types';

// Evidence formatting shared by every catalog. 各消息目录共用的证据格式化。
//
// A formatter never hides a missing value: an absent key prints as `undefined` (and a `NaN`
// as `NaN`), so the catalog parity test (test/reasons/catalog-parity.test.ts), which renders
// every code from a sample evidence, fails on a template that reads a key its code never gets.
// `null` is a recorded "not known" and prints as 未记录 / not recorded.

type Value = Evidence[string] | undefined;

/** The word for a value recorded as unknown (`null`). */
const NOT_RECORDED: Readonly<Record<Locale, string>> = { 'zh-CN': '未记录', en: 'not recorded' };
/** How lists are joined. */
const JOIN: Readonly<Record<Locale, string>> = { 'zh-CN': '、', en: ', ' };

/**
 * An evidence value as text: a list joined in the locale's way, `null` as 未记录 / not recorded,
 * anything else by `String` (so an absent value shows as `undefined`).
 * @internal
 */
export function text(value: Value, locale: Locale = 'zh-CN'): string {
  if (value === null) return NOT_RECORDED[locale];
  if (Array.isArray(value)) return value.join(JOIN[locale]);
  return String(value);
}

/**
 * Integer fen as yuan, exactly: `423002` → `4230.02`, `1200000` → `12000`, `-490050` → `-4900.50`.
 * Printed from the integer, with no float in between.
 * @internal
 */
export function yuanFromFen(fen: Value): string {
  if (typeof fen !== 'number' || !Number.isSafeInteger(fen)) return String(fen);
  const abs = Math.abs(fen);
  const cents = abs % 100;
  const whole = (abs - cents) / 100;
  const sign = fen < 0 ? '-' : '';
  return cents === 0 ? `${sign}${whole}` : `${sign}${whole}.${cents < 10 ? '0' : ''}${cents}`;
}

/**
 * A yuan amount held as a number (evidence such as `perCapitaYuan`): whole yuan as they are,
 * otherwise rounded to the fen and printed with two decimals, from integer fen.
 * @internal
 */
export function yuan(value: Value): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return `${value}`;
  const fen = Math.round(Math.abs(value) * 100);
  const cents = fen % 100;
  return `${value < 0 ? '-' : ''}${(fen - cents) / 100}.${cents < 10 ? '0' : ''}${cents}`;
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

/** A `[numerator, denominator]` evidence pair as `n/d`. @internal */
export function ratio(value: Value): string {
  return Array.isArray(value) ? `${value[0]}/${value[1]}` : String(value);
}

/** A calendar date (`YYYY-MM-DD`, already read in China's calendar) as it is. @internal */
export function date(value: Value): string {
  return String(value);
}

/**
 * A member's number as messages say it: the evidence's 0-based index (as in paths) plus one, so
 * that the head listed first is member 1, as a clerk counts the register's members. Anything but
 * a number is printed as it is.
 * @internal
 */
export function memberNumber(index: unknown): string {
  return typeof index === 'number' ? String(index + 1) : String(index);
}

/**
 * A member named by number ({@link memberNumber}), masked name and masked ID number, as the
 * evidence holds them (`member`, `name`, `idNumber`; the caller masked them with `maskName` /
 * `maskIdNumber`).
 * @internal
 */
export function member(e: Evidence, locale: Locale): string {
  return locale === 'en'
    ? `member ${memberNumber(e.member)} (${String(e.name)}, ${String(e.idNumber)})`
    : `${memberNumber(e.member)}（${String(e.name)}，${String(e.idNumber)}）`;
}

/** A person already masked (`maskName` / `maskIdentifier`), as it is. @internal */
export function person(value: Value): string {
  return String(value);
}
