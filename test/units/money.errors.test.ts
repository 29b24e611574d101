import { describe, expect, it } from 'vitest';
import { fenToYuan, InvalidAmountError, yuanToFen } from '../../src/index';

// A programmer error carries a stable code and a message naming the value it refused: the code
// is what callers branch on, the message what a developer reads.
function thrown(fn: () => unknown): InvalidAmountError {
  try {
    fn();
  } catch (error) {
    if (error instanceof InvalidAmountError) return error;
    throw error;
  }
  throw new Error('expected an InvalidAmountError');
}

describe('fenToYuan', () => {
  it('refuses a fractional or unsafe number of fen with code amount/not-integer-fen', () => {
    for (const bad of [1.5, Number.NaN, 2 ** 53]) {
      const error = thrown(() => fenToYuan(bad));
      expect(error.code).toBe('amount/not-integer-fen');
      expect(error.message).toBe(`tuopin: amount/not-integer-fen: ${String(bad)} 不是整数分 / ${String(bad)} is not an integer number of fen`);
    }
  });

  it('accepts the largest safe integer', () => {
    expect(fenToYuan(Number.MAX_SAFE_INTEGER)).toBe(Number.MAX_SAFE_INTEGER / 100);
  });
});

describe('yuanToFen', () => {
  it('names the refused amount in both languages', () => {
    const error = thrown(() => yuanToFen(12.345));
    expect(error.code).toBe('amount/invalid');
    expect(error.message).toBe(
      'tuopin: amount/invalid: 12.345 不是至多两位小数的元金额 / 12.345 is not an amount of yuan with at most two decimals',
    );
  });
});
