/**
 * Masks an ID number for any message, report or log: keeps the first 4 and the last 2
 * characters and replaces the rest with `*`, keeping the length. A value too short to mask
 * safely (under 7 characters) is masked whole.
 * 身份证号码脱敏：保留前 4 位和后 2 位。
 *
 * @example
 * maskIdNumber('52230119800101001X') //=> '5223************1X'
 */
export function maskIdNumber(id: string): string {
  const s = String(id);
  if (s.length < 7) return '*'.repeat(s.length);
  // 18 characters (12 stars) is nearly every ID number: its stars are built once.
  // Stryker disable next-line ConditionalExpression: a fast path: '*'.repeat(18 − 6) is the same twelve stars
  return s.slice(0, 4) + (s.length === 18 ? TWELVE_STARS : '*'.repeat(s.length - 6)) + s.slice(-2);
}

const TWELVE_STARS = '*'.repeat(12);
