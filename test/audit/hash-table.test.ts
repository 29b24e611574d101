import { describe, expect, it } from 'vitest';
import { createHashTable, hashInto, type Hash53 } from '../../src/audit/hash-table';

describe('createHashTable (internal)', () => {
  it('keeps the first value of every hash through growth, and finds every one again', () => {
    const table = createHashTable(4);
    const hash: Hash53 = { hi: 0, lo: 0 };
    for (let i = 0; i < 5000; i++) {
      hashInto(`H-${i}`, hash);
      expect(table.putIfAbsent(hash, i)).toBe(-1);
    }
    expect(table.size).toBe(5000);
    for (let i = 0; i < 5000; i += 7) {
      hashInto(`H-${i}`, hash);
      expect(table.putIfAbsent(hash, 99999)).toBe(i);
    }
    expect(table.size).toBe(5000);
  });

  it('tells hashes apart by both halves, colliding slots included', () => {
    const table = createHashTable(4);
    // Same low half, different high halves: the same home slot, different entries.
    expect(table.putIfAbsent({ hi: 1, lo: 7 }, 1)).toBe(-1);
    expect(table.putIfAbsent({ hi: 2, lo: 7 }, 2)).toBe(-1);
    expect(table.putIfAbsent({ hi: 0, lo: 7 }, 3)).toBe(-1);
    expect(table.putIfAbsent({ hi: 2, lo: 7 }, 9)).toBe(2);
    expect(table.putIfAbsent({ hi: 0, lo: 7 }, 9)).toBe(3);
  });

  it('rounds the capacity up to a power of two and doubles it once more than three quarters full', () => {
    expect(createHashTable(1).bytes).toBe(12);
    expect(createHashTable(4).bytes).toBe(48);
    expect(createHashTable(5).bytes).toBe(96); // 8 slots of 12 bytes
    expect(createHashTable().bytes).toBe(4096 * 12);
    const table = createHashTable(8);
    for (let i = 0; i < 6; i++) table.putIfAbsent({ hi: i, lo: i * 7 }, i);
    expect([table.size, table.bytes]).toEqual([6, 96]); // 6 of 8: exactly three quarters
    table.putIfAbsent({ hi: 6, lo: 42 }, 6);
    expect([table.size, table.bytes]).toEqual([7, 192]);
    // every entry is kept through the growth, with its value
    for (let i = 0; i < 7; i++) expect(table.putIfAbsent({ hi: i, lo: i * 7 }, 99)).toBe(i);
  });

  it('stores values up to 2^32 − 1 and a high half of 2^21 − 1', () => {
    const table = createHashTable(2);
    expect(table.putIfAbsent({ hi: 0x1fffff, lo: 0xffffffff }, 0xffffffff)).toBe(-1);
    expect(table.putIfAbsent({ hi: 0x1fffff, lo: 0xffffffff }, 1)).toBe(0xffffffff);
    expect(table.putIfAbsent({ hi: 0, lo: 0 }, 0)).toBe(-1);
    expect(table.putIfAbsent({ hi: 0, lo: 0 }, 5)).toBe(0);
  });

  it('tells entries of one home slot apart by their low half too', () => {
    // Capacity 4: low halves equal in their last two bits, with the same high half, start their
    // probe at the same slot.
    const table = createHashTable(4);
    expect(table.putIfAbsent({ hi: 1, lo: 3 }, 10)).toBe(-1);
    expect(table.putIfAbsent({ hi: 1, lo: 7 }, 20)).toBe(-1);
    expect(table.putIfAbsent({ hi: 1, lo: 11 }, 30)).toBe(-1);
    expect(table.size).toBe(3);
    expect(table.putIfAbsent({ hi: 1, lo: 11 }, 0)).toBe(30);
    expect(table.putIfAbsent({ hi: 1, lo: 7 }, 0)).toBe(20);
    expect(table.putIfAbsent({ hi: 1, lo: 3 }, 0)).toBe(10);
  });

  it('hashes a lower-case x as an upper-case X, and nothing else alike', () => {
    const a: Hash53 = { hi: 0, lo: 0 };
    const b: Hash53 = { hi: 0, lo: 0 };
    hashInto('11010519491231002x', a);
    hashInto('11010519491231002X', b);
    expect(a).toEqual(b);
    hashInto('11010519491231002Y', b);
    expect(a).not.toEqual(b);
  });
});
