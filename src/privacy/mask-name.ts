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
  let s = String(name);
  // `trim` only where an end may be white space (a superset of what `trim` removes, tested), so
  // that an ordinary name is not copied.
  if (s.length === 0 || mayBeSpace(s.charCodeAt(0)) || mayBeSpace(s.charCodeAt(s.length - 1))) s = s.trim();
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
  // Two to four characters, the first one code unit (nearly every Chinese name): the masked name
  // in one string, instead of a one-character slice joined to the stars.
  if (firstEnd === 1 && count <= 4) {
    const c = s.charCodeAt(0);
    return count === 2 ? String.fromCharCode(c, STAR) : count === 3 ? String.fromCharCode(c, STAR, STAR) : String.fromCharCode(c, STAR, STAR, STAR);
  }
  return s.slice(0, firstEnd) + (STARS[count - 1] ?? '*'.repeat(count - 1));
}

const STAR = 42; // '*'
const STARS: readonly string[] = Array.from({ length: 16 }, (_, n) => '*'.repeat(n));

/**
 * Whether a code unit may be one that `String.prototype.trim` removes (white space or a line
 * terminator): every control character and space up to U+0020, U+00A0, U+1680, U+180E,
 * U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000 and U+FEFF. A superset is safe: it only
 * calls `trim` where nothing is removed.
 */
function mayBeSpace(c: number): boolean {
  return (
    c <= 0x20 ||
    c === 0xa0 ||
    c === 0x1680 ||
    c === 0x180e ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
