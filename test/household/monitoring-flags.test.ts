import { describe, expect, it } from 'vitest';
import { definePolicy, DomainError, InvalidDateError, monitoringFlags, type Household, type Income } from '../../src/index';
import { household } from './fixtures';

const AS_OF = '2021-03-01';
// Three members and the 2020 line of 4,000: the monitoring line is 1.5 × 4,000 = 6,000 per person.
const withIncome = (wage: number, extra: Partial<Income> = {}): Household => household({ income: { year: 2020, wage, ...extra } });
const withDrop = definePolicy({
  monitoring: { incomeMultiple: { numerator: 3, denominator: 2 }, incomeDropShare: { numerator: 3, denominator: 10 } },
});

describe('monitoringFlags', () => {
  it('flags per-capita income strictly below 1.5 × the line, exactly', () => {
    expect(monitoringFlags(withIncome(17999.99), { asOf: AS_OF })).toEqual({
      flagged: true,
      status: 'unmet',
      reasons: [
        {
          code: 'monitoring/low-income',
          path: ['income'],
          evidence: {
            year: 2020,
            members: 3,
            netIncomeYuan: 17999.99,
            perCapitaYuan: 5999.99,
            lineYuan: 4000,
            monitoringLineYuan: 6000,
            incomeMultiple: [3, 2],
          },
          message: {
            'zh-CN': '2020 年人均净收入约 5999.99 元，低于监测线约 6000 元（贫困线 4000 元的 3/2 倍）',
            en: 'per-capita net income for 2020 of about 5999.99 yuan is below the monitoring line of about 6000 yuan (3/2 × the poverty line of 4000 yuan)',
          },
        },
        {
          code: 'monitoring/drop-not-checked',
          path: [],
          evidence: {},
          message: { 'zh-CN': '未提供上一年度收入，未检查收入骤降', en: 'no previous income given: the sharp-drop check was not made' },
        },
      ],
    });
    const atLine = monitoringFlags(withIncome(18000), { asOf: AS_OF });
    expect(atLine.status).toBe('met');
    expect(atLine.flagged).toBe(false);
    expect(atLine.reasons.map((r) => r.code)).toEqual(['monitoring/income-not-low', 'monitoring/drop-not-checked']);
  });

  it('uses the multiple of the policy', () => {
    const double = definePolicy({ monitoring: { incomeMultiple: { numerator: 2, denominator: 1 }, incomeDropShare: null } });
    expect(monitoringFlags(withIncome(23999.99), { asOf: AS_OF, policy: double }).flagged).toBe(true);
    expect(monitoringFlags(withIncome(24000), { asOf: AS_OF, policy: double }).flagged).toBe(false);
  });

  it('flags a drop of at least the policy’s share of the previous net income', () => {
    const previousIncome: Income = { year: 2019, wage: 40000, productionCosts: 10000 }; // net 30,000
    const fell = monitoringFlags(withIncome(21000), { asOf: AS_OF, policy: withDrop, previousIncome });
    expect(fell.status).toBe('unmet');
    expect(fell.reasons[1]).toEqual({
      code: 'monitoring/sharp-drop',
      path: ['income'],
      evidence: { previousYear: 2019, previousNetIncomeYuan: 30000, year: 2020, netIncomeYuan: 21000, incomeDropShare: [3, 10] },
      message: {
        'zh-CN': '家庭净收入由 2019 年的 30000 元降至 2020 年的 21000 元，降幅不低于 3/10',
        en: 'net income fell from 30000 yuan in 2019 to 21000 yuan in 2020, a drop of at least 3/10',
      },
    });
    const lessThan = monitoringFlags(withIncome(21000.01), { asOf: AS_OF, policy: withDrop, previousIncome });
    expect(lessThan.status).toBe('met');
    expect(lessThan.reasons.map((r) => r.code)).toEqual(['monitoring/income-not-low', 'monitoring/no-sharp-drop']);
  });

  it('does not check the drop without a threshold: the status is unknown unless low income flags', () => {
    const previousIncome: Income = { year: 2019, wage: 90000 };
    const result = monitoringFlags(withIncome(20000), { asOf: AS_OF, previousIncome });
    expect(result).toMatchObject({ flagged: false, status: 'unknown' });
    expect(result.reasons.map((r) => r.code)).toEqual(['monitoring/income-not-low', 'monitoring/drop-threshold-unset']);
    expect(monitoringFlags(withIncome(10000), { asOf: AS_OF, previousIncome })).toMatchObject({ flagged: true, status: 'unmet' });
  });

  it('cannot judge a drop from a previous year that is not earlier, and finds none from a net income not above 0', () => {
    const same = monitoringFlags(withIncome(20000), { asOf: AS_OF, policy: withDrop, previousIncome: { year: 2020, wage: 90000 } });
    expect(same.status).toBe('unknown');
    expect(same.reasons[1]?.code).toBe('monitoring/previous-income-not-earlier');
    const nothing = monitoringFlags(withIncome(20000), {
      asOf: AS_OF,
      policy: withDrop,
      previousIncome: { year: 2019, wage: 100, productionCosts: 100 },
    });
    expect(nothing.status).toBe('met');
    expect(nothing.reasons[1]?.code).toBe('monitoring/previous-income-not-positive');
  });

  it('is unknown without income, without a line for the year or without thresholds in force on asOf', () => {
    const { income: _i, ...noIncome } = household();
    expect(monitoringFlags(noIncome, { asOf: AS_OF, policy: withDrop, previousIncome: { year: 2019, wage: 1 } })).toMatchObject({
      flagged: false,
      status: 'unknown',
      reasons: [{ code: 'monitoring/income-missing', path: ['income'] }],
    });
    expect(monitoringFlags(household({ income: { year: 2021, wage: 1 } }), { asOf: AS_OF })).toMatchObject({
      status: 'unknown',
      reasons: [{ code: 'monitoring/no-line', path: ['income', 'year'], evidence: { year: 2021 } }, { code: 'monitoring/drop-not-checked' }],
    });
    // The default monitoring thresholds are in force from 2020-01-01 (China's calendar).
    expect(monitoringFlags(withIncome(1), { asOf: new Date('2019-12-31T15:59:59Z') })).toMatchObject({
      flagged: false,
      status: 'unknown',
      reasons: [{ code: 'monitoring/no-thresholds', evidence: { asOf: '2019-12-31' } }],
    });
    expect(monitoringFlags(withIncome(1), { asOf: new Date('2019-12-31T16:00:00Z') }).status).toBe('unmet');
  });

  it('throws for an invalid asOf or a household without members', () => {
    expect(() => monitoringFlags(household(), { asOf: 'soon' })).toThrow(InvalidDateError);
    expect(() => monitoringFlags(household({ members: [] }), { asOf: AS_OF })).toThrow(DomainError);
  });

  it('does not mutate its input', () => {
    const h = withIncome(1000);
    const previousIncome: Income = { year: 2019, wage: 90000 };
    const before = structuredClone([h, previousIncome]);
    monitoringFlags(h, { asOf: AS_OF, policy: withDrop, previousIncome });
    expect([h, previousIncome]).toEqual(before);
  });
});
