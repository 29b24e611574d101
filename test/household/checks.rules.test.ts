import { describe, expect, it } from 'vitest';
import { assessHousehold, definePolicy, type AssessHouseholdOptions, type Household, type Member, type Reason } from '../../src/index';
import { compareIncomeToLine, incomeFen, netIncomeFen } from '../../src/household/net-income';
import { makeId } from '../fixtures/ids';
import { child, head, household, spouse } from './fixtures';

// The housing, medical and income rules each alone, with the reason each builds: its code, path,
// evidence and both messages.

const ON: AssessHouseholdOptions = { asOf: '2020-12-31' };
const checks = (h: Household, options: AssessHouseholdOptions = ON) => assessHousehold(h, options).checks;
const texts = (reasons: readonly Reason[]) => reasons.map((r) => [r.message['zh-CN'], r.message.en]);

describe('housing: each route and register finding alone', () => {
  const housing = (h: Household['housing']) => checks(household({ housing: h })).housing;

  it('makes a C or D house safe by the route 改造安全 alone, at the route’s path, relocation recorded or not', () => {
    for (const grade of ['C', 'D'] as const) {
      const renovated = housing({ grade, route: 'renovated-safe' });
      expect(renovated).toMatchObject({ status: 'met', reasons: [{ code: 'housing/renovated-safe', path: ['housing', 'route'], evidence: { grade, relocated: null } }] });
      expect(texts(renovated.reasons)).toEqual([[`住房鉴定为 ${grade} 级，住房安全保障途径：改造安全`, `the house is graded ${grade}; housing safe by renovation`]]);
    }
    const notRelocated = housing({ grade: 'D', route: 'renovated-safe', relocated: false });
    expect(notRelocated.reasons[0]?.evidence).toEqual({ grade: 'D', relocated: false });
    expect(texts(notRelocated.reasons)).toEqual([['住房鉴定为 D 级，住房安全保障途径：改造安全', 'the house is graded D; housing safe by renovation']]);
    const relocated = housing({ grade: 'C', relocated: true });
    expect(relocated).toMatchObject({ status: 'met', reasons: [{ code: 'housing/renovated-safe', path: ['housing', 'relocated'], evidence: { grade: 'C', relocated: true } }] });
    expect(texts(relocated.reasons)).toEqual([
      ['住房鉴定为 C 级，住房安全保障途径：改造安全（易地扶贫搬迁）', 'the house is graded C; housing safe by renovation, relocated under poverty-alleviation relocation'],
    ]);
    // The route is named first when both are recorded.
    expect(housing({ grade: 'C', route: 'renovated-safe', relocated: true }).reasons[0]?.path).toEqual(['housing', 'route']);
  });

  it('reads a route alone when nothing else decides', () => {
    const renovated = housing({ route: 'renovated-safe' });
    expect(renovated).toMatchObject({ status: 'met', reasons: [{ code: 'housing/renovated-safe', path: ['housing', 'route'], evidence: { grade: null, relocated: null } }] });
    expect(texts(renovated.reasons)).toEqual([['住房安全保障途径：改造安全', 'housing safe by renovation']]);
    const guaranteed = housing({ route: 'guaranteed-safe' });
    expect(guaranteed).toMatchObject({ status: 'met', reasons: [{ code: 'housing/guaranteed-safe', path: ['housing', 'route'], evidence: { grade: null, guarantee: null, noHouse: false } }] });
    expect(texts(guaranteed.reasons)).toEqual([['住房安全保障途径：保障安全', 'housing safe by guarantee']]);
    const appraised = housing({ route: 'appraised-safe' });
    expect(texts(appraised.reasons)).toEqual([['住房安全保障途径：鉴定安全', 'housing safe by appraisal']]);
  });

  it('has nothing to decide by when only "has a house" and no route are recorded', () => {
    const missing = housing({ noHouse: false });
    expect(missing).toMatchObject({ status: 'unknown', reasons: [{ code: 'housing/missing', path: ['housing'] }] });
    expect(texts(missing.reasons)).toEqual([['未记录住房安全鉴定等级', 'no housing safety grade recorded']]);
    expect(housing({ noHouse: false, relocated: true })).toMatchObject({ status: 'met', reasons: [{ code: 'housing/renovated-safe', path: ['housing', 'relocated'] }] });
  });

  it('makes a house the register calls dangerous safe by each way alone, each with its reason', () => {
    const accepted = housing({ dangerous: true, renovation: 'accepted' });
    expect(accepted).toMatchObject({ status: 'met', reasons: [{ code: 'housing/renovation-accepted', path: ['housing', 'renovation'], evidence: { grade: null } }] });
    expect(texts(accepted.reasons)).toEqual([['登记为危房户，危房改造已竣工验收', 'the register records the house as dangerous and its renovation has been completed and accepted']]);
    const elsewhere = housing({ dangerous: true, livesInSafeHousing: true });
    expect(elsewhere).toMatchObject({ status: 'met', reasons: [{ code: 'housing/lives-in-safe-housing', path: ['housing', 'livesInSafeHousing'], evidence: { grade: null } }] });
    expect(texts(elsewhere.reasons)).toEqual([['登记为危房户，但家庭已住进其他安全住房', 'the register records the house as dangerous but the household lives in other safe housing']]);
    const guaranteed = housing({ dangerous: true, route: 'guaranteed-safe', guarantee: 'rented' });
    expect(guaranteed).toMatchObject({ status: 'met', reasons: [{ code: 'housing/guaranteed-safe', evidence: { grade: null, guarantee: 'rented', noHouse: false } }] });
    expect(texts(guaranteed.reasons)).toEqual([['住房安全保障途径：保障安全（租住）', 'housing safe by guarantee: rented']]);
    expect(housing({ dangerous: true, relocated: true })).toMatchObject({ status: 'met', reasons: [{ code: 'housing/renovated-safe', path: ['housing', 'relocated'] }] });
    expect(housing({ dangerous: true, route: 'appraised-safe' })).toMatchObject({ status: 'unmet', reasons: [{ code: 'housing/register-dangerous' }] });
  });

  it('names what is recorded of a house the register calls dangerous, and says what is not', () => {
    const bare = housing({ dangerous: true });
    expect(bare).toMatchObject({ status: 'unmet', reasons: [{ code: 'housing/register-dangerous', path: ['housing', 'dangerous'], evidence: { renovation: null, livesInSafeHousing: null } }] });
    expect(texts(bare.reasons)).toEqual([
      [
        '登记为危房户，未记录危房级别，危房改造状态：未记录，未住进其他安全住房（是否已住进其他安全住房：未记录）',
        'the register records the house as dangerous (grade not recorded); renovation: not recorded; not living in other safe housing (recorded: not recorded)',
      ],
    ]);
    const recorded = housing({ dangerous: true, renovation: 'in-progress', livesInSafeHousing: false });
    expect(recorded.reasons[0]?.evidence).toEqual({ renovation: 'in-progress', livesInSafeHousing: false });
    expect(texts(recorded.reasons)).toEqual([
      [
        '登记为危房户，未记录危房级别，危房改造状态：改造中，未住进其他安全住房（是否已住进其他安全住房：否）',
        'the register records the house as dangerous (grade not recorded); renovation: in-progress; not living in other safe housing (recorded: no)',
      ],
    ]);
  });
});

describe('medical: each item of the policy in force alone', () => {
  const policy = (basicInsurance: string, criticalIllnessInsurance: string) =>
    definePolicy({ name: `${basicInsurance}/${criticalIllnessInsurance}`, medical: { basicInsurance, criticalIllnessInsurance } as never });
  const medical = (members: Member[], basic = 'required', critical = 'where-recorded') =>
    checks(household({ members }), { asOf: '2020-12-31', policy: policy(basic, critical) }).medical;
  const three = (extra: Partial<Member>[]) => [head, spouse, child].map((m, i) => ({ ...m, ...extra[i] }));

  it('is unknown on a day before any medical items are in force, and says which day', () => {
    const before = checks(household(), { asOf: '2002-12-31' }).medical;
    expect(before).toEqual({ status: 'unknown', reasons: [expect.objectContaining({ code: 'medical/no-items', path: [], evidence: { asOf: '2002-12-31' } })] });
    expect(texts(before.reasons)).toEqual([['2002-12-31 没有生效的基本医疗参保项目参数', 'the policy has no medical insurance items in force on 2002-12-31']]);
    expect(checks(household(), { asOf: '2003-01-01' }).medical.status).toBe('met');
  });

  it('counts only a recorded "no" of basic insurance under where-recorded', () => {
    expect(medical(three([{ medicalInsurance: undefined }]), 'where-recorded', 'not-required')).toMatchObject({
      status: 'met',
      reasons: [{ code: 'medical/none-recorded-uninsured', evidence: { members: 3, insured: 2, critical: 0 } }],
    });
    const no = medical(three([{}, { medicalInsurance: false }]), 'where-recorded', 'not-required');
    expect(no).toMatchObject({ status: 'unmet', reasons: [{ code: 'medical/uninsured', path: ['members', 1, 'medicalInsurance'] }] });
    const missing = medical(three([{ medicalInsurance: undefined }]), 'required', 'not-required');
    expect(missing).toMatchObject({ status: 'unknown', reasons: [{ code: 'medical/insurance-missing', path: ['members', 0, 'medicalInsurance'] }] });
  });

  it('ignores 大病保险 entirely when the policy does not require it, a recorded "no" included', () => {
    const members = three([{ criticalIllnessInsurance: false }, { criticalIllnessInsurance: true }, {}]);
    const check = medical(members, 'required', 'not-required');
    expect(check).toMatchObject({ status: 'met', reasons: [{ code: 'medical/all-insured-with-critical', evidence: { members: 3, critical: 1 } }] });
    expect(medical(three([]), 'required', 'not-required')).toMatchObject({ status: 'met', reasons: [{ code: 'medical/all-insured', evidence: { members: 3 } }] });
  });

  it('is met with 大病保险 required when every member has it recorded', () => {
    const all = three([{ criticalIllnessInsurance: true }, { criticalIllnessInsurance: true }, { criticalIllnessInsurance: true }]);
    const check = medical(all, 'required', 'required');
    expect(check).toMatchObject({ status: 'met', reasons: [{ code: 'medical/all-insured-with-critical', path: ['members'], evidence: { members: 3, critical: 3 } }] });
    expect(texts(check.reasons)).toEqual([
      [
        '全部 3 名成员均参加基本医疗保险，其中 3 名记录参加大病保险，无成员记录未参加大病保险',
        'all 3 members are enrolled in basic medical insurance; 3 are recorded in critical-illness insurance and none as not enrolled in it',
      ],
    ]);
  });

  it('keeps an unmet check unmet when a later member has only a missing record, and names that member', () => {
    const check = medical(three([{ medicalInsurance: false, criticalIllnessInsurance: true }, { criticalIllnessInsurance: true }, {}]), 'required', 'required');
    expect(check.status).toBe('unmet');
    expect(check.reasons.map((r) => [r.code, r.path])).toEqual([
      ['medical/uninsured', ['members', 0, 'medicalInsurance']],
      ['medical/critical-illness-insurance-missing', ['members', 2, 'criticalIllnessInsurance']],
    ]);
    const critical = medical(three([{ criticalIllnessInsurance: false }, { criticalIllnessInsurance: true }, {}]), 'required', 'required');
    expect(critical.status).toBe('unmet');
    expect(critical.reasons.map((r) => r.code)).toEqual(['medical/no-critical-illness-insurance', 'medical/critical-illness-insurance-missing']);
  });

  it('says nothing is required, on which day, only when neither item is', () => {
    const none = medical(three([{ medicalInsurance: false }]), 'not-required', 'not-required');
    expect(none).toMatchObject({ status: 'met', reasons: [{ code: 'medical/nothing-required', path: [], evidence: { asOf: '2020-12-31' } }] });
    expect(texts(none.reasons)).toEqual([['2020-12-31 生效的政策不要求参保项目', 'the policy in force on 2020-12-31 requires no insurance']]);
    expect(medical(three([]), 'required', 'not-required').reasons[0]?.code).toBe('medical/all-insured');
  });

  it('counts every member of a household of more than 16', () => {
    const members = Array.from({ length: 17 }, (_, i) => ({ ...head, idNumber: makeId('522601', '1980-01-01', i + 1), relation: i === 0 ? 'head' : 'other' }) as Member);
    for (const size of [16, 17]) {
      const check = medical(members.slice(0, size));
      expect(check).toMatchObject({ status: 'met', reasons: [{ code: 'medical/all-insured', path: ['members'], evidence: { members: size } }] });
      expect(texts(check.reasons)).toEqual([[`全部 ${size} 名成员均参加基本医疗保险`, `all ${size} members are enrolled in basic medical insurance`]]);
    }
  });
});

describe('net income in fen', () => {
  it('is a number, exact, whenever the sums are safe integers', () => {
    const net = netIncomeFen({ year: 2020, wage: 9000, business: 2500, transfer: 1800, productionCosts: 300 });
    expect(net).toBe(1300000);
    expect(typeof net).toBe('number');
    expect(netIncomeFen({ year: 2020 })).toBe(0);
  });

  it('counts each transfer item alone when the transfer total is not recorded', () => {
    for (const item of ['dibaoAllowance', 'destituteAllowance', 'pension', 'familyPlanningAllowance', 'ecologicalCompensation'] as const) {
      expect(netIncomeFen({ year: 2020, wage: 1, [item]: 2.34 })).toBe(334);
      expect(netIncomeFen({ year: 2020, wage: 1, transfer: 0, [item]: 2.34 })).toBe(100);
    }
  });

  it('is the exact bigint when the sum before costs leaves the safe range, even if the net is back inside it', () => {
    // 90,000,000,000,000 yuan of transfer income is 9×10^15 fen (safe); with 100,000,000,000 yuan
    // of wage (10^13 fen) the sum before costs is past 2^53 ≈ 9.007×10^15, the net after equal
    // costs is not.
    const huge = { year: 2020, wage: 100_000_000_000, transfer: 90_000_000_000_000, productionCosts: 90_000_000_000_000 };
    expect(netIncomeFen(huge)).toBe(10_000_000_000_000n);
    expect(netIncomeFen({ ...huge, wage: 1_000_000 })).toBe(100_000_000);
  });

  it('reads the per-capita figure × members only when no component is recorded, and says so', () => {
    expect(incomeFen({ year: 2020 }, 3)).toEqual({ fen: 0, basis: 'components' });
    expect(incomeFen({ year: 2020, perCapita: 4000.01 }, 3)).toEqual({ fen: 1200003, basis: 'per-capita' });
    expect(incomeFen({ year: 2020, perCapita: 4000.01, productionCosts: 0 }, 3)).toEqual({ fen: 0, basis: 'components' });
    // 9×10^15 fen a person × 3 is past 2^53: the exact bigint.
    expect(incomeFen({ year: 2020, perCapita: 90_000_000_000_000 }, 3)).toEqual({ fen: 27_000_000_000_000_000n, basis: 'per-capita' });
  });

  it('compares with the line exactly when members × the multiple leaves the safe range', () => {
    const num = 2 ** 52; // 3 × 2^52 > 2^53
    const share = 3n * 2n ** 52n;
    expect(compareIncomeToLine(share, 1, 3, num)).toBe(0);
    expect(compareIncomeToLine(share + 1n, 1, 3, num)).toBe(1);
    expect(compareIncomeToLine(share - 1n, 1, 3, num)).toBe(-1);
  });
});
