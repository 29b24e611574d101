import { describe, expect, it } from 'vitest';
import { assessHousehold, definePolicy, type AssessHouseholdOptions, HouseholdSchema, validate, type Household, type Member } from '../../src/index';
import { makeId } from '../fixtures/ids';
import { household, head, spouse, child } from './fixtures';

const ON = { asOf: '2020-12-31' };
const checks = (h: Household, options: AssessHouseholdOptions = ON) => assessHousehold(h, options).checks;

describe('income from the register’s per-capita figure', () => {
  it('decides by 人均纯收入 when no component is recorded, strictly above the line', () => {
    const above = checks(household({ income: { year: 2020, perCapita: 4000.01 } })).income;
    expect(above.status).toBe('met');
    expect(above.reasons[0]).toMatchObject({
      code: 'income/per-capita-above-line',
      path: ['income', 'perCapita'],
      evidence: { year: 2020, members: 3, perCapitaYuan: 4000.01, lineYuan: 4000 },
    });
    expect(above.reasons[0]?.message['zh-CN']).toContain('按人均纯收入判定');
    const at = checks(household({ income: { year: 2020, perCapita: 4000 } })).income;
    expect(at.status).toBe('unmet');
    expect(at.reasons[0]?.code).toBe('income/per-capita-not-above-line');
  });

  it('uses the components when both disagree by more than a fen, and says so', () => {
    // components: 12,000.03 for 3 persons = 4,000.01 each
    const income = { year: 2020, wage: 12000.03 };
    expect(checks(household({ income: { ...income, perCapita: 4000.01 } })).income.reasons).toHaveLength(1);
    expect(checks(household({ income: { ...income, perCapita: 4000.02 } })).income.reasons).toHaveLength(1);
    const far = checks(household({ income: { ...income, perCapita: 3000 } })).income;
    expect(far.status).toBe('met');
    expect(far.reasons.map((r) => r.code)).toEqual(['income/above-line', 'income/per-capita-disagrees']);
    expect(far.reasons[1]).toMatchObject({ path: ['income', 'perCapita'], evidence: { perCapitaYuan: 3000, used: 'components' } });
    expect(far.reasons[1]?.message['zh-CN']).toContain('按收入分项判定');
    // 4,000.00 × 3 = 12,000.00 against 12,000.03: 3 fen over 3 persons is within a fen a head.
    expect(checks(household({ income: { ...income, perCapita: 4000 } })).income.reasons).toHaveLength(1);
    expect(checks(household({ income: { year: 2020, wage: 12000.04, perCapita: 4000 } })).income.reasons).toHaveLength(2);
  });

  it('counts the transfer items when the transfer total is not recorded', () => {
    const items = { year: 2020, wage: 11000, dibaoAllowance: 600, pension: 400.01 };
    expect(checks(household({ income: items })).income.status).toBe('met');
    expect(checks(household({ income: { ...items, transfer: 0 } })).income.status).toBe('unmet');
  });
});

describe('water from the register’s summary findings', () => {
  const water = (w: Household['water']) => checks(household({ water: w })).water;

  it('decides by 饮水是否安全 / 饮水是否困难 when no indicator is recorded', () => {
    expect(water({ safe: true, difficult: false })).toMatchObject({ status: 'met', reasons: [{ code: 'water/summary-safe', path: ['water', 'safe'] }] });
    expect(water({ safe: true })).toMatchObject({ status: 'met' });
    expect(water({ safe: false })).toMatchObject({ status: 'unmet', reasons: [{ code: 'water/summary-unsafe' }] });
    expect(water({ safe: true, difficult: true })).toMatchObject({ status: 'unmet', reasons: [{ code: 'water/summary-difficult', path: ['water', 'difficult'] }] });
    expect(water({ difficult: false })).toMatchObject({ status: 'unknown', reasons: [{ code: 'water/summary-incomplete' }] });
    expect(water({ safe: true })?.reasons[0]?.message['zh-CN']).toContain('按登记的入户核实结论判定');
  });

  it('lets the indicators decide when any is recorded', () => {
    const indicators = { litresPerPersonPerDay: 40, piped: true, interruptionDaysPerYear: 3, qualityOk: false };
    expect(water({ ...indicators, safe: true }).status).toBe('unmet');
    expect(water({ qualityOk: true, safe: true }).status).toBe('unknown');
  });

  it('is still not required before 2019', () => {
    expect(checks(household({ water: { safe: false } }), { asOf: '2018-12-31' }).water.status).toBe('met');
  });
});

describe('housing from the register’s findings and the three routes', () => {
  const housing = (h: Household['housing']) => checks(household({ housing: h })).housing;

  it('reads 是否危房户', () => {
    expect(housing({ dangerous: false })).toMatchObject({ status: 'met', reasons: [{ code: 'housing/register-not-dangerous' }] });
    expect(housing({ dangerous: true })).toMatchObject({ status: 'unmet', reasons: [{ code: 'housing/register-dangerous' }] });
    expect(housing({ dangerous: true, renovation: 'in-progress' }).status).toBe('unmet');
    expect(housing({ dangerous: true, renovation: 'accepted' })).toMatchObject({ status: 'met', reasons: [{ code: 'housing/renovation-accepted' }] });
    expect(housing({ dangerous: true, grade: 'C' })).toMatchObject({ status: 'unmet', reasons: [{ code: 'housing/dangerous' }] });
    expect(housing({ dangerous: true, grade: 'D', renovation: 'accepted' }).status).toBe('met');
  });

  it('accepts the routes 改造安全 and 保障安全 for a C or D house, each with its reason', () => {
    expect(housing({ grade: 'D', route: 'guaranteed-safe', guarantee: 'care-home' })).toMatchObject({
      status: 'met',
      reasons: [{ code: 'housing/guaranteed-safe', evidence: { grade: 'D', guarantee: 'care-home', noHouse: false } }],
    });
    expect(housing({ grade: 'C', relocated: true })).toMatchObject({ status: 'met', reasons: [{ code: 'housing/renovated-safe', path: ['housing', 'relocated'] }] });
    expect(housing({ grade: 'C', route: 'appraised-safe' }).status).toBe('unmet');
    expect(housing({ route: 'appraised-safe' })).toMatchObject({ status: 'met', reasons: [{ code: 'housing/appraised-safe' }] });
  });

  it('houses a 无房户 safely only by 改造安全 or 保障安全', () => {
    const guaranteed = housing({ noHouse: true, route: 'guaranteed-safe', guarantee: 'public-rental' });
    expect(guaranteed).toMatchObject({ status: 'met', reasons: [{ code: 'housing/guaranteed-safe', evidence: { noHouse: true } }] });
    expect(guaranteed.reasons[0]?.message['zh-CN']).toBe('无房户，住房安全保障途径：保障安全（公租房）');
    expect(housing({ noHouse: true, relocated: true }).status).toBe('met');
    expect(housing({ noHouse: true })).toMatchObject({ status: 'unknown', reasons: [{ code: 'housing/no-house-route-missing' }] });
    expect(housing({ noHouse: true, route: 'appraised-safe' })).toMatchObject({ status: 'unknown', reasons: [{ code: 'housing/no-house-appraised' }] });
  });

  it('refuses a housing record with nothing recorded', () => {
    const result = validate(HouseholdSchema, household({ housing: { renovation: 'none' } }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => [i.path, i.code])).toEqual([[['housing'], 'housing/nothing-recorded']]);
  });
});

describe('medical with 大病保险', () => {
  const members = (extra: Partial<Member>[]) => [head, spouse, child].map((m, i) => ({ ...m, ...extra[i] }));

  it('requires 大病保险 only where recorded by default', () => {
    expect(checks(household()).medical.status).toBe('met');
    const all = checks(household({ members: members([{ criticalIllnessInsurance: true }, { criticalIllnessInsurance: true }, {}]) })).medical;
    expect(all).toMatchObject({ status: 'met', reasons: [{ code: 'medical/all-insured-with-critical', evidence: { members: 3, critical: 2 } }] });
    const one = checks(household({ members: members([{}, { criticalIllnessInsurance: false }, {}]) })).medical;
    expect(one).toMatchObject({ status: 'unmet', reasons: [{ code: 'medical/no-critical-illness-insurance', path: ['members', 1, 'criticalIllnessInsurance'] }] });
    expect(JSON.stringify(one)).not.toContain(spouse.name);
  });

  it('follows the policy in force when it requires 大病保险', () => {
    const strict = definePolicy({ name: 'strict-medical', medical: { basicInsurance: 'required', criticalIllnessInsurance: 'required' } });
    const medical = checks(household(), { asOf: '2020-12-31', policy: strict }).medical;
    expect(medical.status).toBe('unknown');
    expect(medical.reasons.map((r) => r.code)).toEqual(Array(3).fill('medical/critical-illness-insurance-missing'));
    const none = definePolicy({ name: 'none', medical: { basicInsurance: 'not-required', criticalIllnessInsurance: 'not-required' } });
    expect(checks(household({ members: members([{ medicalInsurance: false }]) }), { asOf: '2020-12-31', policy: none }).medical).toMatchObject({
      status: 'met',
      reasons: [{ code: 'medical/nothing-required' }],
    });
  });
});

describe('education from 在校生状况', () => {
  const kid = (extra: Partial<Member>): Member => {
    const { schooling: _, ...rest } = child;
    return { ...rest, ...extra };
  };

  it('reads a stage as enrolment, 失学或辍学 as dropping out and 非在校生 as unknown', () => {
    expect(checks(household({ members: [head, kid({ studentStatus: 'primary' })] })).education.status).toBe('met');
    expect(checks(household({ members: [head, kid({ studentStatus: 'dropped-out' })] })).education).toMatchObject({
      status: 'unmet',
      reasons: [{ code: 'education/dropped-out', path: ['members', 1, 'studentStatus'] }],
    });
    expect(checks(household({ members: [head, kid({ studentStatus: 'not-a-student' })] })).education).toMatchObject({
      status: 'unknown',
      reasons: [{ code: 'education/not-a-student' }],
    });
    expect(checks(household({ members: [head, kid({ studentStatus: 'not-a-student', schooling: 'home-taught' })] })).education.status).toBe('met');
  });
});

describe('members with old ID numbers and other documents', () => {
  it('accepts 15-digit numbers and reads the birth date from them', () => {
    const old: Member = { idNumber: '522601100520311', name: '王小明', relation: 'son', schooling: 'dropped-out', medicalInsurance: true };
    // born 1910: not of school age, and the record is valid
    expect(validate(HouseholdSchema, household({ members: [head, old] })).ok).toBe(true);
    expect(checks(household({ members: [head, old] })).education.status).toBe('met');
    const mismatch = validate(HouseholdSchema, household({ members: [head, { ...old, birthDate: '1910-05-21' }] }));
    expect(mismatch.ok).toBe(false);
    if (!mismatch.ok) expect(mismatch.issues[0]).toMatchObject({ path: ['members', 1, 'birthDate'], code: 'member/birth-date-mismatch' });
  });

  it('carries other documents unchecked, takes the birth date from the record, and masks the number', () => {
    const number = '52260120100520311142';
    const disabled: Member = { idNumber: number, documentType: 'disability-certificate', name: '王小明', relation: 'son', medicalInsurance: true };
    expect(validate(HouseholdSchema, household({ members: [head, disabled] })).ok).toBe(true);
    const unknown = checks(household({ members: [head, disabled] })).education;
    expect(unknown).toMatchObject({ status: 'unknown', reasons: [{ code: 'education/age-unknown' }] });
    expect(JSON.stringify(unknown)).not.toContain(number);
    expect(unknown.reasons[0]?.evidence.idNumber).toBe('5226**************42');
    const dated = checks(household({ members: [head, { ...disabled, birthDate: '2010-05-20', schooling: 'home-taught' }] })).education;
    expect(dated.status).toBe('met');
    const bad = validate(HouseholdSchema, household({ members: [head, { ...disabled, documentType: 'resident-id' }] }));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues[0]).toMatchObject({ path: ['members', 1, 'idNumber'], code: 'id/length' });
  });
});

describe('policySupport', () => {
  it('is recorded only for an exited household', () => {
    expect(validate(HouseholdSchema, household({ policySupport: 'continuing' })).ok).toBe(true);
    const result = validate(HouseholdSchema, household({ status: 'poor', policySupport: 'ended' }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ path: ['policySupport'], code: 'household/policy-support-not-exited' });
  });

  it('accepts every register field on a household', () => {
    const full = household({
      policySupport: 'continuing',
      householdSize: 3,
      identificationStandard: 'national',
      povertyAttribute: 'dibao-exited',
      mainCause: 'illness',
      otherCauses: ['lack-of-funds', 'lack-of-skills'],
      identificationYear: 2014,
      exitYear: 2019,
      plannedExitYear: 2019,
      income: { year: 2020, perCapita: 5210.5, dibaoAllowance: 1200, ecologicalCompensation: 86.4 },
      housing: { dangerous: false, areaSquareMetres: 96 },
      water: { safe: true, difficult: false },
      conditions: { cultivatedLandMu: 3.5, forestLandMu: 10, productionElectricity: true, domesticElectricity: true, roadType: 'cement', fuel: 'firewood', sanitaryToilet: false, cooperative: true },
      responsiblePersons: [{ name: '李帮扶', unit: '县农业农村局', post: '科员', phone: '13800001111' }],
      members: [
        { ...head, sex: 'male', ethnicity: 'miao', educationLevel: 'primary', health: 'chronic-illness', labourSkill: 'ordinary', employment: 'out-of-province', employmentMonths: 8, criticalIllnessInsurance: true, pensionInsurance: true, minimumLivingAllowance: true, activeServiceman: false, documentType: 'resident-id' },
        { ...spouse, relation: 'spouse' },
        { ...child, relation: 'daughter', studentStatus: 'junior-secondary' },
      ],
    });
    expect(validate(HouseholdSchema, full)).toEqual({ ok: true, value: full });
    expect(assessHousehold(full, ON).compliant).toBe(true);
  });
});

describe('makeId fixture', () => {
  it('still builds valid 18-digit numbers', () => {
    expect(makeId('522601', '2010-05-20', 31)).toHaveLength(18);
  });
});
