import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareFractions } from '../../src/units/compare-fractions';

/** The reference: the sign of a·d − c·b, all in BigInt. */
function reference(a: number | bigint, b: number | bigint, c: number | bigint, d: number | bigint): -1 | 0 | 1 {
  const diff = BigInt(a) * BigInt(d) - BigInt(c) * BigInt(b);
  return diff < 0n ? -1 : diff > 0n ? 1 : 0;
}

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** Integers of every size: small, near √2^53 (where products cross 2^53), up to the safe limit and beyond. */
const integer: fc.Arbitrary<bigint> = fc.oneof(
  fc.bigInt({ min: -1000n, max: 1000n }),
  fc.bigInt({ min: 90_000_000n, max: 100_000_000n }),
  fc.bigInt({ min: -SAFE, max: SAFE }),
  fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n }),
);

/** The same integer as a number when it is safe and the coin says so, else as a bigint. */
const operand: fc.Arbitrary<number | bigint> = fc
  .tuple(integer, fc.boolean())
  .map(([n, asNumber]) => (asNumber && n >= -SAFE && n <= SAFE ? Number(n) : n));

describe('compareFractions', () => {
  it('compares a/b with c/d', () => {
    expect(compareFractions(1, 3, 2, 6)).toBe(0);
    expect(compareFractions(2, 100, 3, 100)).toBe(-1);
    expect(compareFractions(3, 100, 2, 100)).toBe(1);
    expect(compareFractions(9, 300, 3, 100)).toBe(0);
    expect(compareFractions(29, 1000, 3, 100)).toBe(-1);
    expect(compareFractions(-1, 2, 0, 1)).toBe(-1);
    expect(compareFractions(0n, 5n, 0, 7)).toBe(0);
  });

  it('stays exact where a product passes 2^53 by one (regression for a float cross-multiplication)', () => {
    // 321 × 28,059,810,762,433 = 2^53 + 1, which a double rounds to 2^53 = 2^27 × 2^26.
    expect(321 * 28_059_810_762_433).toBe(2 ** 53);
    expect(compareFractions(321, 2 ** 26, 2 ** 27, 28_059_810_762_433)).toBe(1);
    expect(compareFractions(2 ** 27, 28_059_810_762_433, 321, 2 ** 26)).toBe(-1);
    expect(compareFractions(-321, 2 ** 26, -(2 ** 27), 28_059_810_762_433)).toBe(-1);
    expect(compareFractions(Number.MAX_SAFE_INTEGER, 1, Number.MAX_SAFE_INTEGER, 1)).toBe(0);
    expect(compareFractions(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER - 1, Number.MAX_SAFE_INTEGER - 1, Number.MAX_SAFE_INTEGER - 2)).toBe(-1);
  });

  it('gives the sign of a·d − c·b exactly, for numbers, bigints and both mixed (property, BigInt reference)', () => {
    fc.assert(
      fc.property(operand, operand, operand, operand, (a, b, c, d) => {
        expect(compareFractions(a, b, c, d)).toBe(reference(a, b, c, d));
      }),
      { numRuns: 2000 },
    );
  });

  it('is antisymmetric: swapping the fractions flips the sign (property)', () => {
    fc.assert(
      fc.property(operand, operand, operand, operand, (a, b, c, d) => {
        expect(compareFractions(c, d, a, b)).toBe(-compareFractions(a, b, c, d) || 0);
      }),
    );
  });
});
