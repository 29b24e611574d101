import { parseDivisionCode } from './parse-division-code';

/**
 * Whether the division `childCode` lies within `ancestorCode` (or is the same division). Padded
 * and short forms compare alike. Invalid codes are within nothing.
 * 判断区划 childCode 是否属于 ancestorCode（含相同区划）。无效代码返回 false。
 *
 * @example
 * isWithin('522601101201', '522601') //=> true
 * isWithin('522601', '520000') //=> true
 * isWithin('522601', '522602') //=> false
 */
export function isWithin(childCode: string, ancestorCode: string): boolean {
  const child = parseDivisionCode(childCode);
  const ancestor = parseDivisionCode(ancestorCode);
  if (!child.ok || !ancestor.ok) return false;
  return child.code.startsWith(ancestor.code);
}
