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
  const s = String(name).trim();
  // Characters are counted as Array.from counts them (a surrogate pair is one), without building
  // the array: this runs for every member an unmet check names.
  let count = 0;
  let firstEnd = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    if (count === 0) firstEnd = i + 1;
    count++;
  }
  if (count <= 1) return '*';
  return s.slice(0, firstEnd) + (STARS[count - 1] ?? '*'.repeat(count - 1));
}

const STARS: readonly string[] = Array.from({ length: 16 }, (_, n) => '*'.repeat(n));
