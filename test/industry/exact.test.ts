import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DomainError } from '../../src/index';
import { decimalOf, decimalToNumber, divideToInteger, gcd, percentOf, sumDecimals } from '../../src/industry/exact';

describe('decimalOf', () => {
  it('reads a number as the decimal its text names, exponents included', () => {
    expect(decimalOf(0.1)).toEqual({ n: 1n, scale: 1 });
    expect(decimalOf(512.07)).toEqual({ n: 51207n, scale: 2 });
    expect(decimalOf(600)).toEqual({ n: 600n, scale: 0 });
    expect(decimalOf(1e21)).toEqual({ n: 10n ** 21n, scale: 0 });
    expect(decimalOf(1.5e-7)).toEqual({ n: 15n, scale: 8 });
    expect(decimalOf(-2.5)).toEqual({ n: -25n, scale: 1 });
  });

  it('throws a DomainError for NaN and infinities', () => {
    expect(() => decimalOf(Number.NaN)).toThrow(DomainError);
    expect(() => decimalOf(Number.NEGATIVE_INFINITY)).toThrow(/^tuopin: industry\/not-finite:/);
  });

  it('round-trips through decimalToNumber', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(decimalToNumber(decimalOf(x))).toBe(x + 0);
      }),
    );
  });
});

describe('sumDecimals', () => {
  it('adds exactly', () => {
    expect(decimalToNumber(sumDecimals([decimalOf(0.1), decimalOf(0.2)]))).toBe(0.3);
    expect(sumDecimals([])).toEqual({ n: 0n, scale: 0 });
  });
});

describe('divideToInteger', () => {
  it('rounds half away from zero, down or up', () => {
    expect(divideToInteger(5n, 2n, 'half-away-from-zero')).toBe(3n);
    expect(divideToInteger(-5n, 2n, 'half-away-from-zero')).toBe(-3n);
    expect(divideToInteger(7n, 3n, 'half-away-from-zero')).toBe(2n);
    expect(divideToInteger(8n, 3n, 'half-away-from-zero')).toBe(3n);
    expect(divideToInteger(7n, 3n, 'floor')).toBe(2n);
    expect(divideToInteger(-7n, 3n, 'floor')).toBe(-3n);
    expect(divideToInteger(7n, 3n, 'ceil')).toBe(3n);
    expect(divideToInteger(-7n, 3n, 'ceil')).toBe(-2n);
    expect(divideToInteger(6n, 3n, 'ceil')).toBe(2n);
    expect(() => divideToInteger(1n, 0n, 'floor')).toThrow(DomainError);
  });
});

describe('gcd', () => {
  it('gives the greatest common divisor', () => {
    expect(gcd(12n, 18n)).toBe(6n);
    expect(gcd(0n, 5n)).toBe(5n);
  });
});

describe('percentOf', () => {
  it('truncates to two decimals', () => {
    expect(percentOf(2n, 3n)).toBe(66.66);
    expect(percentOf(1n, 1n)).toBe(100);
    expect(percentOf(0n, 7n)).toBe(0);
  });
});
