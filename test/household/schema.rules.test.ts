import { describe, expect, it } from 'vitest';
import { HouseholdSchema, maskIdNumber, validate, type ValidationIssue } from '../../src/index';
import { makeId } from '../fixtures/ids';

// The household record's own rules, each alone: the birth date against a resident ID number of
// either form (18 digits: digits 7–14; 15 digits: 19 + digits 7–12), what a housing record must
// name, and one person per ID number — equal ignoring case exactly as upper-casing says, in a
// small household and in one of more than 16 members, each repeat naming its first occurrence.

const record = (members: unknown[], extra: Record<string, unknown> = {}) => ({
  id: 'H-1',
  villageCode: '522601101201',
  status: 'poor',
  members,
  ...extra,
});
const member = (idNumber: string, extra: Record<string, unknown> = {}) => ({ idNumber, name: '张三', relation: 'other', ...extra });
const doc = (idNumber: string) => member(idNumber, { documentType: 'passport' });

function issuesOf(input: unknown): readonly ValidationIssue[] {
  const result = validate(HouseholdSchema, input);
  return result.ok ? [] : result.issues;
}
const codes = (input: unknown) => issuesOf(input).map((i) => `${i.path.join('.')} ${i.code}`);

describe('HouseholdSchema: the birth date of a 15-digit ID number', () => {
  // GB 11643-1989: address 522601, birth 800101 (1980-01-01), sequence 111; no check character.
  const LEGACY = '522601800101111';
  const codeOf = (birthDate: string) => codes(record([member(LEGACY, { birthDate })]));

  it('accepts the date the number carries, in the 1900s', () => {
    expect(codeOf('1980-01-01')).toEqual([]);
    expect(codes(record([member('522601991231112', { birthDate: '1999-12-31' })]))).toEqual([]);
  });

  it('refuses a date a day, a month or a year off, each alone', () => {
    for (const off of ['1980-01-02', '1980-02-01', '1981-01-01', '1979-01-01', '1980-10-01', '1980-01-10']) {
      expect(codeOf(off)).toEqual(['members.0.birthDate member/birth-date-mismatch']);
    }
  });

  it('refuses the same day and month of another century: the old form is read as 19YY', () => {
    for (const century of ['2080-01-01', '1880-01-01', '1080-01-01']) {
      expect(codeOf(century)).toEqual(['members.0.birthDate member/birth-date-mismatch']);
    }
  });
});

describe('HouseholdSchema: the birth-date mismatch names the masked ID number', () => {
  it('carries the masked number as evidence and in both messages', () => {
    for (const [id, birthDate] of [
      [makeId('522601', '1980-01-01', 11), '1980-01-02'],
      ['522601800101111', '1980-01-02'],
    ] as const) {
      const issues = issuesOf(record([member(id, { birthDate })]));
      expect(issues).toHaveLength(1);
      const masked = maskIdNumber(id);
      expect(masked).not.toContain('800101');
      expect(issues[0]).toMatchObject({ path: ['members', 0, 'birthDate'], code: 'member/birth-date-mismatch', evidence: { idNumber: masked } });
      expect(issues[0]?.message['zh-CN']).toBe(`出生日期与身份证号码（${masked}）不一致`);
      expect(issues[0]?.message.en).toBe(`the birth date disagrees with the ID number (${masked})`);
    }
  });
});

describe('HouseholdSchema: a housing record names one of grade, dangerous, noHouse or route', () => {
  const housingCodes = (housing: Record<string, unknown>) =>
    codes(record([member(makeId('522601', '1980-01-01', 11))], { housing }));

  it('accepts each of the four alone', () => {
    for (const housing of [{ grade: 'C' }, { dangerous: false }, { dangerous: true }, { noHouse: true }, { noHouse: false }, { route: 'appraised-safe' }, { route: 'guaranteed-safe' }]) {
      expect(housingCodes(housing)).toEqual([]);
    }
  });

  it('refuses a record of the other fields only, at the housing path, in both languages', () => {
    for (const housing of [{}, { renovation: 'accepted' }, { livesInSafeHousing: true, relocated: true }, { guarantee: 'care-home', areaSquareMetres: 60 }]) {
      const issues = issuesOf(record([member(makeId('522601', '1980-01-01', 11))], { housing }));
      expect(issues.map((i) => [i.path, i.code])).toEqual([[['housing'], 'housing/nothing-recorded']]);
      expect(issues[0]?.message['zh-CN']).toBe('住房应记录危房级别、是否危房户、是否无房户或保障途径之一');
      expect(issues[0]?.message.en).toBe('housing records a grade, whether the house is dangerous, whether the household has no house, or a route');
    }
  });
});

describe('HouseholdSchema: one person per ID number, equal ignoring case as upper-casing says', () => {
  const UPPER = makeId('110105', '1949-12-31', 2);
  const LOWER = `${UPPER.slice(0, 17)}x`;
  /** The [index, first] of each duplicate reported. */
  const duplicates = (members: unknown[]) =>
    issuesOf(record(members))
      .filter((i) => i.code === 'household/duplicate-member')
      .map((i) => [i.evidence.index, i.evidence.first]);

  it('finds a lower-case x before the upper-case X, and names both members and the masked number', () => {
    expect(UPPER.endsWith('X')).toBe(true);
    const issues = issuesOf(record([member(LOWER), member(UPPER)]));
    expect(issues.map((i) => [i.path, i.code])).toEqual([[['members', 1, 'idNumber'], 'household/duplicate-member']]);
    const masked = maskIdNumber(UPPER);
    expect(issues[0]?.evidence).toEqual({ index: 1, first: 0, idNumber: masked });
    expect(issues[0]?.message['zh-CN']).toBe(`成员 2 与成员 1 身份证号码重复（${masked}）`);
    expect(issues[0]?.message.en).toBe(`member 2 has the same ID number as member 1 (${masked})`);
  });

  it('folds exactly the letters a–z onto A–Z, in either order, and nothing beside them', () => {
    for (const [a, b] of [['a1', 'A1'], ['z1', 'Z1'], ['m1', 'M1']] as const) {
      expect(duplicates([doc(a), doc(b)])).toEqual([[1, 0]]);
      expect(duplicates([doc(b), doc(a)])).toEqual([[1, 0]]);
    }
    // ` (96) and { (123) sit beside a and z; 32 below them are @ and [, which are not their upper case.
    for (const [a, b] of [['`1', '@1'], ['{1', '[1'], ['a1', 'B1'], ['z1', 'Y1']] as const) {
      expect(a.toUpperCase()).not.toBe(b.toUpperCase());
      expect(duplicates([doc(a), doc(b)])).toEqual([]);
      expect(duplicates([doc(b), doc(a)])).toEqual([]);
    }
  });

  it('compares numbers of different lengths by their upper case too (ß is SS), in either order', () => {
    expect('ß1'.toUpperCase()).toBe('SS1');
    expect(duplicates([doc('SS1'), doc('ß1')])).toEqual([[1, 0]]);
    expect(duplicates([doc('ß1'), doc('SS1')])).toEqual([[1, 0]]);
    expect(duplicates([doc('SS1'), doc('S1')])).toEqual([]);
    // Two numbers with no ASCII character at all, of different lengths: ß and ſſ (long s) are both SS.
    expect('ſſ'.toUpperCase()).toBe('SS');
    expect(duplicates([doc('ß'), doc('ſſ')])).toEqual([[1, 0]]);
    expect(duplicates([doc('ß'), doc('ſ')])).toEqual([]);
  });

  it('names the first occurrence for every later repeat, up to 16 members and beyond', () => {
    for (const size of [16, 17, 40]) {
      const members = Array.from({ length: size }, (_, i) => member(makeId('522601', '1990-01-01', i + 1)));
      members[3] = member(LOWER);
      members[0] = member(UPPER);
      members[size - 1] = member(UPPER);
      expect(duplicates(members)).toEqual([
        [3, 0],
        [size - 1, 0],
      ]);
    }
  });

  it('beyond 16 members, folds the case as upper-casing does (ß is SS), not as lower-casing', () => {
    const members = Array.from({ length: 20 }, (_, i) => member(makeId('522601', '1990-01-01', i + 1)));
    members[2] = doc('PASS1');
    members[7] = doc('paß1');
    expect(duplicates(members)).toEqual([[7, 2]]);
    expect(duplicates(members.slice(0, 16))).toEqual([[7, 2]]);
  });
});
