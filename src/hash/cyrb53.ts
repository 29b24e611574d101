// One 53-bit string hash (cyrb53, public domain) for the two places that keep a number per id
// instead of the id: the node reader's split-household check and the audit's hash tables.
// 53 位字符串哈希（cyrb53），读取器与核查共用。

/** The two halves of a 53-bit hash: 21 high bits and 32 low bits. @internal */
export interface Hash53 {
  hi: number;
  lo: number;
}

/**
 * Hashes `text` into `out` without allocating. With `foldX`, a lower-case `x` hashes as `X`, so
 * that ID numbers compare as the register means them (`…123x` is `…123X`).
 * @internal
 */
export function cyrb53Into(text: string, out: Hash53, foldX = false): void {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (foldX && c === 120) c = 88;
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  out.hi = (h2 & 0x1fffff) >>> 0;
  out.lo = h1 >>> 0;
}

/**
 * The 53-bit hash of `text` as one safe integer (`hi × 2³² + lo`).
 * @internal
 * @example
 * cyrb53('H-0001') === cyrb53('H-0001') //=> true
 * Number.isSafeInteger(cyrb53('522601198001010112')) //=> true
 */
export function cyrb53(text: string): number {
  const out: Hash53 = { hi: 0, lo: 0 };
  cyrb53Into(text, out);
  return 4294967296 * out.hi + out.lo;
}
