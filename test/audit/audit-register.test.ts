import { describe, expect, it } from 'vitest';
import {
  AUDIT_CODES,
  auditRegister,
  createAudit,
  defaultAuditThresholds,
  definePolicy,
  type AuditCode,
  type Household,
} from '../../src/index';
import { makeId } from '../fixtures/ids';
import { expectNoMutation } from '../fixtures/no-mutation';
import { AS_OF, clean, family, withMember } from './fixtures';

const codes = (register: Household[], options: Parameters<typeof auditRegister>[1] = { asOf: AS_OF }) =>
  auditRegister(register, options).list.map((f) => f.code);

const PERSONAL = /1980010|1982061|2010052|1955030|张三丰|李四娘|张小宝|张老汉/;

/** One register per finding code: the rule's own example. Each yields exactly that code once. */
const FIXTURES: Record<AuditCode, () => Household[]> = {
  'audit/person-in-two-households': () => {
    const moved = family(1)[2]!;
    return [clean(1), withMember(2, 2, moved)];
  },
  'audit/member-listed-twice': () => {
    const members = family(1);
    return [clean(1, { members: [...members, { ...members[2]!, name: '张小贝' }] })];
  },
  'audit/household-id-reused': () => [clean(1), clean(2, { id: 'H-0001' })],
  'audit/no-head': () => [withMember(1, 0, { relation: 'other' })],
  'audit/several-heads': () => [withMember(1, 1, { relation: 'head' })],
  'audit/child-too-old': () => [withMember(1, 2, { idNumber: makeId('522601', '1990-05-20', 31), schooling: 'graduated' })],
  'audit/grandchild-too-old': () => [
    clean(1, { members: [...family(1), { idNumber: makeId('522601', '2005-02-02', 51), name: '张孙', relation: 'grandchild', schooling: 'enrolled', medicalInsurance: true }] }),
  ],
  'audit/parent-too-young': () => [withMember(1, 3, { idNumber: makeId('522601', '1970-03-03', 53) })],
  'audit/parent-in-law-too-young': () => [withMember(1, 3, { relation: 'wifes-father', idNumber: makeId('522601', '1970-03-03', 53) })],
  'audit/spouse-too-young': () => [withMember(1, 1, { idNumber: makeId('522601', '2010-06-15', 22), schooling: 'enrolled' })],
  'audit/age-over-limit': () => [withMember(1, 3, { idNumber: makeId('522601', '1905-03-03', 53) })],
  'audit/born-after-as-of': () => [
    clean(1, { members: [...family(1), { idNumber: makeId('522601', '2021-01-05', 61), name: '张宝宝', relation: 'child', medicalInsurance: true }] }),
  ],
  'audit/birth-date-mismatch': () => [withMember(1, 0, { birthDate: '1980-01-02' })],
  'audit/schooling-missing': () => [withMember(1, 2, { schooling: undefined })],
  'audit/exited-income-not-above-line': () => [clean(1, { income: { year: 2020, wage: 15000 } })],
  'audit/exited-check-unmet': () => [clean(1, { housing: { grade: 'D' } })],
  // The head's sequence code is 104: even, a woman by the ID number.
  'audit/sex-mismatch': () => [withMember(1, 0, { sex: 'male' })],
  'audit/disability-grade-missing': () => [withMember(1, 3, { health: 'disabled' })],
  'audit/household-size-mismatch': () => [clean(1, { householdSize: 5 })],
  'audit/dibao-without-recipient': () => [
    clean(1, { povertyAttribute: 'dibao-exited', members: family(1).map((m) => ({ ...m, minimumLivingAllowance: false })) }),
  ],
  'audit/illness-cause-without-ill-member': () => [clean(1, { mainCause: 'illness', members: family(1).map((m) => ({ ...m, health: 'healthy' as const })) })],
  'audit/disability-cause-without-disabled-member': () => [
    clean(1, { mainCause: 'disability', members: family(1).map((m) => ({ ...m, health: 'chronic-illness' as const })) }),
  ],
  'audit/attribute-status-mismatch': () => [clean(1, { povertyAttribute: 'general-poor' })],
};

describe('auditRegister', () => {
  it('finds nothing in a clean register', () => {
    const register = [clean(1), clean(2), clean(3, { status: 'poor', income: { year: 2020, wage: 1000 } })];
    const report = auditRegister(register, { asOf: AS_OF });
    expect(report.list).toEqual([]);
    expect(report.findings).toBe(0);
    expect(report.households).toBe(3);
    expect(report.members).toBe(12);
    expect(Object.values(report.byCode).every((n) => n === 0)).toBe(true);
    expect(report.villages).toEqual([
      { villageCode: '522601101201', households: 1, householdsWithFindings: 0, findings: 0, byCode: {} },
      { villageCode: '522601101202', households: 2, householdsWithFindings: 0, findings: 0, byCode: {} },
    ]);
  });

  it('has a fixture for every code', () => {
    expect(Object.keys(FIXTURES).sort()).toEqual([...AUDIT_CODES].sort());
  });

  for (const code of AUDIT_CODES) {
    it(`reports ${code} from its fixture, once, masked`, () => {
      const report = auditRegister(FIXTURES[code](), { asOf: AS_OF });
      expect(report.list.map((f) => f.code)).toEqual([code]);
      expect(report.byCode[code]).toBe(1);
      const f = report.list[0]!;
      expect(f.message['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(f.message.en).not.toMatch(/undefined|NaN|\[object/);
      expect(f.message['zh-CN']).not.toMatch(/undefined|NaN|\[object/);
      expect(JSON.stringify(f)).not.toMatch(PERSONAL);
    });
  }

  it('names the household, the member and the field of a finding', () => {
    const [f] = auditRegister(FIXTURES['audit/person-in-two-households'](), { asOf: AS_OF }).list;
    expect(f).toMatchObject({
      code: 'audit/person-in-two-households',
      index: 1,
      householdId: 'H-0002',
      villageCode: '522601101201',
      member: 2,
      path: ['members', 2, 'idNumber'],
      evidence: { member: 2, name: '张**', otherIndex: 0 },
    });
    expect(f!.evidence.idNumber).toMatch(/^5226\*{12}..$/);
    expect(f!.message.en).toContain('record 1');
  });

  it('treats a lower-case x in an ID number as the same person', () => {
    const upper = makeId('522601', '1949-12-31', 2);
    // 5226011949123100 2 → check character; find one ending in X for the test.
    let id = upper;
    for (let s = 2; !id.endsWith('X'); s++) id = makeId('522601', '1949-12-31', s);
    const first = withMember(1, 3, { idNumber: id });
    const second = withMember(2, 3, { idNumber: id.toLowerCase() });
    expect(codes([first, second])).toEqual(['audit/person-in-two-households']);
  });

  it('finds a 15-digit ID number and its 18-digit upgrade as one person', () => {
    const long = makeId('522601', '1955-03-03', 53);
    const short = `${long.slice(0, 6)}${long.slice(8, 17)}`;
    const report = auditRegister([withMember(1, 3, { idNumber: short }), withMember(2, 3, { idNumber: long })], { asOf: AS_OF });
    expect(report.list.map((f) => [f.code, f.evidence.upgraded])).toEqual([['audit/person-in-two-households', true]]);
    expect(report.list[0]!.message['zh-CN']).toContain('15 位号码升位后相同');
    // the same 18-digit number twice is not an upgrade
    const plain = auditRegister([withMember(1, 3, { idNumber: long }), withMember(2, 3, { idNumber: long })], { asOf: AS_OF });
    expect(plain.list.map((f) => f.evidence.upgraded)).toEqual([false]);
  });

  it('reads register relations through relationGroup', () => {
    expect(codes([withMember(1, 2, { relation: 'son', idNumber: makeId('522601', '1990-05-20', 31), schooling: 'graduated' })])).toEqual(['audit/child-too-old']);
    expect(codes([withMember(1, 2, { relation: 'daughter-in-law', idNumber: makeId('522601', '2010-05-20', 32) })])).toEqual(['audit/spouse-too-young']);
    // a daughter-in-law only 12 years younger than the head is not held to the parent gap
    expect(codes([withMember(1, 2, { relation: 'daughter-in-law', idNumber: makeId('522601', '1992-05-20', 32), schooling: 'graduated' })])).toEqual([]);
    expect(codes([withMember(1, 3, { relation: 'grandfather' })])).toEqual(['audit/parent-too-young']); // 25 years older: under 30
    expect(codes([withMember(1, 3, { relation: 'father' })])).toEqual([]);
  });

  it('reads 在校生状况 as a schooling status', () => {
    expect(codes([withMember(1, 2, { schooling: undefined, studentStatus: 'primary' })])).toEqual([]);
  });

  it('does not call missing data a contradiction', () => {
    expect(codes([clean(1, { povertyAttribute: 'dibao-exited' })])).toEqual([]);
    expect(codes([clean(1, { mainCause: 'illness' })])).toEqual([]);
    expect(codes([clean(1, { povertyAttribute: 'dibao-exited', members: family(1).map((m, i) => ({ ...m, minimumLivingAllowance: i === 0 })) })])).toEqual([]);
    expect(codes([clean(1, { householdSize: 4 })])).toEqual([]);
  });

  it('reports every exited check that fails, income with its figures', () => {
    const report = auditRegister([clean(1, { income: { year: 2020, wage: 15000 }, foodSecure: false })], { asOf: AS_OF });
    expect(report.list.map((f) => [f.code, f.evidence.check ?? null])).toEqual([
      ['audit/exited-income-not-above-line', null],
      ['audit/exited-check-unmet', 'food'],
    ]);
    expect(report.list[0]!.evidence).toEqual({ year: 2020, perCapitaYuan: 3750, lineYuan: 4000 });
    expect(report.list[0]!.message['zh-CN']).toBe('已脱贫户 2020 年人均纯收入约 3750 元，未高于贫困线 4000 元（错退风险）');
  });

  it('does not report a poor household that fails the exit test, nor an unknown check', () => {
    expect(codes([clean(1, { status: 'poor', housing: { grade: 'D' } })])).toEqual([]);
    expect(codes([clean(1, { housing: undefined })])).toEqual([]);
  });

  it('reads the school-age range from the policy', () => {
    const register = [withMember(1, 2, { idNumber: makeId('522601', '2004-05-20', 31), schooling: undefined })];
    expect(codes(register)).toEqual([]); // 16 on 2020-12-31: outside 6–15
    expect(codes(register, { asOf: AS_OF, policy: definePolicy({ educationAge: { min: 6, max: 16 } }) })).toEqual(['audit/schooling-missing']);
  });

  it('reads its thresholds from the dated table, or the one given', () => {
    const register = FIXTURES['audit/age-over-limit']();
    const lenient = [{ ...defaultAuditThresholds[0]!, value: { ...defaultAuditThresholds[0]!.value, maxAge: 120 } }];
    expect(codes(register, { asOf: AS_OF, thresholds: lenient })).toEqual([]);
    const spouse = FIXTURES['audit/spouse-too-young']();
    const dated = [
      { ...defaultAuditThresholds[0]!, value: { ...defaultAuditThresholds[0]!.value, minSpouseAge: 5 } },
      { ...defaultAuditThresholds[0]!, from: '2020-01-01' },
    ];
    expect(codes(spouse, { asOf: '2019-12-31', thresholds: dated })).toEqual([]);
    expect(codes(spouse, { asOf: AS_OF, thresholds: dated })).toEqual(['audit/spouse-too-young']);
    expect(() => auditRegister([], { asOf: AS_OF, thresholds: [{ ...defaultAuditThresholds[0]!, value: { maxAge: -1 } as never }] })).toThrow(
      /audit\/invalid-thresholds/,
    );
  });

  it('counts every finding per village', () => {
    const register = [...FIXTURES['audit/household-id-reused'](), withMember(3, 0, { relation: 'other' }), clean(4)];
    const report = auditRegister(register, { asOf: AS_OF });
    expect(report.villages).toEqual([
      { villageCode: '522601101201', households: 2, householdsWithFindings: 1, findings: 1, byCode: { 'audit/household-id-reused': 1 } },
      { villageCode: '522601101202', households: 2, householdsWithFindings: 1, findings: 1, byCode: { 'audit/no-head': 1 } },
    ]);
    expect(report.findings).toBe(report.list.length);
  });

  it('streams: add returns the findings of each household as it comes', () => {
    const audit = createAudit({ asOf: AS_OF });
    expect(audit.add(clean(1))).toEqual([]);
    expect(audit.add(clean(2, { id: 'H-0001' })).map((f) => f.code)).toEqual(['audit/household-id-reused']);
    expect(audit.summary().households).toBe(2);
  });

  it('does not mutate its input', () => {
    expectNoMutation([clean(1), withMember(2, 1, { relation: 'head' })], (register) => auditRegister(register, { asOf: AS_OF }));
  });
});
