import { describe, expect, it } from 'vitest';
import { assessHouseholds, defaultPolicy, definePolicy, monitoringFlags, TuopinError, type Household, type Income, type Policy } from '../../src/index';
import { household } from './fixtures';

// assessHouseholds: what is not iterable (null and undefined included) is refused at the call with
// its own error, and an assessment that throws is a rejection naming a tuopin code only.
// monitoringFlags: the evidence rounded towards the verdict on both sides, the previous income
// that is not earlier, and a drop that cannot be judged without this year's income.

describe('assessHouseholds: input that is not iterable', () => {
  it('refuses null, undefined and other values with batch/not-iterable, in both languages', () => {
    for (const records of [null, undefined, 42, {}, true]) {
      let thrown: unknown;
      try {
        assessHouseholds(records as unknown as Iterable<unknown>, { asOf: '2020-12-31' });
      } catch (error) {
        thrown = error;
      }
      expect(thrown, String(records)).toBeInstanceOf(TuopinError);
      expect((thrown as TuopinError).code).toBe('batch/not-iterable');
      expect((thrown as TuopinError).message).toBe('tuopin: batch/not-iterable: records 须为可迭代对象或异步可迭代对象 / records must be an iterable or an async iterable');
    }
  });
});

describe('assessHouseholds: an assessment that throws', () => {
  /** A hand-built policy (not frozen, so read afresh) whose poverty lines throw when read during the assessment. */
  const throwing = (error: Error): Policy =>
    Object.defineProperty({ ...structuredClone(defaultPolicy) }, 'povertyLines', {
      get() {
        throw error;
      },
    }) as unknown as Policy;

  it('names the code of a tuopin error, and "unexpected" for any other error, never its message', () => {
    const cases: [Error, string][] = [
      [new TypeError('secret 522601198001011234'), 'unexpected'],
      [new TuopinError('some/code', 'secret'), 'some/code'],
    ];
    for (const [error, code] of cases) {
      const [result] = [...assessHouseholds([household()], { asOf: '2020-12-31', policy: throwing(error) })];
      expect(result).toEqual({
        index: 0,
        ok: false,
        issues: [
          {
            path: [],
            code: 'assessment/failed',
            evidence: { error: code },
            message: { 'zh-CN': `记录通过了校验，但评估失败（${code}）`, en: `the record passed validation but could not be assessed (${code})` },
          },
        ],
      });
    }
  });
});

describe('monitoringFlags: the evidence, rounded towards the verdict', () => {
  // 5/3 × the 2020 line of 4,000 = 6,666.66… a head: neither the monitoring line nor these
  // per-capita figures are whole fen.
  const fiveThirds = definePolicy({ name: 'five-thirds', monitoring: { incomeMultiple: { numerator: 5, denominator: 3 }, incomeDropShare: null } });
  const low = (wage: number) => monitoringFlags(household({ income: { year: 2020, wage } }), { asOf: '2021-03-01', policy: fiveThirds }).reasons[0];

  it('rounds the per-capita income up and the monitoring line down when not low', () => {
    const notLow = low(20000.01);
    expect(notLow?.code).toBe('monitoring/income-not-low');
    expect(notLow?.evidence).toEqual({ year: 2020, members: 3, netIncomeYuan: 20000.01, perCapitaYuan: 6666.67, lineYuan: 4000, monitoringLineYuan: 6666.66, incomeMultiple: [5, 3] });
    expect([notLow?.message['zh-CN'], notLow?.message.en]).toEqual([
      '2020 年人均净收入约 6666.67 元，不低于监测线约 6666.66 元（贫困线 4000 元的 5/3 倍）',
      'per-capita net income for 2020 of about 6666.67 yuan is not below the monitoring line of about 6666.66 yuan (5/3 × the poverty line of 4000 yuan)',
    ]);
  });

  it('rounds the per-capita income down and the monitoring line up when low', () => {
    const isLow = low(19999.99);
    expect(isLow?.code).toBe('monitoring/low-income');
    expect(isLow?.evidence).toMatchObject({ netIncomeYuan: 19999.99, perCapitaYuan: 6666.66, monitoringLineYuan: 6666.67 });
  });
});

describe('monitoringFlags: the sharp drop that cannot be judged', () => {
  const withShare = definePolicy({ name: 'drop-share', monitoring: { incomeMultiple: { numerator: 3, denominator: 2 }, incomeDropShare: { numerator: 3, denominator: 10 } } });
  const previous = (year: number): Income => ({ year, wage: 30000 });

  it('says the previous income is not earlier, at the income year, for the same year and a later one', () => {
    for (const year of [2020, 2021]) {
      const result = monitoringFlags(household({ income: { year: 2020, wage: 30000 } }), { asOf: '2021-03-01', policy: withShare, previousIncome: previous(year) });
      expect(result.status).toBe('unknown');
      expect(result.flagged).toBe(false);
      expect(result.reasons[1]).toMatchObject({ code: 'monitoring/previous-income-not-earlier', path: ['income', 'year'], evidence: { previousYear: year, year: 2020 } });
      expect([result.reasons[1]?.message['zh-CN'], result.reasons[1]?.message.en]).toEqual([
        `上一期收入年度 ${year} 不早于本期收入年度 2020，无法判断收入骤降`,
        `the previous income year ${year} is not before the income year 2020: no drop can be judged`,
      ]);
    }
  });

  it('is unknown without this year’s income, the missing income reported once', () => {
    const noIncome: Household = household({ income: undefined });
    delete (noIncome as { income?: unknown }).income;
    const result = monitoringFlags(noIncome, { asOf: '2021-03-01', policy: withShare, previousIncome: previous(2019) });
    expect(result.status).toBe('unknown');
    expect(result.reasons.map((r) => r.code)).toEqual(['monitoring/income-missing']);
  });
});
