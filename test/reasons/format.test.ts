import { describe, expect, it } from 'vitest';
import { formatRate, member, memberNumber, ratio, text, yuan, yuanFromFen } from '../../src/reasons/format';

describe('yuanFromFen', () => {
  it('prints integer fen as yuan exactly', () => {
    expect(yuanFromFen(423002)).toBe('4230.02');
    expect(yuanFromFen(1200000)).toBe('12000');
    expect(yuanFromFen(-490050)).toBe('-4900.50');
    expect(yuanFromFen(5)).toBe('0.05');
    expect(yuanFromFen(0)).toBe('0');
    expect(yuanFromFen(9007199254740991)).toBe('90071992547409.91');
  });
  it('shows a value that is not integer fen as it is, never as an empty slot', () => {
    expect(yuanFromFen(undefined)).toBe('undefined');
    expect(yuanFromFen(1.5)).toBe('1.5');
  });
});

describe('yuan', () => {
  it('prints whole yuan as they are and other amounts with two decimals', () => {
    expect(yuan(4000)).toBe('4000');
    expect(yuan(4333.333333)).toBe('4333.33');
    expect(yuan(-4900.5)).toBe('-4900.50');
    expect(yuan(0.1 + 0.2)).toBe('0.30');
    expect(yuan(undefined)).toBe('undefined');
  });
});

describe('text', () => {
  it('joins lists by locale, names null as not recorded and shows an absent value', () => {
    expect(text(['a', 'b'])).toBe('a、b');
    expect(text(['a', 'b'], 'en')).toBe('a, b');
    expect(text(null)).toBe('未记录');
    expect(text(null, 'en')).toBe('not recorded');
    expect(text(undefined)).toBe('undefined');
    expect(text(0)).toBe('0');
  });
});

describe('formatRate and ratio', () => {
  it('shows the exact fraction and a marked rounded percent', () => {
    expect(formatRate(3, 100)).toBe('3/100 (3%)');
    expect(formatRate(2999, 100000)).toBe('2999/100000 (2.999%)');
    expect(formatRate(1, 3)).toBe('1/3 (≈33.333%)');
    expect(ratio([3, 2])).toBe('3/2');
  });
});

describe('member', () => {
  it('names a member by number (the index plus one) and masked data in each locale', () => {
    const e = { member: 2, name: '张**', idNumber: '5226************1X' };
    expect(member(e, 'zh-CN')).toBe('3（张**，5226************1X）');
    expect(member(e, 'en')).toBe('member 3 (张**, 5226************1X)');
    expect(member({ ...e, member: 0 }, 'en')).toBe('member 1 (张**, 5226************1X)');
    expect(memberNumber(0)).toBe('1');
    expect(memberNumber('x')).toBe('x');
  });
});
