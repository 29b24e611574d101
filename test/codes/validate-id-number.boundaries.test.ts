import { describe, expect, it } from 'vitest';
import { idNumberCheckCharacter, maskIdNumber, validateIdNumber } from '../../src/index';

// GB 11643-1999: weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, R = Σ aᵢWᵢ mod 11,
// R = 0…10 gives the check character 1 0 X 9 8 7 6 5 4 3 2. Computed here from the standard's
// table, not by the library, so a wrong library table cannot agree with itself.
const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_FOR_R = ['1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'];
const remainder = (first17: string) => [...first17].reduce((s, d, i) => s + Number(d) * (W[i] as number), 0) % 11;
const checkOf = (first17: string) => CHECK_FOR_R[remainder(first17)] as string;
const id = (first17: string) => first17 + checkOf(first17);
const withBirth = (yyyymmdd: string, sequence = '001') => id(`522601${yyyymmdd}${sequence}`);

describe('idNumberCheckCharacter', () => {
  it('gives the standard check character for every remainder 0…10', () => {
    const seen = new Map<number, string>();
    // Sequence numbers 000…999 under one address and date reach every remainder.
    for (let n = 0; seen.size < 11 && n < 1000; n++) {
      const first17 = `52260119800101${String(n).padStart(3, '0')}`;
      const r = remainder(first17);
      if (!seen.has(r)) {
        seen.set(r, first17);
        expect(idNumberCheckCharacter(first17)).toBe(CHECK_FOR_R[r]);
      }
    }
    expect(seen.size).toBe(11);
  });

  it('matches the two test values of the standard', () => {
    expect(idNumberCheckCharacter('11010519491231002')).toBe('X');
    expect(idNumberCheckCharacter('44052418800101001')).toBe('4');
  });
});

describe('validateIdNumber', () => {
  it('accepts each of the eleven check characters where it is right and refuses the ten others', () => {
    const checked = new Set<string>();
    for (let n = 0; checked.size < 11 && n < 1000; n++) {
      const first17 = `52260119800101${String(n).padStart(3, '0')}`;
      const right = checkOf(first17);
      if (checked.has(right)) continue;
      checked.add(right);
      expect(validateIdNumber(first17 + right).ok).toBe(true);
      for (const wrong of CHECK_FOR_R.filter((c) => c !== right)) {
        expect(validateIdNumber(first17 + wrong)).toMatchObject({ ok: false, reason: 'check-character' });
      }
    }
    expect(checked.size).toBe(11);
  });

  it('accepts a lower-case x where X is the check character, and no other letter', () => {
    const upper = id('11010519491231002');
    expect(upper.endsWith('X')).toBe(true);
    expect(validateIdNumber(`${upper.slice(0, 17)}x`).ok).toBe(true);
    for (const letter of ['Y', 'y', 'W', 'A']) {
      expect(validateIdNumber(`${upper.slice(0, 17)}${letter}`)).toMatchObject({ reason: 'characters' });
    }
  });

  it('refuses a character just outside 0–9 anywhere in the first 17 and in the last place', () => {
    const valid = id('52260119800101001');
    for (const bad of ['/', ':']) {
      for (const at of [0, 6, 16]) {
        const text = valid.slice(0, at) + bad + valid.slice(at + 1);
        expect(validateIdNumber(text)).toMatchObject({ ok: false, reason: 'characters' });
      }
      expect(validateIdNumber(valid.slice(0, 17) + bad)).toMatchObject({ ok: false, reason: 'characters' });
    }
  });

  it('accepts the digits 0 and 9, the ends of the digit range', () => {
    expect(validateIdNumber(id('99999919991231999'))).toMatchObject({ ok: true, divisionCode: '999999' });
    expect(validateIdNumber(id('10000020000101000'))).toMatchObject({ ok: true, divisionCode: '100000' });
  });

  it('reads the month: 00 and 13 are refused, 01 and 12 accepted', () => {
    expect(validateIdNumber(withBirth('19800001'))).toMatchObject({ ok: false, reason: 'birth-date' });
    expect(validateIdNumber(withBirth('19801301'))).toMatchObject({ ok: false, reason: 'birth-date' });
    expect(validateIdNumber(withBirth('19800101'))).toMatchObject({ ok: true, birthDate: '1980-01-01' });
    expect(validateIdNumber(withBirth('19801201'))).toMatchObject({ ok: true, birthDate: '1980-12-01' });
    // Month 10 and 11: the tens digit of the month counts ten.
    expect(validateIdNumber(withBirth('19801031'))).toMatchObject({ ok: true, birthDate: '1980-10-31' });
    expect(validateIdNumber(withBirth('19801131'))).toMatchObject({ ok: false, reason: 'birth-date' });
  });

  it('reads the day: 00 and 32 are refused, 31 accepted in a long month only', () => {
    expect(validateIdNumber(withBirth('19800100'))).toMatchObject({ ok: false, reason: 'birth-date' });
    expect(validateIdNumber(withBirth('19800132'))).toMatchObject({ ok: false, reason: 'birth-date' });
    expect(validateIdNumber(withBirth('19800131'))).toMatchObject({ ok: true, birthDate: '1980-01-31' });
    expect(validateIdNumber(withBirth('19800431'))).toMatchObject({ ok: false, reason: 'birth-date' });
    expect(validateIdNumber(withBirth('19800229'))).toMatchObject({ ok: true, birthDate: '1980-02-29' });
    expect(validateIdNumber(withBirth('19810229'))).toMatchObject({ ok: false, reason: 'birth-date' });
  });

  it('reads the year: 1799 is refused, 1800 and later accepted', () => {
    expect(validateIdNumber(withBirth('17991231'))).toMatchObject({ ok: false, reason: 'birth-date' });
    expect(validateIdNumber(withBirth('18000101'))).toMatchObject({ ok: true, birthDate: '1800-01-01' });
    expect(validateIdNumber(withBirth('18010101'))).toMatchObject({ ok: true, birthDate: '1801-01-01' });
    expect(validateIdNumber(withBirth('18091231'))).toMatchObject({ ok: true, birthDate: '1809-12-31' });
    expect(validateIdNumber(withBirth('20000229'))).toMatchObject({ ok: true, birthDate: '2000-02-29' });
    // 1900 is not a leap year, 2000 is: the year is read with all four digits.
    expect(validateIdNumber(withBirth('19000229'))).toMatchObject({ ok: false, reason: 'birth-date' });
  });

  it('reads the sex from the parity of the 17th digit', () => {
    for (let digit = 0; digit <= 9; digit++) {
      expect(validateIdNumber(withBirth('19800101', `00${digit}`))).toMatchObject({
        ok: true,
        sex: digit % 2 === 1 ? 'male' : 'female',
      });
    }
  });

  it('gives the address code and refuses other lengths and non-strings with their reasons', () => {
    const valid = id('52260119800101001');
    expect(validateIdNumber(valid)).toEqual({ ok: true, birthDate: '1980-01-01', sex: 'male', divisionCode: '522601' });
    expect(validateIdNumber(valid.slice(0, 17))).toMatchObject({ ok: false, reason: 'length' });
    expect(validateIdNumber(`${valid}1`)).toMatchObject({ ok: false, reason: 'length' });
    expect(validateIdNumber(Number(valid.slice(0, 17)))).toMatchObject({ ok: false, reason: 'not-a-string' });
  });

  it('explains every reason in both languages', () => {
    const valid = id('52260119800101001');
    const cases = {
      'not-a-string': 42,
      length: valid.slice(0, 17),
      characters: `${valid.slice(0, 17)}Y`,
      'birth-date': withBirth('19801301'),
      'check-character': valid.slice(0, 17) + (valid.endsWith('1') ? '2' : '1'),
    };
    const messages = Object.fromEntries(
      Object.entries(cases).map(([reason, value]) => {
        const result = validateIdNumber(value);
        expect(result).toMatchObject({ ok: false, reason });
        return [reason, result.ok ? undefined : result.message];
      }),
    );
    expect(messages).toEqual({
      'not-a-string': { 'zh-CN': '身份证号码必须是字符串', en: 'an ID number must be a string' },
      length: { 'zh-CN': '身份证号码应为 18 位（或 15 位旧号码）', en: 'an ID number has 18 characters (or 15 digits, the old form)' },
      characters: {
        'zh-CN': '身份证号码前 17 位应为数字，末位为数字或 X',
        en: 'an ID number has 17 digits and a digit or X as its last character',
      },
      'birth-date': { 'zh-CN': '身份证号码中的出生日期不是有效日期', en: 'the birth date in the ID number is not a real date' },
      'check-character': { 'zh-CN': '身份证号码校验码错误', en: 'the check character of the ID number is wrong' },
    });
  });
});

describe('maskIdNumber', () => {
  it('masks a value of 6 characters or fewer whole, and from 7 keeps 4 + 2', () => {
    expect(maskIdNumber('')).toBe('');
    expect(maskIdNumber('1')).toBe('*');
    expect(maskIdNumber('123456')).toBe('******');
    expect(maskIdNumber('1234567')).toBe('1234*67');
    expect(maskIdNumber('12345678')).toBe('1234**78');
    expect(maskIdNumber('52230119800101001X')).toBe('5223************1X');
  });
});
