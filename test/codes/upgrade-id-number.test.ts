import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError, idNumberCheckCharacter, upgradeIdNumber, validateIdNumber } from '../../src/index';

/** A valid 15-digit number: address, a real 19YY birth date, a sequence. */
const legacyId = fc
  .record({
    address: fc.constantFrom('110105', '522601', '441900', '460400'),
    day: fc.integer({ min: 0, max: 36524 }),
    sequence: fc.integer({ min: 0, max: 999 }),
  })
  .map(({ address, day, sequence }) => {
    const date = new Date(Date.UTC(1900, 0, 1) + day * 86_400_000).toISOString();
    return `${address}${date.slice(2, 4)}${date.slice(5, 7)}${date.slice(8, 10)}${String(sequence).padStart(3, '0')}`;
  });

describe('upgradeIdNumber', () => {
  it('upgrades the GB 11643-1989 example to its 18-digit form', () => {
    expect(upgradeIdNumber('110105491231002')).toBe('11010519491231002X');
    expect(upgradeIdNumber('11010519491231002x')).toBe('11010519491231002X');
  });

  it('round-trips: the 18-digit form is valid, encodes the same person and gives the 15 digits back', () => {
    fc.assert(
      fc.property(legacyId, (id15) => {
        const old = validateIdNumber(id15);
        expect(old).toMatchObject({ ok: true, legacy: true });
        const id18 = upgradeIdNumber(id15);
        const upgraded = validateIdNumber(id18);
        expect(upgraded.ok).toBe(true);
        if (!old.ok || !upgraded.ok) return;
        expect(upgraded.birthDate).toBe(old.birthDate);
        expect(upgraded.sex).toBe(old.sex);
        expect(upgraded.divisionCode).toBe(old.divisionCode);
        expect(id18.slice(0, 6) + id18.slice(8, 17)).toBe(id15);
        expect(id18.charAt(17)).toBe(idNumberCheckCharacter(id18.slice(0, 17)));
        expect(upgradeIdNumber(id18)).toBe(id18);
      }),
      { numRuns: 200 },
    );
  });

  it('throws on a number that is not a valid ID number', () => {
    expect(() => upgradeIdNumber('110105491331002')).toThrow(DomainError);
    expect(() => upgradeIdNumber('1101054912310')).toThrow(/^tuopin: id\/invalid/);
  });
});

describe('validateIdNumber (15 digits)', () => {
  it('accepts old numbers with a real birth date in the 1900s and refuses others', () => {
    expect(validateIdNumber('110105491231002')).toEqual({
      ok: true,
      birthDate: '1949-12-31',
      sex: 'female',
      divisionCode: '110105',
      legacy: true,
    });
    expect(validateIdNumber('110105490229001')).toMatchObject({ ok: false, reason: 'birth-date' });
    expect(validateIdNumber('11010549123100X')).toMatchObject({ ok: false, reason: 'characters' });
  });
});
