import { describe, expect, it } from 'vitest';
import { HouseholdSchema, MemberSchema, validate } from '../../src/index';
import { makeId } from '../fixtures/ids';

const head = makeId('522601', '1980-01-01', 11);
const child = makeId('522601', '2012-05-20', 22);

const valid = {
  id: 'H-001',
  villageCode: '522601101201',
  status: 'exited',
  members: [
    { idNumber: head, name: '张三', relation: 'head', medicalInsurance: true },
    { idNumber: child, name: '张小', relation: 'child', birthDate: '2012-05-20', schooling: 'enrolled' },
  ],
  income: { year: 2019, wage: 12000.5, transfer: 800, productionCosts: 300 },
  foodSecure: true,
  clothingSecure: true,
  housing: { grade: 'C', renovation: 'accepted' },
  water: { litresPerPersonPerDay: 40, piped: true, interruptionDaysPerYear: 3, qualityOk: true },
};

describe('HouseholdSchema', () => {
  it('accepts a complete household', () => {
    const result = validate(HouseholdSchema, valid);
    expect(result.ok).toBe(true);
  });

  it('returns every problem with its path, in Chinese and English, without personal data', () => {
    const bad = {
      ...valid,
      villageCode: '522601',
      members: [
        { ...valid.members[0], idNumber: head.slice(0, 17) + (head.endsWith('1') ? '2' : '1') },
        { ...valid.members[1], birthDate: '2012-05-21' },
      ],
      income: { year: 2019, wage: 100.123 },
    };
    const result = validate(HouseholdSchema, bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.path, i.code])).toEqual([
      [['villageCode'], 'division/level'],
      [['members', 0, 'idNumber'], 'id/check-character'],
      [['members', 1, 'birthDate'], 'member/birth-date-mismatch'],
      [['income', 'wage'], 'amount/decimals'],
    ]);
    for (const issue of result.issues) {
      expect(issue.message['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(issue.message.en).toMatch(/[a-z]/);
      const text = JSON.stringify(issue);
      expect(text).not.toContain(head.slice(4, 16));
      expect(text).not.toContain(child.slice(4, 16));
      expect(text).not.toContain('张三');
    }
  });

  it('renders zod’s own issues in both locales', () => {
    const result = validate(HouseholdSchema, { ...valid, status: 'rich', members: [] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.path)).toEqual([['status'], ['members']]);
    expect(result.issues[0]?.code).toBe('invalid_value');
    expect(result.issues[0]?.message['zh-CN']).toContain('无效');
    expect(result.issues[0]?.message.en).toContain('Invalid option');
  });

  it('refuses the same ID number twice in one household', () => {
    const result = validate(HouseholdSchema, {
      ...valid,
      members: [valid.members[0], { ...valid.members[0], name: '张四', relation: 'spouse' }],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ path: ['members', 1, 'idNumber'], code: 'household/duplicate-member' });
  });

  it('refuses unknown fields', () => {
    const result = validate(HouseholdSchema, { ...valid, nickname: 'x' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.code).toBe('unrecognized_keys');
  });
});

describe('MemberSchema', () => {
  it('accepts a birth date that agrees with the ID number', () => {
    expect(MemberSchema.safeParse({ idNumber: head, name: '张三', relation: 'head', birthDate: '1980-01-01' }).success).toBe(true);
  });

  it('rejects a disability grade outside 1–4', () => {
    expect(MemberSchema.safeParse({ idNumber: head, name: '张三', relation: 'head', disabilityGrade: 5 }).success).toBe(false);
  });
});

describe('validate and personal data', () => {
  it('counts unknown keys without naming them: a key may be a name or an ID number', () => {
    const result = validate(HouseholdSchema, { ...valid, 张三: head, [head]: 1 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      { path: [], code: 'unrecognized_keys', evidence: { count: 2 }, message: { 'zh-CN': '有 2 个未知字段', en: '2 unrecognized keys' } },
    ]);
    expect(JSON.stringify(result.issues)).not.toContain(head.slice(4, 16));
  });
});
