import { cyrb53Into, type Hash53 } from '../hash/cyrb53';
// A set of 53-bit string hashes with one integer per entry, kept in typed arrays: a few bytes per
// entry and nothing for the garbage collector to trace, so that an audit of millions of members
// keeps a flat heap. A collision (odds about n² / 2^54) could only report a duplicate that is not
// there, never hide one. 以类型数组保存 53 位哈希及一个整数值的集合。

export type { Hash53 } from '../hash/cyrb53';

/**
 * Hashes `text` into `out` (cyrb53), with an upper-case `X` for a lower-case `x` so that ID
 * numbers compare as the register means them. Writes into `out` to allocate nothing.
 * @internal
 */
export function hashInto(text: string, out: Hash53): void {
  cyrb53Into(text, out, true);
}

/** An open-addressing hash table from 53-bit hashes to integers from 0 to 2^32 − 1. @internal */
export interface HashTable {
  /** The value stored for the hash, or -1 after storing `value` for it. */
  putIfAbsent(hash: Hash53, value: number): number;
  readonly size: number;
  /** Bytes held by the table's arrays. */
  readonly bytes: number;
}

/**
 * Creates a {@link HashTable} that doubles when three quarters full. Each slot is three words of
 * one `Uint32Array` (hi + 1, lo, value), so that a probe touches one cache line: at millions of
 * entries nearly every insert is a cache miss, and one is cheaper than three.
 * @internal
 */
export function createHashTable(initialCapacity = 1 << 12): HashTable {
  let capacity = 1;
  while (capacity < initialCapacity) capacity <<= 1;
  // slots[3s] holds hi + 1 (0 marks an empty slot), slots[3s + 1] lo, slots[3s + 2] the value.
  let slots = new Uint32Array(capacity * 3);
  let size = 0;

  // Stryker disable next-line ArrowFunction: an undefined slot reads as NaN and the probe's `(slot + 1) & mask` turns it into slot 0, from which every lookup and insert still probes until it finds its entry or an empty slot: slower, the same results
  const slotOf = (hi: number, lo: number, mask: number): number => ((lo ^ Math.imul(hi, 0x9e3779b1)) >>> 0) & mask;

  function grow(): void {
    const old = slots;
    capacity <<= 1;
    slots = new Uint32Array(capacity * 3);
    const mask = capacity - 1;
    for (let i = 0; i < old.length; i += 3) {
      const h = old[i] as number;
      if (h === 0) continue;
      const lo = old[i + 1] as number;
      let slot = slotOf(h - 1, lo, mask);
      while (slots[slot * 3] !== 0) slot = (slot + 1) & mask;
      slots[slot * 3] = h;
      slots[slot * 3 + 1] = lo;
      slots[slot * 3 + 2] = old[i + 2] as number;
    }
  }

  return {
    putIfAbsent(hash, value) {
      const mask = capacity - 1;
      const h = hash.hi + 1;
      let slot = slotOf(hash.hi, hash.lo, mask);
      for (;;) {
        const at = slots[slot * 3] as number;
        if (at === 0) break;
        if (at === h && slots[slot * 3 + 1] === hash.lo) return slots[slot * 3 + 2] as number;
        slot = (slot + 1) & mask;
      }
      slots[slot * 3] = h;
      slots[slot * 3 + 1] = hash.lo;
      slots[slot * 3 + 2] = value;
      size++;
      if (size * 4 > capacity * 3) grow();
      return -1;
    },
    get size() {
      return size;
    },
    get bytes() {
      return capacity * 12;
    },
  };
}
