import { describe, expect, it } from 'vitest';
import {
  type PolicyError,
  auditRegister,
  createAudit,
  defaultAuditThresholds,
  definePolicy,
  type AuditFinding,
  type Household,
  type Member,
} from '../../src/index';
import { makeId } from '../fixtures/ids';
import { AS_OF, clean, family, withMember } from './fixtures';

// Each rule of the register audit (docs/audit.md) at its boundary and alone: the day a threshold
// is reached, each relation the gap rules name, each status and attribute the contradictions
// read, and the evidence every finding carries. Households are `poor` unless the exit test is the
// point, so that a member's change does not also fail the exit test.

const HEAD = family(1)[0]!; // born 1980-01-01, sequence 104 (female by the ID number)

/** Household 1 (`poor`) with the head and the members given. */
const withMembers = (members: Member[], overrides: Partial<Household> = {}): Household =>
  clean(1, { status: 'poor', members: [HEAD, ...members], ...overrides });

const person = (birth: string, sequence: number, change: Partial<Member> = {}): Member => ({
  idNumber: makeId('522601', birth, sequence),
  name: '王五',
  relation: 'other',
  medicalInsurance: true,
  ...change,
});

const findings = (register: Household[], options: Parameters<typeof auditRegister>[1] = { asOf: AS_OF }): readonly AuditFinding[] =>
  auditRegister(register, options).list;

const codes = (register: Household[], options: Parameters<typeof auditRegister>[1] = { asOf: AS_OF }) => findings(register, options).map((f) => f.code);

/** The code, path and evidence of each finding, without the masked member fields. */
const what = (register: Household[], options: Parameters<typeof auditRegister>[1] = { asOf: AS_OF }) =>
  findings(register, options).map(({ code, path, evidence }) => {
    const { member: _m, name: _n, idNumber: _i, ...rest } = evidence as Record<string, unknown>;
    return { code, path, evidence: rest };
  });

describe('audit: ages against the day of the audit', () => {
  it('reports a member over the age limit from the day after the limit is passed, not on it', () => {
    const old = [withMembers([person('1909-12-31', 31)])];
    expect(codes(old, { asOf: '2020-12-30' })).toEqual([]); // 110: not over 110
    expect(what(old, { asOf: '2020-12-31' })).toEqual([
      { code: 'audit/age-over-limit', path: ['members', 1, 'birthDate'], evidence: { age: 111, max: 110, asOf: '2020-12-31' } },
    ]);
  });

  it('reports a birth after the day of the audit, not one on it', () => {
    const baby = [withMembers([person('2020-12-31', 31)])];
    expect(codes(baby, { asOf: '2020-12-31' })).toEqual([]);
    expect(what(baby, { asOf: '2020-12-30' })).toEqual([
      { code: 'audit/born-after-as-of', path: ['members', 1, 'birthDate'], evidence: { birthDate: '2020-12-31', asOf: '2020-12-30' } },
    ]);
    // the date in the evidence is written with two-digit month and day
    expect(what([withMembers([person('2021-01-05', 31)])])[0]!.evidence).toEqual({ birthDate: '2021-01-05', asOf: AS_OF });
  });

  it('reads a 15-digit ID number as a birth in the 1900s', () => {
    const long = makeId('522601', '1905-03-03', 31);
    const short = `${long.slice(0, 6)}${long.slice(8, 17)}`;
    expect(what([withMembers([person('1905-03-03', 31, { idNumber: short })])])).toEqual([
      { code: 'audit/age-over-limit', path: ['members', 1, 'birthDate'], evidence: { age: 115, max: 110, asOf: AS_OF } },
    ]);
  });

  it('reads the birth date given before the ID number, and only a real month and day', () => {
    const passport = (birthDate: string) => [withMembers([person('1990-01-01', 31, { idNumber: 'E12345678', documentType: 'passport', birthDate })])];
    expect(codes(passport('1900-12-31'))).toEqual(['audit/age-over-limit']);
    expect(codes(passport('1900-01-01'))).toEqual(['audit/age-over-limit']);
    for (const bad of ['1900-13-01', '1900-00-10', '1900-12-00', '1900-12-32', '19x0-01-01', '19-0-01-01', '1900-1x-01', '1900-01-x1']) {
      expect(codes(passport(bad)), bad).toEqual([]);
    }
    // year 0 is read as written, and is far over the age limit
    expect(codes(passport('0000-06-15'))).toEqual(['audit/age-over-limit']);
    // the age from a given date turns on its month and day, as from the ID number
    const given = [withMembers([person('1990-01-01', 31, { idNumber: 'E12345678', documentType: 'passport', birthDate: '1909-12-31' })])];
    expect(codes(given, { asOf: '2020-12-30' })).toEqual([]);
    expect(what(given, { asOf: '2020-12-31' })).toEqual([
      { code: 'audit/age-over-limit', path: ['members', 1, 'birthDate'], evidence: { age: 111, max: 110, asOf: '2020-12-31' } },
    ]);
  });

  it('reads no birth from an ID number whose date is not a real one or not digits', () => {
    expect(codes([withMembers([person('1900-12-31', 31)])])).toEqual(['audit/age-over-limit']);
    for (const bad of ['1900-13-01', '1900-00-10', '1900-12-00', '1900-12-32']) {
      expect(codes([withMembers([person(bad, 31)])]), bad).toEqual([]);
    }
    expect(codes([withMembers([person('1900-01-01', 31, { idNumber: '52260119OO01010312' })])])).toEqual([]);
    // neither a 17-digit number nor another document's number gives a birth
    expect(codes([withMembers([person('1900-01-01', 31, { idNumber: makeId('522601', '1900-01-01', 31).slice(0, 17) })])])).toEqual([]);
    expect(codes([withMembers([person('1900-01-01', 31, { idNumber: '52260105030312345' })])])).toEqual([]); // would read 1905-03-03 as 15 digits
    expect(codes([withMembers([person('1900-01-01', 31, { documentType: 'household-register' })])])).toEqual([]);
  });

  it('reports a school-age member without a schooling status from the minimum age to the maximum', () => {
    const child = (birth: string) => [withMembers([person(birth, 31, { relation: 'child' })])];
    expect(codes(child('2015-01-01'))).toEqual([]); // 5
    expect(what(child('2014-12-31'))).toEqual([
      { code: 'audit/schooling-missing', path: ['members', 1, 'schooling'], evidence: { age: 6, min: 6, max: 15 } },
    ]);
    expect(what(child('2005-12-31'))).toEqual([
      { code: 'audit/schooling-missing', path: ['members', 1, 'schooling'], evidence: { age: 15, min: 6, max: 15 } },
    ]);
    expect(codes(child('2004-12-31'))).toEqual([]); // 16
    // either a schooling status or a student status is enough
    expect(codes([withMembers([person('2010-01-01', 31, { relation: 'child', schooling: 'enrolled' })])])).toEqual([]);
    expect(codes([withMembers([person('2010-01-01', 31, { relation: 'child', studentStatus: 'primary' })])])).toEqual([]);
  });

  it('applies no age rule before the thresholds or the school-age range are in force', () => {
    const later = [{ ...defaultAuditThresholds[0]!, from: '2021-01-01' }];
    const register = [
      withMembers([
        person('1900-01-01', 31),
        person('2010-01-01', 33, { relation: 'spouse', schooling: 'enrolled' }),
        person('1995-01-01', 35, { relation: 'father' }),
        person('2019-01-01', 37, { relation: 'child' }),
      ]),
    ];
    expect(codes(register, { asOf: AS_OF, thresholds: later })).toEqual([]);
    // the school-age range of the default policy is in force from 2011
    const schoolAge = [withMembers([person('2004-01-01', 31, { relation: 'child' })])];
    expect(codes(schoolAge, { asOf: '2010-12-31' })).toEqual([]);
    expect(codes(schoolAge, { asOf: '2011-01-01' })).toEqual(['audit/schooling-missing']);
  });
});

describe('audit: relations against the head', () => {
  it('holds a spouse, a son-in-law and a daughter-in-law to the minimum age, reached on the birthday', () => {
    for (const relation of ['spouse', 'son-in-law', 'daughter-in-law'] as const) {
      expect(codes([withMembers([person('2004-12-31', 31, { relation, schooling: 'graduated' })])]), relation).toEqual([]); // 16
      expect(what([withMembers([person('2005-01-01', 31, { relation, schooling: 'graduated' })])]), relation).toEqual([
        { code: 'audit/spouse-too-young', path: ['members', 1, 'relation'], evidence: { age: 15, min: 16, asOf: AS_OF } },
      ]);
    }
    // a spouse much older than the head is no finding (no generation gap for spouses)
    expect(codes([withMembers([person('1940-01-01', 31, { relation: 'spouse' })])])).toEqual([]);
  });

  it('reports a child born before the head reached the minimum parent age, counted in completed years', () => {
    const child = (birth: string, relation: Member['relation'] = 'child') => [withMembers([person(birth, 31, { relation, schooling: 'graduated' })])];
    expect(codes(child('1995-01-01'))).toEqual([]); // head 15
    expect(what(child('1994-12-31'))).toEqual([{ code: 'audit/child-too-old', path: ['members', 1, 'relation'], evidence: { gap: 14, min: 15 } }]);
    expect(what(child('1994-12-31', 'daughter'))).toEqual([{ code: 'audit/child-too-old', path: ['members', 1, 'relation'], evidence: { gap: 14, min: 15 } }]);
    // a child born before the head: a negative gap
    expect(what(child('1978-06-01'))).toEqual([{ code: 'audit/child-too-old', path: ['members', 1, 'relation'], evidence: { gap: -2, min: 15 } }]);
  });

  it('reports a grandchild born before the head reached the minimum grandparent age', () => {
    const grandchild = (birth: string, relation: Member['relation'] = 'grandchild') => [withMembers([person(birth, 31, { relation, schooling: 'enrolled' })])];
    expect(codes(grandchild('2010-01-01'))).toEqual([]); // head 30
    expect(what(grandchild('2009-12-31'))).toEqual([
      { code: 'audit/grandchild-too-old', path: ['members', 1, 'relation'], evidence: { gap: 29, min: 30 } },
    ]);
    expect(codes(grandchild('2009-12-31', 'great-granddaughter'))).toEqual(['audit/grandchild-too-old']);
  });

  it('reports a parent who had not reached the minimum age at the head’s birth, a grandparent the grandparent age', () => {
    const elder = (birth: string, relation: Member['relation']) => [withMembers([person(birth, 31, { relation })])];
    for (const relation of ['parent', 'father', 'mother'] as const) {
      expect(codes(elder('1965-01-01', relation)), relation).toEqual([]); // 15 at the head's birth
      expect(what(elder('1965-01-02', relation)), relation).toEqual([
        { code: 'audit/parent-too-young', path: ['members', 1, 'relation'], evidence: { gap: 14, min: 15 } },
      ]);
    }
    for (const relation of ['grandfather', 'grandmother'] as const) {
      expect(codes(elder('1950-01-01', relation)), relation).toEqual([]); // 30
      expect(what(elder('1950-01-02', relation)), relation).toEqual([
        { code: 'audit/parent-too-young', path: ['members', 1, 'relation'], evidence: { gap: 29, min: 30 } },
      ]);
    }
    // a sibling or another relative is held to no gap
    expect(codes(elder('2000-01-01', 'sibling'))).toEqual([]);
    expect(codes(elder('1979-01-01', 'other'))).toEqual([]);
  });

  it('reports a parent-in-law who had not reached the parent age at the spouse\u2019s birth, compared with the one spouse only', () => {
    const spouse = person('1985-06-15', 33, { relation: 'spouse' });
    const inLaw = (birth: string, relation: Member['relation']) => person(birth, 35, { relation });
    for (const relation of ['wifes-father', 'wifes-mother', 'husbands-father', 'husbands-mother'] as const) {
      expect(codes([withMembers([spouse, inLaw('1970-06-15', relation)])]), relation).toEqual([]); // 15 at the spouse's birth
      expect(what([withMembers([spouse, inLaw('1970-06-16', relation)])]), relation).toEqual([
        {
          code: 'audit/parent-in-law-too-young',
          path: ['members', 2, 'relation'],
          evidence: { relation, gap: 14, min: 15 },
        },
      ]);
    }
    // Younger than the head but old enough for the spouse: the head's own parent gap does not apply.
    expect(codes([withMembers([spouse, inLaw('1967-01-01', 'husbands-mother')])])).toEqual([]);
    // No spouse, two spouses, or a spouse whose birth cannot be read: nothing to compare with.
    expect(codes([withMembers([inLaw('1990-01-01', 'wifes-father')])])).toEqual([]);
    const second = person('1986-01-01', 37, { relation: 'spouse' });
    expect(codes([withMembers([spouse, second, inLaw('1980-01-01', 'wifes-father')])])).toEqual([]);
    const passportSpouse: Member = { ...spouse, idNumber: 'E7654321', documentType: 'passport' };
    expect(codes([withMembers([passportSpouse, inLaw('1980-01-01', 'wifes-father')])])).toEqual([]);
    expect(codes([withMembers([{ ...passportSpouse, birthDate: '1985-06-15' }, inLaw('1980-01-01', 'wifes-father')])])).toEqual(['audit/parent-in-law-too-young']);
    // Compared with the spouse even when the head's birth cannot be read.
    const passportHead: Member = { ...HEAD, idNumber: 'E12345678', documentType: 'passport' };
    expect(codes([clean(1, { status: 'poor', members: [passportHead, spouse, inLaw('1980-01-01', 'wifes-mother')] })])).toEqual(['audit/parent-in-law-too-young']);
  });

  it('compares generations only with one head whose birth can be read', () => {
    const tooOld = person('1990-01-01', 31, { relation: 'child', schooling: 'graduated' });
    const passportHead: Member = { ...HEAD, idNumber: 'E12345678', documentType: 'passport' };
    expect(codes([clean(1, { status: 'poor', members: [passportHead, tooOld] })])).toEqual([]);
    expect(what([clean(1, { status: 'poor', members: [{ ...passportHead, birthDate: '1980-01-01' }, tooOld] })])).toEqual([
      { code: 'audit/child-too-old', path: ['members', 1, 'relation'], evidence: { gap: 10, min: 15 } },
    ]);
    // with two heads there is no head to compare with
    expect(codes([clean(1, { status: 'poor', members: [HEAD, { ...tooOld, relation: 'head' }, { ...tooOld, idNumber: makeId('522601', '1990-01-01', 33) }] })])).toEqual([
      'audit/several-heads',
    ]);
    // the head is not compared with itself, even when young
    expect(codes([clean(1, { status: 'poor', members: [person('2004-01-01', 31, { relation: 'head', schooling: 'graduated' })] })])).toEqual([]);
  });
});

describe('audit: the head, the members and the ID numbers', () => {
  it('holds a spouse to the minimum age in a household without a head', () => {
    const members = family(1).map((m) => ({ ...m, relation: m.relation === 'head' ? ('other' as const) : m.relation }));
    members[1] = { ...members[1]!, idNumber: makeId('522601', '2010-06-15', 22), schooling: 'enrolled' };
    expect(codes([clean(1, { status: 'poor', members })])).toEqual(['audit/no-head', 'audit/spouse-too-young']);
  });

  it('names the members of several heads and counts the members of a household without one', () => {
    const three = family(1).map((m, i) => (i === 2 ? m : { ...m, relation: 'head' as const }));
    expect(what([clean(1, { status: 'poor', members: three })])).toEqual([
      { code: 'audit/several-heads', path: ['members'], evidence: { heads: 3, memberIndexes: [0, 1, 3] } },
    ]);
    expect(what([withMember(1, 0, { relation: 'other' }, { status: 'poor' })])).toEqual([{ code: 'audit/no-head', path: ['members'], evidence: { members: 4 } }]);
    expect(what([clean(1, { status: 'poor', members: [] })])).toEqual([{ code: 'audit/no-head', path: ['members'], evidence: { members: 0 } }]);
  });

  it('reports a recorded household size other than the members listed, with both figures', () => {
    expect(what([clean(1, { householdSize: 3 })])).toEqual([
      { code: 'audit/household-size-mismatch', path: ['householdSize'], evidence: { householdSize: 3, members: 4 } },
    ]);
  });

  it('names the record a household id or a person was first seen in', () => {
    const register = [clean(1), clean(2), clean(3), clean(4, { id: 'H-0003' })];
    expect(findings(register).map((f) => [f.code, f.index, f.path, f.evidence])).toEqual([
      ['audit/household-id-reused', 3, ['id'], { householdId: 'H-0003', otherIndex: 2 }],
    ]);
    const moved = family(3)[1]!;
    const again = findings([clean(1), clean(2), clean(3), withMember(4, 1, moved)]);
    expect(again.map((f) => [f.code, f.member, f.evidence.otherIndex, f.evidence.upgraded])).toEqual([['audit/person-in-two-households', 1, 2, false]]);
    expect(again[0]!.message.en).toContain('record 3');
  });

  it('reports a member listed twice in one household once, on the second entry', () => {
    const members = family(1);
    const f = findings([clean(1, { status: 'poor', members: [...members, { ...members[3]! }] })]);
    expect(f.map((x) => [x.code, x.member, x.path, x.evidence.member])).toEqual([['audit/member-listed-twice', 4, ['members', 4, 'idNumber'], 4]]);
  });

  it('finds an 18-digit number and its 15-digit form as one person in either order', () => {
    const long = makeId('522601', '1955-03-03', 53);
    const short = `${long.slice(0, 6)}${long.slice(8, 17)}`;
    const report = findings([withMember(1, 3, { idNumber: long }), withMember(2, 3, { idNumber: short })]);
    expect(report.map((f) => [f.code, f.evidence.otherIndex, f.evidence.upgraded])).toEqual([['audit/person-in-two-households', 0, true]]);
    const shortFirst = findings([withMember(1, 3, { idNumber: short }), withMember(2, 3, { idNumber: long })]);
    expect(shortFirst.map((f) => [f.code, f.evidence.otherIndex, f.evidence.upgraded])).toEqual([['audit/person-in-two-households', 0, true]]);
    const later = findings([clean(1), withMember(2, 3, { idNumber: short }), withMember(3, 3, { idNumber: long })]);
    expect(later.map((f) => [f.code, f.index, f.evidence.otherIndex, f.evidence.upgraded])).toEqual([['audit/person-in-two-households', 2, 1, true]]);
    // two equal 15-digit numbers are the same number, not an upgrade
    const twice = findings([withMember(1, 3, { idNumber: short }), withMember(2, 3, { idNumber: short })]);
    expect(twice.map((f) => [f.code, f.evidence.upgraded])).toEqual([['audit/person-in-two-households', false]]);
    expect(twice[0]!.message.en).not.toContain('15-digit');
  });

  it('compares other documents by type and number, never with a resident ID number', () => {
    const doc = (n: number, documentType: Member['documentType'], idNumber = 'E12345678') =>
      clean(n, { status: 'poor', members: [family(n)[0]!, person('1990-01-01', 31, { idNumber, documentType })] });
    expect(codes([doc(1, 'passport'), doc(2, 'passport')])).toEqual(['audit/person-in-two-households']);
    expect(codes([doc(1, 'passport'), doc(2, 'military-id')])).toEqual([]);
    const id = makeId('522601', '1990-01-01', 31);
    expect(codes([doc(1, 'resident-id', id), doc(2, undefined, id)])).toEqual(['audit/person-in-two-households']);
    expect(codes([doc(1, 'household-register', id), doc(2, undefined, id)])).toEqual([]);
  });
});

describe('audit: a member against its own ID number', () => {
  it('reads the sex from the sequence code: odd male, even female, in 18 and 15 digits', () => {
    const male = makeId('522601', '1990-01-01', 109); // sequence ends in 9: male
    expect(what([withMembers([person('1990-01-01', 109, { sex: 'female' })])])).toEqual([
      { code: 'audit/sex-mismatch', path: ['members', 1, 'sex'], evidence: { sex: 'female', idSex: 'male' } },
    ]);
    expect(codes([withMembers([person('1990-01-01', 109, { sex: 'male' })])])).toEqual([]);
    expect(codes([withMembers([person('1990-01-01', 110, { sex: 'female' })])])).toEqual([]);
    expect(what([withMembers([person('1990-01-01', 110, { sex: 'male' })])])).toEqual([
      { code: 'audit/sex-mismatch', path: ['members', 1, 'sex'], evidence: { sex: 'male', idSex: 'female' } },
    ]);
    const short = `${male.slice(0, 6)}${male.slice(8, 17)}`;
    expect(codes([withMembers([person('1990-01-01', 109, { idNumber: short, sex: 'female' })])])).toEqual(['audit/sex-mismatch']);
    expect(codes([withMembers([person('1990-01-01', 109, { idNumber: short, sex: 'male' })])])).toEqual([]);
    // no sex from another document, a sequence that is not a digit, or a number of another length
    expect(codes([withMembers([person('1990-01-01', 109, { documentType: 'passport', sex: 'female' })])])).toEqual([]);
    expect(codes([withMembers([person('1990-01-01', 109, { idNumber: `${male.slice(0, 16)}A${male.slice(17)}`, sex: 'female' })])])).toEqual([]);
    expect(codes([withMembers([person('1990-01-01', 109, { idNumber: `${male.slice(0, 16)}-${male.slice(17)}`, sex: 'male' })])])).toEqual([]);
    expect(codes([withMembers([person('1990-01-01', 109, { idNumber: male.slice(0, 17), sex: 'female' })])])).toEqual([]);
    expect(codes([withMembers([person('1990-01-01', 109, { idNumber: `53${male.slice(2, 17)}`, sex: 'female' })])])).toEqual([]);
    expect(codes([withMembers([person('1990-01-01', 109, { idNumber: male.slice(0, 17), sex: 'male' })])])).toEqual([]);
  });

  it('compares a birth date with the one in an 18- or 15-digit ID number', () => {
    expect(what([withMembers([person('1990-01-01', 31, { birthDate: '1990-01-02' })])])).toEqual([
      { code: 'audit/birth-date-mismatch', path: ['members', 1, 'birthDate'], evidence: { birthDate: '1990-01-02', idBirthDate: '1990-01-01' } },
    ]);
    expect(codes([withMembers([person('1990-01-01', 31, { birthDate: '1990-01-01' })])])).toEqual([]);
    const long = makeId('522601', '1955-03-03', 31);
    const short = `${long.slice(0, 6)}${long.slice(8, 17)}`;
    expect(what([withMembers([person('1955-03-03', 31, { idNumber: short, birthDate: '1955-03-04', relation: 'other' })])])).toEqual([
      { code: 'audit/birth-date-mismatch', path: ['members', 1, 'birthDate'], evidence: { birthDate: '1955-03-04', idBirthDate: '1955-03-03' } },
    ]);
    expect(codes([withMembers([person('1955-03-03', 31, { idNumber: short, birthDate: '1955-03-03' })])])).toEqual([]);
    // no date to compare with in another document, letters, or a number of another length
    expect(codes([withMembers([person('1990-01-01', 31, { documentType: 'passport', birthDate: '1990-01-02' })])])).toEqual([]);
    expect(codes([withMembers([person('1990-01-01', 31, { idNumber: '52260119900A010312', birthDate: '1990-01-02' })])])).toEqual([]);
    expect(codes([withMembers([person('1990-01-01', 31, { idNumber: `${short.slice(0, 8)}A${short.slice(9)}`, birthDate: '1990-01-02' })])])).toEqual([]);
    expect(codes([withMembers([person('1990-01-01', 31, { idNumber: long.slice(0, 16), birthDate: '1990-01-02' })])])).toEqual([]);
    // a birth part of zeros is digits all the same, and disagrees with the date recorded
    const zeros = '52260100000000031X';
    expect(what([withMembers([person('1990-01-01', 31, { idNumber: zeros, birthDate: '1990-01-01' })])])).toEqual([
      { code: 'audit/birth-date-mismatch', path: ['members', 1, 'birthDate'], evidence: { birthDate: '1990-01-01', idBirthDate: '0000-00-00' } },
    ]);
    expect(what([withMembers([person('1990-01-01', 31, { idNumber: '522601000000031', birthDate: '1990-01-01' })])])).toEqual([
      { code: 'audit/birth-date-mismatch', path: ['members', 1, 'birthDate'], evidence: { birthDate: '1990-01-01', idBirthDate: '1900-00-00' } },
    ]);
  });

  it('asks for the grade of a disabled member only', () => {
    expect(codes([withMembers([person('1990-01-01', 31, { health: 'disabled', disabilityGrade: 2 })])])).toEqual([]);
    expect(what([withMembers([person('1990-01-01', 31, { health: 'disabled' })])])).toEqual([
      { code: 'audit/disability-grade-missing', path: ['members', 1, 'disabilityGrade'], evidence: {} },
    ]);
    expect(codes([withMembers([person('1990-01-01', 31, { health: 'chronic-illness' })])])).toEqual([]);
  });
});

describe('audit: the household’s attribute and cause against its members', () => {
  const noDibao = family(1).map((m) => ({ ...m, minimumLivingAllowance: false }));

  it('reports every dibao attribute whose members all receive none', () => {
    for (const attribute of ['dibao-poor', 'dibao-destitute-poor'] as const) {
      expect(what([clean(1, { status: 'poor', povertyAttribute: attribute, members: noDibao })]), attribute).toEqual([
        { code: 'audit/dibao-without-recipient', path: ['povertyAttribute'], evidence: { attribute, attributeZh: attribute === 'dibao-poor' ? '低保贫困户' : '低保特困供养贫困户', members: 4 } },
      ]);
    }
    expect(codes([clean(1, { povertyAttribute: 'dibao-destitute-exited', members: noDibao })])).toEqual(['audit/dibao-without-recipient']);
    for (const attribute of ['general-poor', 'destitute-poor'] as const) {
      expect(codes([clean(1, { status: 'poor', povertyAttribute: attribute, members: noDibao })]), attribute).toEqual([]);
    }
    // one member not recorded either way is not a contradiction; nor is a household without members
    expect(codes([clean(1, { povertyAttribute: 'dibao-exited', members: noDibao.map((m, i) => (i === 3 ? { ...m, minimumLivingAllowance: undefined } : m)) })])).toEqual([]);
    expect(codes([clean(1, { status: 'poor', povertyAttribute: 'dibao-poor', members: [] })])).toEqual(['audit/no-head']);
  });

  it('reports an exited attribute on a poor or returned household, and a poor one on an exited household', () => {
    expect(what([clean(1, { status: 'poor', povertyAttribute: 'general-exited' })])).toEqual([
      { code: 'audit/attribute-status-mismatch', path: ['povertyAttribute'], evidence: { attribute: 'general-exited', attributeZh: '一般脱贫户', status: 'poor', statusZh: '未脱贫' } },
    ]);
    expect(what([clean(1, { status: 'returned', povertyAttribute: 'destitute-exited' })])).toEqual([
      { code: 'audit/attribute-status-mismatch', path: ['povertyAttribute'], evidence: { attribute: 'destitute-exited', attributeZh: '特困供养脱贫户', status: 'returned', statusZh: '返贫' } },
    ]);
    expect(what([clean(1, { povertyAttribute: 'destitute-poor' })])).toEqual([
      { code: 'audit/attribute-status-mismatch', path: ['povertyAttribute'], evidence: { attribute: 'destitute-poor', attributeZh: '特困供养贫困户', status: 'exited', statusZh: '已脱贫' } },
    ]);
    expect(codes([clean(1, { povertyAttribute: 'general-exited' })])).toEqual([]);
    expect(codes([clean(1, { status: 'poor', povertyAttribute: 'general-poor' })])).toEqual([]);
    expect(codes([clean(1, { status: 'returned', povertyAttribute: 'general-poor' })])).toEqual([]);
    // a monitored household is neither
    expect(codes([clean(1, { status: 'monitored', povertyAttribute: 'general-exited' })])).toEqual([]);
    expect(codes([clean(1, { status: 'monitored', povertyAttribute: 'general-poor' })])).toEqual([]);
  });

  it('reports a cause of illness or disability only when every member’s health is recorded and none has it', () => {
    const health = (...values: Member['health'][]) => family(1).map((m, i) => ({ ...m, health: values[i] ?? ('healthy' as const) }));
    expect(what([clean(1, { status: 'poor', mainCause: 'illness', members: health('disabled') })])).toEqual([
      { code: 'audit/illness-cause-without-ill-member', path: ['mainCause'], evidence: { members: 4 } },
      { code: 'audit/disability-grade-missing', path: ['members', 0, 'disabilityGrade'], evidence: {} },
    ].reverse());
    expect(codes([clean(1, { status: 'poor', mainCause: 'illness', members: health('healthy', 'chronic-illness') })])).toEqual([]);
    expect(codes([clean(1, { status: 'poor', mainCause: 'illness', members: health().map((m, i) => (i === 3 ? { ...m, health: undefined } : m)) })])).toEqual([]);
    expect(codes([clean(1, { status: 'poor', mainCause: 'disability', members: health().map((m, i) => (i === 3 ? { ...m, health: undefined } : m)) })])).toEqual([]);
    expect(codes([clean(1, { status: 'poor', mainCause: 'disability', members: health('healthy', 'disabled') })])).toEqual(['audit/disability-grade-missing']);
    expect(codes([clean(1, { status: 'poor', mainCause: 'illness', members: health('healthy', 'healthy', 'serious-illness') })])).toEqual([]);
    expect(what([clean(1, { status: 'poor', mainCause: 'disability', members: health('serious-illness') })])).toEqual([
      { code: 'audit/disability-cause-without-disabled-member', path: ['mainCause'], evidence: { members: 4 } },
    ]);
    expect(codes([clean(1, { status: 'poor', mainCause: 'disability', members: health('healthy', 'disabled').map((m, i) => (i === 1 ? { ...m, disabilityGrade: 1 } : m)) })])).toEqual([]);
    // a grade recorded without the disabled status still counts as a disabled member
    expect(codes([clean(1, { status: 'poor', mainCause: 'disability', members: health().map((m, i) => (i === 2 ? { ...m, disabilityGrade: 3 } : m)) })])).toEqual([]);
    // another cause, or no members, is no contradiction
    expect(codes([clean(1, { status: 'poor', mainCause: 'illness', members: [] })])).toEqual(['audit/no-head']);
    expect(codes([clean(1, { status: 'poor', mainCause: 'disability', members: [] })])).toEqual(['audit/no-head']);
    expect(codes([clean(1, { status: 'poor', mainCause: 'schooling', members: health() })])).toEqual([]);
  });
});

describe('audit: an exited household that fails the exit test', () => {
  it('names the record field each failed check rests on, with its reasons', () => {
    const failing: [Partial<Household>, string, string, string, string][] = [
      [{ foodSecure: false }, 'food', 'foodSecure', '不愁吃', 'food/insecure'],
      [{ clothingSecure: false }, 'clothing', 'clothingSecure', '不愁穿', 'clothing/insecure'],
      [{ housing: { grade: 'D' } }, 'housing', 'housing', '住房安全有保障', 'housing/dangerous'],
      [{ water: { litresPerPersonPerDay: 40, piped: true, interruptionDaysPerYear: 3, qualityOk: false } }, 'water', 'water', '饮水安全有保障', 'water/quality-poor'],
    ];
    for (const [overrides, check, field, checkZh, reason] of failing) {
      const [f] = findings([clean(1, overrides)]);
      expect([f!.code, f!.path, f!.evidence.check, f!.evidence.checkZh], check).toEqual(['audit/exited-check-unmet', [field], check, checkZh]);
      expect(f!.evidence.reasons, check).toContain(reason);
    }
    const dropout = findings([withMember(1, 2, { schooling: 'dropped-out' })]);
    expect(dropout.map((f) => [f.code, f.path, f.evidence.check, f.evidence.reasons])).toEqual([['audit/exited-check-unmet', ['members'], 'education', ['education/dropped-out']]]);
    const uninsured = findings([withMember(1, 3, { medicalInsurance: false })]);
    expect(uninsured.map((f) => [f.code, f.path, f.evidence.check, f.evidence.reasons])).toEqual([['audit/exited-check-unmet', ['members'], 'medical', ['medical/uninsured']]]);
  });

  it('says why the check fails in words in each language, from the check’s own reasons, personal data masked', () => {
    const [house] = findings([clean(1, { housing: { grade: 'D', renovation: 'in-progress' } })]);
    expect(house!.evidence.reasonsZh).toEqual(['住房鉴定为 D 级危房，危房改造：改造中，是否已住进其他安全住房：未记录']);
    expect(house!.evidence.reasonsEn).toEqual(['the house is graded D (dangerous); renovation: in-progress; lives in other safe housing: not recorded']);
    expect(house!.message['zh-CN']).toBe('已脱贫户的“住房安全有保障”检查未达标（住房鉴定为 D 级危房，危房改造：改造中，是否已住进其他安全住房：未记录），存在错退风险');
    expect(house!.message.en).toMatch(/^an exited household fails the housing check \(the house is graded D \(dangerous\)[^)]*\): risk of wrongful exit$/);
    expect(house!.message['zh-CN']).not.toMatch(/housing\//);
    const [uninsured] = findings([withMember(1, 3, { medicalInsurance: false })]);
    const text = uninsured!.message['zh-CN'];
    expect(text).toMatch(/^已脱贫户的“基本医疗有保障”检查未达标（成员 4（.+，.+） 未参加基本医疗保险），存在错退风险$/);
    expect(text).not.toMatch(/\d{17}[\dX]/);
    expect(text).not.toMatch(/medical\//);
    const [water] = findings([clean(1, { water: { litresPerPersonPerDay: 10, piped: true, interruptionDaysPerYear: 3, qualityOk: false } })]);
    const codes = water!.evidence.reasons as readonly string[];
    expect(codes.length).toBeGreaterThan(1);
    expect(water!.evidence.reasonsZh).toHaveLength(codes.length);
    expect(water!.message['zh-CN'].split('；')).toHaveLength(codes.length);
    expect(water!.message.en.split('; ')).toHaveLength(codes.length);
  });

  it('reports an income not above the line at the income field, with its figures', () => {
    expect(what([clean(1, { income: { year: 2020, wage: 16000 } })])).toEqual([
      { code: 'audit/exited-income-not-above-line', path: ['income'], evidence: { year: 2020, perCapitaYuan: 4000, lineYuan: 4000 } },
    ]);
  });

  it('does not assess an exited household without members', () => {
    expect(codes([clean(1, { members: [] })])).toEqual(['audit/no-head']);
  });
});

describe('audit: counts', () => {
  it('counts findings, households with findings and codes per village and in all', () => {
    const register = [
      clean(1, { householdSize: 3, members: family(1).map((m, i) => (i === 0 ? { ...m, relation: 'other' as const } : m)) }), // 2 findings, village 202
      clean(2), // none, village 201
      clean(3, { householdSize: 9 }), // 1 finding, village 202
      clean(5, { id: 'H-0001' }), // 1 finding, village 202
    ];
    const report = auditRegister(register, { asOf: AS_OF });
    expect(report.list.map((f) => [f.index, f.code])).toEqual([
      [0, 'audit/household-size-mismatch'],
      [0, 'audit/no-head'],
      [2, 'audit/household-size-mismatch'],
      [3, 'audit/household-id-reused'],
    ]);
    expect([report.households, report.members, report.findings]).toEqual([4, 16, 4]);
    expect(report.byCode['audit/household-size-mismatch']).toBe(2);
    expect(report.byCode['audit/no-head']).toBe(1);
    expect(report.byCode['audit/household-id-reused']).toBe(1);
    expect(report.byCode['audit/several-heads']).toBe(0);
    expect(report.villages).toEqual([
      { villageCode: '522601101201', households: 1, householdsWithFindings: 0, findings: 0, byCode: {} },
      {
        villageCode: '522601101202',
        households: 3,
        householdsWithFindings: 3,
        findings: 4,
        byCode: { 'audit/household-size-mismatch': 2, 'audit/no-head': 1, 'audit/household-id-reused': 1 },
      },
    ]);
    expect(report.asOf).toBe(AS_OF);
  });

  it('gives each finding its household’s position, masked id and village, and a member index only for a member', () => {
    const audit = createAudit({ asOf: AS_OF });
    audit.add(clean(1));
    const [size, sex] = audit.add(withMember(2, 0, { sex: 'male' }, { householdSize: 3 }));
    expect(size).toMatchObject({ index: 1, householdId: 'H-0002', villageCode: '522601101201' });
    expect('member' in size!).toBe(false);
    expect(sex).toMatchObject({ index: 1, householdId: 'H-0002', villageCode: '522601101201', member: 0 });
    expect(audit.summary().findings).toBe(2);
  });

  it('explains thresholds that are not a dated table, in both languages', () => {
    const bad = () => auditRegister([], { asOf: AS_OF, thresholds: [{ ...defaultAuditThresholds[0]!, value: { ...defaultAuditThresholds[0]!.value, maxAge: 0 } }] });
    expect(bad).toThrow(/audit\/invalid-thresholds: 0\.value\.maxAge: 数值应不小于 1 \/ expected a number of at least 1$/);
    const notTable = () => auditRegister([], { asOf: AS_OF, thresholds: {} as never });
    const two = () =>
      auditRegister([], { asOf: AS_OF, thresholds: [{ ...defaultAuditThresholds[0]!, value: { ...defaultAuditThresholds[0]!.value, maxAge: 0, minSpouseAge: -1 } }] });
    expect(two).toThrow(/0\.value\.maxAge: [^;]+; 0\.value\.minSpouseAge: /);
    expect(notTable).toThrow(/audit\/invalid-thresholds: \(thresholds\): [^/]*[\u4e00-\u9fff][^/]* \/ [a-z][^/]*$/);
    // Each language on its own, as the command prints a policy file's problems.
    const thrown = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return error as PolicyError;
      }
      throw new Error('did not throw');
    };
    expect(thrown(two).localized).toEqual({
      'zh-CN': expect.stringMatching(/^0\.value\.maxAge: 数值应不小于 1；0\.value\.minSpouseAge: [^;]*[\u4e00-\u9fff]/),
      en: expect.stringMatching(/^0\.value\.maxAge: expected a number of at least 1; 0\.value\.minSpouseAge: [a-z]/),
    });
    expect(thrown(two).evidence).toEqual({ count: 2 });
    expect(thrown(notTable).localized?.['zh-CN']).toMatch(/^（整张阈值表）: /);
    expect(thrown(notTable).localized?.en).toMatch(/^\(thresholds\): /);
  });

  it('reads the school-age range of the policy it is given', () => {
    const policy = definePolicy({ educationAge: { min: 7, max: 15 } });
    expect(codes([withMembers([person('2014-01-01', 31, { relation: 'child' })])], { asOf: AS_OF, policy })).toEqual([]);
    expect(codes([withMembers([person('2013-12-31', 31, { relation: 'child' })])], { asOf: AS_OF, policy })).toEqual(['audit/schooling-missing']);
  });
});
