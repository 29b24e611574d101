import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessMonitoring, definePolicy, DomainError, MONITORING_TEST_NAMES, type MonitoringAssessment, type Policy } from '../../src/index';
import { expectNoMutation } from '../fixtures/no-mutation';
import { household, months, policy, record, TEST_LINE } from './fixtures';

const ASOF = '2021-06-15';
const unmetTests = (a: MonitoringAssessment) => MONITORING_TEST_NAMES.filter((n) => a.checks[n].status === 'unmet');

describe('assessMonitoring', () => {
  it('finds no risk in the baseline household: every test met', () => {
    const a = assessMonitoring(household(), record(), { asOf: ASOF, policy });
    expect(a.basis).toBe('province-line');
    expect(MONITORING_TEST_NAMES.map((n) => a.checks[n].status)).toEqual(['met', 'met', 'met', 'met', 'met']);
    expect(a).toMatchObject({ householdId: 'H-0001', villageCode: '522601101201', asOf: ASOF, status: 'met', shouldBeMonitored: false, reasons: [] });
  });

  describe('each trigger alone', () => {
    const cases: [string, () => MonitoringAssessment, string, string][] = [
      // Below the line on income is below it after spending too: the spending figures are left out
      // (spending unknown) so that income is the one trigger.
      ['income', () => assessMonitoring(household(), record({ twelveMonths: { through: '2021-05', netIncome: 23999.99, previousNetIncome: 24000 } }), { asOf: ASOF, policy }), 'income', 'monitoring/income-below-line'],
      ['spending', () => assessMonitoring(household(), record({ twelveMonths: months({ compliantMedicalSpending: 11000.01 }) }), { asOf: ASOF, policy }), 'spending', 'monitoring/spending-leaves-below-line'],
      ['drop', () => assessMonitoring(household(), record({ twelveMonths: months({ previousNetIncome: 60000 }) }), { asOf: ASOF, policy }), 'drop', 'monitoring/sharp-drop'],
      ['basic needs', () => assessMonitoring(household({ foodSecure: false }), record(), { asOf: ASOF, policy }), 'basicNeeds', 'food/insecure'],
      ['housing', () => assessMonitoring(household({ housing: { grade: 'D' } }), record(), { asOf: ASOF, policy }), 'basicNeeds', 'housing/dangerous'],
      ['water', () => assessMonitoring(household({ water: { litresPerPersonPerDay: 40, piped: true, interruptionDaysPerYear: 3, qualityOk: false } }), record(), { asOf: ASOF, policy }), 'water', 'water/quality-poor'],
    ];
    for (const [name, run, test, code] of cases) {
      it(`${name}: only that test is unmet and the household should be monitored`, () => {
        const a = run();
        expect(unmetTests(a)).toEqual([test]);
        expect(a.status).toBe('unmet');
        expect(a.shouldBeMonitored).toBe(true);
        expect(a.reasons.map((r) => r.code)).toContain(code);
      });
    }
  });

  describe('income at and either side of the province line, exact in fen (3 persons × 8,000.00)', () => {
    const at = (netIncome: number) =>
      assessMonitoring(household(), record({ twelveMonths: months({ netIncome, previousNetIncome: netIncome, compliantMedicalSpending: 0, otherRigidSpending: 0 }) }), { asOf: ASOF, policy });
    it('one fen below the line is unmet', () => {
      const a = at(23999.99);
      expect(a.checks.income.status).toBe('unmet');
      expect(a.checks.income.reasons[0]).toMatchObject({
        code: 'monitoring/income-below-line',
        path: ['twelveMonths', 'netIncome'],
        evidence: { incomeSource: 'twelve-months', through: '2021-05', netIncomeYuan: 23999.99, members: 3, perCapitaYuan: 7999.99, lineYuan: 8000, province: '52', year: 2021, confirmed: false },
      });
      expect(a.checks.income.reasons[0]!.message['zh-CN']).toBe(
        '截至 2021-05 的近 12 个月家庭纯收入 23999.99 元，3 人，人均约 7999.99 元，低于52 省 2021 年监测范围 8000 元（未核实）',
      );
    });
    it('exactly at the line is met (not below)', () => {
      expect(at(24000).checks.income.status).toBe('met');
    });
    it('one fen above the line is met', () => {
      expect(at(24000.01).checks.income.status).toBe('met');
    });
  });

  describe('spending at and either side of the line (income less rigid spending)', () => {
    const at = (compliantMedicalSpending: number) => assessMonitoring(household(), record({ twelveMonths: months({ compliantMedicalSpending }) }), { asOf: ASOF, policy }).checks.spending;
    it('leaves exactly the line: met; one fen more spending: unmet', () => {
      // 36,000 − 1,000 − 11,000 = 24,000 = 3 × 8,000
      expect(at(11000).status).toBe('met');
      expect(at(11000.01).status).toBe('unmet');
      expect(at(10999.99).status).toBe('met');
      expect(at(11000.01).reasons[0]!.evidence).toMatchObject({ medicalYuan: 11000.01, otherYuan: 1000, netIncomeYuan: 36000, perCapitaYuan: 7999.99 });
    });
    it('is unknown when the spending figures are not recorded', () => {
      const s = assessMonitoring(household(), record({ twelveMonths: { through: '2021-05', netIncome: 36000 } }), { asOf: ASOF, policy }).checks.spending;
      expect(s).toMatchObject({ status: 'unknown', reasons: [{ code: 'monitoring/spending-missing' }] });
    });
  });

  describe('a province without a line', () => {
    it('makes the income and spending tests unknown, naming the missing line', () => {
      const other: Policy = { ...policy, monitoringLines: [{ ...TEST_LINE, province: '53', confirmed: false }] };
      const a = assessMonitoring(household(), record(), { asOf: ASOF, policy: other });
      expect(a.checks.income).toEqual({
        status: 'unknown',
        reasons: [
          {
            code: 'monitoring/no-province-line',
            path: ['villageCode'],
            evidence: { province: '52', year: 2021 },
            message: {
              'zh-CN': '政策表中没有 52 省 2021 年的监测范围（monitoringLines），无法判断收入',
              en: 'the policy has no monitoring line for province 52 in 2021 (monitoringLines): income cannot be judged',
            },
          },
        ],
      });
      expect(a.checks.spending.status).toBe('unknown');
      expect(a.status).toBe('unknown');
      expect(a.shouldBeMonitored).toBeNull();
      expect(a.reasons.map((r) => r.code)).toEqual(['monitoring/no-province-line', 'monitoring/no-province-line']);
    });
    it('is the default: the library ships no provincial line', () => {
      const a = assessMonitoring(household(), record(), { asOf: ASOF });
      expect(a.checks.income.reasons[0]!.code).toBe('monitoring/no-province-line');
    });
    it('does not use the line of another year', () => {
      const a = assessMonitoring(household(), record(), { asOf: '2022-01-01', policy });
      expect(a.checks.income.reasons[0]!.evidence).toEqual({ province: '52', year: 2022 });
    });
  });

  describe('2020 rule vs 2021 rule by asOf', () => {
    // 18,000 yuan for 3 persons is exactly 1.5 × 4,000 each; far below the 8,000.00 test line.
    const r = record({ riskIdentifiedMonth: '2020-03', firstIdentifiedMonth: '2020-03', twelveMonths: months({ through: '2020-11', netIncome: 18000, previousNetIncome: 18000, compliantMedicalSpending: 0, otherRigidSpending: 0 }) });
    it('on 2020-12-31 applies 1.5 × the national line: at the line, met', () => {
      const a = assessMonitoring(household(), r, { asOf: '2020-12-31', policy });
      expect(a.basis).toBe('national-multiple');
      expect(a.checks.income).toMatchObject({ status: 'met', reasons: [{ evidence: { basis: 'national-multiple', year: 2020, povertyLineYuan: 4000, incomeMultiple: [3, 2], lineYuan: 6000 } }] });
    });
    it('on 2020-12-31 one fen less is unmet', () => {
      const below = record({ ...r, twelveMonths: { ...r.twelveMonths!, netIncome: 17999.99 } });
      expect(assessMonitoring(household(), below, { asOf: '2020-12-31', policy }).checks.income.status).toBe('unmet');
    });
    it('from 2021-01-01 (China time) applies the province line', () => {
      expect(assessMonitoring(household(), r, { asOf: '2020-12-31T16:00:00Z', policy }).basis).toBe('province-line');
      const a = assessMonitoring(household(), r, { asOf: '2021-01-01', policy });
      expect(a.checks.income.status).toBe('unmet');
      expect(a.checks.income.reasons[0]!.evidence).toMatchObject({ basis: 'province-line', lineYuan: 8000 });
    });
    it('in 2020 the spending test asks whether rigid spending exceeds the income', () => {
      const at = (otherRigidSpending: number) =>
        assessMonitoring(household(), record({ ...r, twelveMonths: { ...r.twelveMonths!, otherRigidSpending } }), { asOf: '2020-12-31', policy }).checks.spending;
      expect(at(18000).status).toBe('met');
      expect(at(18000.01)).toMatchObject({ status: 'unmet', reasons: [{ code: 'monitoring/spending-above-income', evidence: { spendingYuan: 18000.01, spendingOverIncome: [1, 1] } }] });
    });
    it('before 2020 there is no monitoring rule', () => {
      const a = assessMonitoring(household(), r, { asOf: '2019-12-31', policy });
      expect(a.basis).toBeNull();
      expect(a.checks.income.reasons[0]!.code).toBe('monitoring/no-rule');
      expect(a.status).toBe('unknown');
    });
  });

  describe('the sharp-drop test', () => {
    const drop = (previousNetIncome: number, p = policy) => assessMonitoring(household(), record({ twelveMonths: months({ previousNetIncome }) }), { asOf: ASOF, policy: p }).checks.drop;
    it('is unmet at exactly the share and met just under it', () => {
      // 36,000 from 51,428.57: a fall of 29.99…%; from 51,428.58 a fall of 30.0000…1%
      expect(drop(51428.57).status).toBe('met');
      expect(drop(51428.58).status).toBe('unmet');
      const exact = assessMonitoring(household(), record({ twelveMonths: months({ netIncome: 28000, previousNetIncome: 40000 }) }), { asOf: ASOF, policy }).checks.drop;
      expect(exact.status).toBe('unmet');
    });
    it('is unknown with the default policy (no drop share)', () => {
      expect(drop(60000, definePolicy({ monitoringLines: [TEST_LINE] })).reasons[0]!.code).toBe('monitoring/drop-share-unset');
    });
    it('is unknown without the previous 12 months, met when they were not positive', () => {
      expect(assessMonitoring(household(), record({ twelveMonths: { through: '2021-05', netIncome: 36000 } }), { asOf: ASOF, policy }).checks.drop.reasons[0]!.code).toBe('monitoring/previous-income-missing');
      expect(drop(0).reasons[0]!.code).toBe('monitoring/previous-income-not-positive');
    });
  });

  describe('without a monitoring record', () => {
    it('screens on the register income (13,000 yuan for 2020, 3 persons) and leaves spending unknown', () => {
      const a = assessMonitoring(household(), undefined, { asOf: ASOF, policy });
      expect(a.checks.income).toMatchObject({ status: 'unmet', reasons: [{ evidence: { incomeSource: 'register', incomeYear: 2020, netIncomeYuan: 13000 } }] });
      expect(a.checks.spending.status).toBe('unknown');
      expect(a.shouldBeMonitored).toBe(true);
    });
    it("reads the register's per-capita figure when no component is recorded", () => {
      const at = (perCapita: number) => assessMonitoring(household({ income: { year: 2020, perCapita } }), undefined, { asOf: ASOF, policy }).checks.income;
      expect(at(7999.99)).toMatchObject({ status: 'unmet', reasons: [{ evidence: { incomeSource: 'register', incomeBasis: 'per-capita', netIncomeYuan: 23999.97 } }] });
      expect(at(8000).status).toBe('met');
    });
    it('is unknown with no income at all', () => {
      const { income: _none, ...rest } = household();
      expect(assessMonitoring(rest, undefined, { asOf: ASOF, policy }).checks.income.reasons[0]!.code).toBe('monitoring/income-missing');
    });
  });

  it("throws on another household's record, masking the ids", () => {
    expect(() => assessMonitoring(household({ id: '11010519491231002X' }), record(), { asOf: ASOF, policy })).toThrow(DomainError);
    expect(() => assessMonitoring(household({ id: '11010519491231002X' }), record(), { asOf: ASOF, policy })).not.toThrow(/11010519491231002X/);
  });

  it('does not mutate its input', () => {
    expectNoMutation({ h: household(), r: record() }, ({ h, r }) => assessMonitoring(h, r, { asOf: ASOF, policy }));
  });

  it('law: raising the 12-month income never turns a met income test unmet', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 1_000_000 }), (fen, more) => {
        const at = (f: number) => assessMonitoring(household(), record({ twelveMonths: months({ netIncome: f / 100 }) }), { asOf: ASOF, policy }).checks.income.status;
        return !(at(fen) === 'met' && at(fen + more) === 'unmet');
      }),
      { numRuns: 100 },
    );
  });
});
