import { describe, expect, it } from 'vitest';
import { upgradeIdNumber, validateIdNumber } from '../../src/index';
import { thrownDomainError as thrown } from '../fixtures/thrown';
import { CODES_ERRORS } from '../../src/codes/catalog';

// Issue 17: the rules of the ID number functions that the re-measured mutation run of src/codes
// showed unpinned — a 15-digit number's characters and leap days, and what a refusal names.

describe('15-digit numbers (GB 11643-1989): digits only, a real date of 19YY', () => {
  it('refuses a letter anywhere in the number as characters, outside the birth date too', () => {
    const valid = '110105491231002';
    expect(validateIdNumber(valid).ok).toBe(true);
    for (const at of [0, 3, 5, 12, 13, 14]) {
      const bad = `${valid.slice(0, at)}A${valid.slice(at + 1)}`;
      expect(validateIdNumber(bad), bad).toMatchObject({ ok: false, reason: 'characters' });
    }
    expect(validateIdNumber('11010549123100x')).toMatchObject({ ok: false, reason: 'characters' });
    // Characters below '0' as well as above '9'.
    for (const c of ['/', ' ', '-', '.']) expect(validateIdNumber(`1101054912310${c}2`), c).toMatchObject({ ok: false, reason: 'characters' });
  });

  it('reads 29 February by the year 19YY: in 1904, 1920 and 1996, not in 1900 or 1921', () => {
    for (const yy of ['04', '20', '96']) expect(validateIdNumber(`110105${yy}0229002`), yy).toMatchObject({ ok: true, birthDate: `19${yy}-02-29` });
    for (const yy of ['00', '21']) expect(validateIdNumber(`110105${yy}0229002`), yy).toMatchObject({ ok: false, reason: 'birth-date' });
  });
});

describe('what the ID number functions’ refusals name', () => {
  it('upgradeIdNumber names the problem as evidence and in words in each language', () => {
    const cases = [
      ['1101054912', 'length', '身份证号码应为 18 位（或 15 位旧号码）', 'an ID number has 18 characters (or 15 digits, the old form)'],
      ['11010549123100A', 'characters', '身份证号码前 17 位应为数字，末位为数字或 X', 'an ID number has 17 digits and a digit or X as its last character'],
      ['110105491331002', 'birth-date', '身份证号码中的出生日期不是有效日期', 'the birth date in the ID number is not a real date'],
      ['110105194912310021', 'check-character', '身份证号码校验码错误', 'the check character of the ID number is wrong'],
    ] as const;
    for (const [id, reason, zh, en] of cases) {
      const error = thrown(() => upgradeIdNumber(id));
      expect(error.code, id).toBe('id/invalid');
      expect(error.evidence, id).toEqual({ reason });
      expect(error.localized, id).toEqual({ 'zh-CN': `不是有效的身份证号码（${zh}）`, en: `not a valid resident ID number (${en})` });
    }
  });

  it('words a reason the validation catalog does not know as it is given', () => {
    expect(CODES_ERRORS.render('id/invalid', { reason: 'odd' }, 'zh-CN')).toBe('不是有效的身份证号码（odd）');
    expect(CODES_ERRORS.render('id/invalid', { reason: 'odd' }, 'en')).toBe('not a valid resident ID number (odd)');
  });
});
