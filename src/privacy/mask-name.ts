/**
 * Masks a person's name: keeps the first character (the family name, for most Chinese names)
 * and replaces the rest with `*`; a one-character name becomes `*`.
 * 姓名脱敏：保留首字（通常为姓）。
 *
 * @example
 * maskName('张三丰') //=> '张**'
 * maskName('Li') //=> 'L*'
 */
export function maskName(name: string): string {
  const chars = Array.from(String(name).trim());
  if (chars.length <= 1) return '*';
  return chars[0] + '*'.repeat(chars.length - 1);
}
