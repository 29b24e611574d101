import { describe, expect, it } from 'vitest';
import { HouseholdSchema, validate } from '../../src/index';
import { HEAD_ID, head } from './fixtures';

function codesFor(birthDate: string): string[] {
  const result = validate(HouseholdSchema, {
    id: 'H-1',
    villageCode: '522601101201',
    status: 'poor',
    members: [{ ...head, birthDate }],
  });
  return result.ok ? [] : result.issues.map((i) => `${i.path.join('.')} ${i.code}`);
}

describe('validate(HouseholdSchema): the birth date against the ID number', () => {
  it('reports an invalid birth date as date/invalid only, not also as member/birth-date-mismatch', () => {
    for (const birthDate of ['1980-02-30', '1980-13-01', '19800101', 'unknown']) {
      expect(codesFor(birthDate)).toEqual(['members.0.birthDate date/invalid']);
    }
  });

  it('still reports a valid birth date that disagrees with the ID number', () => {
    expect(HEAD_ID.slice(6, 14)).toBe('19800101');
    expect(codesFor('1981-01-01')).toEqual(['members.0.birthDate member/birth-date-mismatch']);
    expect(codesFor('1980-01-01')).toEqual([]);
  });
});
