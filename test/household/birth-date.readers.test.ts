import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memberBirthDate, memberBirthMonthDay, memberBirthYear } from '../../src/household/birth-date';
import type { Member } from '../../src/household/schema';

// The three readers of a member's birth the hot path uses (the education check reads the year
// first, then the month and day, and only then the date string). Each is pinned on its own here:
// the education check gives the same verdicts when a fast reader answers -1, so its tests alone
// cannot tell a reader that gives up too early from a right one.
const member = (idNumber: string, extra: Partial<Member> = {}): Member => ({ idNumber, name: '张三', relation: 'head', ...extra }) as Member;
const ID18 = '52260119800229001X'; // born 1980-02-29
const ID15 = '522601800229001'; // born 1980-02-29, the 1989 form

describe('memberBirthYear', () => {
  it('reads birthDate when recorded, else the ID number (18 or 15 digits)', () => {
    expect(memberBirthYear(member(ID18))).toBe(1980);
    expect(memberBirthYear(member(ID15))).toBe(1980);
    expect(memberBirthYear(member(ID18, { birthDate: '1979-12-31' }))).toBe(1979);
    expect(memberBirthYear(member('P1234567', { documentType: 'passport' as Member['documentType'], birthDate: '2001-05-06' }))).toBe(2001);
    expect(memberBirthYear(member('522601099912310010'))).toBe(999);
  });

  it('gives -1 for what it cannot read', () => {
    expect(memberBirthYear(member('52260119a00229001X'))).toBe(-1);
    expect(memberBirthYear(member('5226011980022900'))).toBe(-1); // 16 characters
    expect(memberBirthYear(member('522601a00229001'))).toBe(-1); // 15 digits, the year's first not a digit
    expect(memberBirthYear(member('5226018a0229001'))).toBe(-1); // the year's second
    expect(memberBirthYear(member(ID18, { documentType: 'disability-certificate' }))).toBe(-1);
    expect(memberBirthYear(member(ID18, { birthDate: '198' }))).toBe(-1);
    expect(memberBirthYear(member(ID18, { birthDate: '19x0-01-01' }))).toBe(-1);
    expect(memberBirthYear(member(ID18, { birthDate: 'x980-01-01' }))).toBe(-1);
    expect(memberBirthYear(member(ID18, { birthDate: '1x80-01-01' }))).toBe(-1);
    expect(memberBirthYear(member(ID18, { birthDate: '198x-01-01' }))).toBe(-1);
    expect(memberBirthYear(member('522601:980229001X'))).toBe(-1); // ':' is the character after '9'
  });
});

describe('memberBirthMonthDay', () => {
  it('reads MM × 100 + DD from birthDate, or from the ID number', () => {
    expect(memberBirthMonthDay(member(ID18))).toBe(229);
    expect(memberBirthMonthDay(member(ID15))).toBe(229);
    expect(memberBirthMonthDay(member(ID18, { birthDate: '1980-12-31' }))).toBe(1231);
    expect(memberBirthMonthDay(member(ID18, { birthDate: '1980-01-09' }))).toBe(109);
  });

  it('gives -1 for a birthDate not written YYYY-MM-DD, another document, or an implausible date', () => {
    expect(memberBirthMonthDay(member(ID18, { birthDate: '1980/01/09' }))).toBe(-1);
    expect(memberBirthMonthDay(member(ID18, { birthDate: '1980-1-09' }))).toBe(-1);
    expect(memberBirthMonthDay(member(ID18, { birthDate: '1980-0a-09' }))).toBe(-1);
    expect(memberBirthMonthDay(member(ID18, { birthDate: '1980-01-0b' }))).toBe(-1);
    expect(memberBirthMonthDay(member(ID18, { documentType: 'household-register' }))).toBe(-1);
    expect(memberBirthMonthDay(member('52260119801301001X'))).toBe(-1);
    expect(memberBirthMonthDay(member('52260119800001001X'))).toBe(-1);
    expect(memberBirthMonthDay(member('52260119800132001X'))).toBe(-1);
    expect(memberBirthMonthDay(member('52260119800100001X'))).toBe(-1);
    expect(memberBirthMonthDay(member('522601198001a1001X'))).toBe(-1);
    expect(memberBirthMonthDay(member('52260119800229'))).toBe(-1);
    // One thing wrong at a time: the first dash, the second, the length, a day digit, a year digit.
    expect(memberBirthMonthDay(member(ID18, { birthDate: '1980/01-09' }))).toBe(-1);
    expect(memberBirthMonthDay(member(ID18, { birthDate: '1980-01/09' }))).toBe(-1);
    expect(memberBirthMonthDay(member(ID18, { birthDate: '1980-01-091' }))).toBe(-1);
    expect(memberBirthMonthDay(member(ID18, { birthDate: '1980-01-a9' }))).toBe(-1);
    expect(memberBirthMonthDay(member(ID18, { birthDate: '1980-a1-09' }))).toBe(-1);
    expect(memberBirthMonthDay(member('522601198a0229001X'))).toBe(-1);
    expect(memberBirthMonthDay(member('5226010101010100'))).toBe(-1); // 16 characters
  });
});

describe('memberBirthDate', () => {
  it('writes the date of the ID number, in the 1900s for 15 digits', () => {
    expect(memberBirthDate(member(ID18))).toBe('1980-02-29');
    expect(memberBirthDate(member(ID15))).toBe('1980-02-29');
    expect(memberBirthDate(member(ID18, { birthDate: '1980-03-01' }))).toBe('1980-03-01');
    expect(memberBirthDate(member('522601201012310010'))).toBe('2010-12-31');
  });

  it('gives undefined for another document or an implausible date', () => {
    expect(memberBirthDate(member(ID18, { documentType: 'disability-certificate' }))).toBeUndefined();
    expect(memberBirthDate(member('52260119801301001X'))).toBeUndefined();
    expect(memberBirthDate(member('52260119800001001X'))).toBeUndefined();
    expect(memberBirthDate(member('52260119800132001X'))).toBeUndefined();
    expect(memberBirthDate(member('52260119800100001X'))).toBeUndefined();
    expect(memberBirthDate(member('5226011980010a001X'))).toBeUndefined();
    expect(memberBirthDate(member('522601a00101001'))).toBeUndefined();
    expect(memberBirthDate(member('5226011980'))).toBeUndefined();
    expect(memberBirthDate(member('5226010101010100'))).toBeUndefined(); // 16 characters
    expect(memberBirthDate(member('522601198a0229001X'))).toBeUndefined();
  });

  it('reads only the birth date: a letter in the sequence number does not matter', () => {
    expect(memberBirthDate(member('52260119800229a01X'))).toBe('1980-02-29');
    expect(memberBirthMonthDay(member('52260119800229a01X'))).toBe(229);
    expect(memberBirthDate(member('522601800229a01'))).toBe('1980-02-29');
  });

  it('agrees with the year and month-day readers wherever all three answer', () => {
    const digits = (n: number) => fc.array(fc.constantFrom(...'0123456789'), { minLength: n, maxLength: n }).map((d) => d.join(''));
    const id = fc.oneof(digits(17).map((d) => `${d}X`), digits(15));
    fc.assert(
      fc.property(id, (idNumber) => {
        const m = member(idNumber);
        const date = memberBirthDate(m);
        const monthDay = memberBirthMonthDay(m);
        if (date === undefined) return monthDay === -1;
        return memberBirthYear(m) === Number(date.slice(0, 4)) && monthDay === Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10));
      }),
      { numRuns: 3000 },
    );
  });
});
