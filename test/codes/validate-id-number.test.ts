import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { idNumberCheckCharacter, maskIdNumber, validateIdNumber } from '../../src/index';

describe('validateIdNumber', () => {
  it('accepts the GB 11643 example', () => {
    expect(validateIdNumber('11010519491231002X')).toEqual({
      ok: true,
      birthDate: '1949-12-31',
      sex: 'female',
      divisionCode: '110105',
    });
  });

  it('accepts a lower-case x and a birth year in the 1800s', () => {
    expect(validateIdNumber('11010519491231002x')).toMatchObject({ ok: true });
    expect(validateIdNumber('440524188001010014')).toEqual({
      ok: true,
      birthDate: '1880-01-01',
      sex: 'male',
      divisionCode: '440524',
    });
  });

  it('rejects a wrong check character', () => {
    expect(validateIdNumber('110105194912310021')).toMatchObject({ ok: false, reason: 'check-character' });
  });

  it('rejects a birth date that is not a real day', () => {
    const first17 = '52230119990230001';
    const id = first17 + idNumberCheckCharacter(first17);
    expect(validateIdNumber(id)).toMatchObject({ ok: false, reason: 'birth-date' });
  });

  it('rejects bad lengths and characters', () => {
    expect(validateIdNumber('1101054912310021')).toMatchObject({ ok: false, reason: 'length' });
    expect(validateIdNumber('1101051949123100AX')).toMatchObject({ ok: false, reason: 'characters' });
    expect(validateIdNumber('11010519491231002Y')).toMatchObject({ ok: false, reason: 'characters' });
    expect(validateIdNumber(null)).toMatchObject({ ok: false, reason: 'not-a-string' });
  });

  it('detects every single-digit change of a valid number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (position, delta) => {
        const id = '11010519491231002X';
        const digit = (Number(id[position]) + delta) % 10;
        const changed = id.slice(0, position) + String(digit) + id.slice(position + 1);
        expect(validateIdNumber(changed).ok).toBe(false);
      }),
    );
  });
});

describe('maskIdNumber', () => {
  it('keeps the first 4 and last 2 characters', () => {
    expect(maskIdNumber('52230119800101001X')).toBe('5223************1X');
    expect(maskIdNumber('11010519491231002X')).toHaveLength(18);
    expect(maskIdNumber('12345')).toBe('*****');
  });
});
