import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateIdNumber } from '../../src/index';

// An independent reading of GB 11643-1999 for 18-character numbers, written from the standard
// with a regular expression, a Date and the weights, to pin the one-pass checker the validation
// hot path uses: the same verdict and the same first problem, in the same order of precedence
// (characters, then birth date, then check character).
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function reference(id: string): string | undefined {
  if (id.length !== 18) return 'length';
  if (!/^\d{17}[\dXx]$/.test(id)) return 'characters';
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  const real = month >= 1 && month <= 12 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (year < 1800 || !real) return 'birth-date';
  const sum = WEIGHTS.reduce((s, w, i) => s + w * Number(id[i]), 0);
  return '10X98765432'[sum % 11] === id[17]!.toUpperCase() ? undefined : 'check-character';
}

const reasonOf = (id: string) => {
  const result = validateIdNumber(id);
  return result.ok ? undefined : result.reason;
};

describe('validateIdNumber against an independent reading of GB 11643', () => {
  const digit = fc.constantFrom(...'0123456789');
  // Mostly plausible numbers (a real-looking birth date), with any character swapped in now and then.
  const plausible = fc
    .tuple(
      fc.array(digit, { minLength: 6, maxLength: 6 }),
      fc.integer({ min: 1700, max: 2100 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
      fc.array(digit, { minLength: 3, maxLength: 3 }),
      fc.constantFrom(...'0123456789Xx'),
    )
    .map(([area, y, m, d, seq, check]) => `${area.join('')}${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}${seq.join('')}${check}`);
  const damaged = fc.tuple(plausible, fc.nat({ max: 17 }), fc.constantFrom('a', ' ', '-', 'X', '٣', '/', ':')).map(([id, at, c]) => id.slice(0, at) + c + id.slice(at + 1));

  it('gives the same verdict and first problem for plausible numbers', () => {
    fc.assert(fc.property(plausible, (id) => reasonOf(id) === reference(id)), { numRuns: 5000 });
  });

  it('gives the same verdict and first problem when one character is damaged', () => {
    fc.assert(fc.property(damaged, (id) => reasonOf(id) === reference(id)), { numRuns: 3000 });
  });

  it('accepts a number whose check character is right, and only that one of the eleven', () => {
    fc.assert(
      fc.property(plausible, (id) => {
        const first17 = id.slice(0, 17);
        const accepted = [...'0123456789X'].filter((c) => validateIdNumber(first17 + c).ok);
        return reference(first17 + '0') === 'birth-date' ? accepted.length === 0 : accepted.length === 1;
      }),
      { numRuns: 1000 },
    );
    expect(reasonOf('52260119810229001X')).toBe('birth-date');
    expect(reasonOf('52260118000101001X')).not.toBe('birth-date');
    expect(reasonOf('52260117991231001X')).toBe('birth-date');
  });
});
