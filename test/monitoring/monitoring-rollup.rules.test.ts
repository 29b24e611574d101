// Issue 17: the roll-up's rules each alone, where a mutation run of monitoring-rollup.ts showed
// the tests let a change through: the period's and long monitoring's boundaries, each refusal
// alone, the lists' conditions and order. Written from the rules (docs/monitoring.md), not from
// the mutants.
import { describe, expect, it } from 'vitest';
import { assessMonitoring, DomainError, monitoringRollup, type MonitoringRecord } from '../../src/index';
import { household, months, policy, record } from './fixtures';

const V1 = '522601101201';
const V2 = '522601101202';
const ASOF = '2021-12-31';
const code = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    if (e instanceof DomainError) return e.code;
    throw e;
  }
  return 'no error';
};
/** Below the line, after spending too, and a fall of 4/9: every income test unmet. */
const poor = { twelveMonths: months({ netIncome: 20000 }) };
const screen = (id: string, villageCode = V1, r?: MonitoringRecord) => assessMonitoring(household({ id, villageCode }), r, { asOf: ASOF, policy });

describe('monitoringRollup: the period', () => {
  const identified = (month: string) => record({ householdId: `H-${month}`, firstIdentifiedMonth: month, riskIdentifiedMonth: month });
  const county = (period: { from: string; to: string }, rs: MonitoringRecord[]) => monitoringRollup({ records: rs }, { asOf: ASOF, period }).rows[0]!;

  it('counts the months from and to themselves, and nothing outside', () => {
    const rs = ['2021-02', '2021-03', '2021-06', '2021-07'].map(identified);
    expect(county({ from: '2021-03', to: '2021-06' }, rs).identifiedInPeriod).toBe(2);
    expect(county({ from: '2021-02', to: '2021-07' }, rs).identifiedInPeriod).toBe(4);
  });

  it('a one-month period is allowed and counts that month', () => {
    expect(county({ from: '2021-03', to: '2021-03' }, ['2021-02', '2021-03', '2021-04'].map(identified)).identifiedInPeriod).toBe(1);
  });

  it('an elimination counts in the period of its own month, not of the identification', () => {
    const eliminated = (month: string) =>
      record({ householdId: `E-${month}`, riskIdentifiedMonth: '2021-03', state: 'risk-eliminated', elimination: { way: 'natural', month } });
    const row = county({ from: '2021-01', to: '2021-06' }, [eliminated('2021-06'), eliminated('2021-07')]);
    expect([row.eliminated, row.identifiedInPeriod, row.eliminatedInPeriod]).toEqual([2, 2, 1]);
  });

  it('gives back the period it counted', () => {
    expect(monitoringRollup({ records: [] }, { asOf: ASOF, period: { from: '2021-01', to: '2021-06' } }).period).toEqual({ from: '2021-01', to: '2021-06' });
    expect(monitoringRollup({ records: [] }, { asOf: ASOF }).period).toBeNull();
  });

  it('refuses a bad month at either end alone, and from after to', () => {
    const refused = (from: string, to: string) => code(() => monitoringRollup({ records: [] }, { asOf: ASOF, period: { from, to } }));
    expect(refused('2021-13', '2021-12')).toBe('monitoring/invalid-period');
    expect(refused('2021-01', '2021-1')).toBe('monitoring/invalid-period');
    expect(refused('2021-02', '2021-01')).toBe('monitoring/invalid-period');
    expect(refused('2021-01', '2021-01')).toBe('no error');
  });
});

describe('monitoringRollup: long monitoring', () => {
  const since = (month: string, state: MonitoringRecord['state'] = 'under-assistance') =>
    record({
      householdId: `L-${month}-${state}`,
      firstIdentifiedMonth: month,
      riskIdentifiedMonth: month,
      state,
      ...(state === 'risk-eliminated' ? { elimination: { way: 'natural' as const, month: '2021-12' } } : {}),
    });

  it('counts more than N whole months, not N', () => {
    // to 2021-12: 2021-06 is 6 months, 2021-05 is 7
    const r = monitoringRollup({ records: [since('2021-06'), since('2021-05')] }, { asOf: ASOF, longerThanMonths: 6 });
    expect(r.rows[0]!.longMonitored).toBe(1);
    expect(r.longMonitored.map((x) => x.months)).toEqual([7]);
  });

  it('0 months is allowed: every open record identified before this month', () => {
    const r = monitoringRollup({ records: [since('2021-12'), since('2021-11')] }, { asOf: ASOF, longerThanMonths: 0 });
    expect(r.longerThanMonths).toBe(0);
    expect(r.longMonitored.map((x) => x.months)).toEqual([1]);
  });

  it('counts open records only: not an eliminated or a rejected one', () => {
    const r = monitoringRollup({ records: [since('2020-01', 'risk-eliminated'), since('2020-01', 'not-included'), since('2020-01', 'identified')] }, { asOf: ASOF, longerThanMonths: 3 });
    expect(r.longMonitored).toEqual([{ householdId: 'L-2020-01-identified', villageCode: V1, state: 'identified', months: 23 }]);
  });

  it('lists no one when not asked', () => {
    const r = monitoringRollup({ records: [since('2020-01')] }, { asOf: ASOF });
    expect([r.longerThanMonths, r.rows[0]!.longMonitored, r.longMonitored]).toEqual([null, null, []]);
  });

  it('lists by village, then household, whatever the order of the records', () => {
    const a = record({ householdId: 'B', villageCode: V1, firstIdentifiedMonth: '2020-01', riskIdentifiedMonth: '2020-01' });
    const b = record({ householdId: 'A', villageCode: V2, firstIdentifiedMonth: '2020-01', riskIdentifiedMonth: '2020-01' });
    const c = record({ householdId: 'A', villageCode: V1, firstIdentifiedMonth: '2020-01', riskIdentifiedMonth: '2020-01' });
    const r = monitoringRollup({ records: [b, a, c] }, { asOf: ASOF, longerThanMonths: 3 });
    expect(r.longMonitored.map((x) => `${x.villageCode}/${x.householdId}`)).toEqual([`${V1}/A`, `${V1}/B`, `${V2}/A`]);
  });
});

describe('monitoringRollup: refusals', () => {
  it('a negative or fractional number of months', () => {
    expect(code(() => monitoringRollup({ records: [] }, { asOf: ASOF, longerThanMonths: -1 }))).toBe('monitoring/invalid-months');
    expect(code(() => monitoringRollup({ records: [] }, { asOf: ASOF, longerThanMonths: 2.5 }))).toBe('monitoring/invalid-months');
  });

  it('a record or assessment whose code is not a village’s', () => {
    for (const villageCode of ['522601101', '522601101000', '52260110120', '5226011012AB']) {
      expect(code(() => monitoringRollup({ records: [{ ...record(), villageCode }] }, { asOf: ASOF })), villageCode).toBe('monitoring/invalid-village-code');
      expect(code(() => monitoringRollup({ records: [], assessments: [{ ...screen('X'), villageCode }] }, { asOf: ASOF })), villageCode).toBe(
        'monitoring/invalid-village-code',
      );
    }
  });
});

describe('monitoringRollup: 帮扶未到位 and 应纳未纳', () => {
  it('a decided record with no measure is not listed without an assessment, nor when no test is unmet', () => {
    const decided = record({ householdId: 'C', state: 'county-decided' });
    expect(monitoringRollup({ records: [decided] }, { asOf: ASOF }).assistanceMissing).toEqual([]);
    const r = monitoringRollup({ records: [decided], assessments: [screen('C', V1, decided)] }, { asOf: ASOF });
    expect([r.assistanceMissing, r.rows[0]!.assistanceMissing]).toEqual([[], 0]);
  });

  it('lists 应纳未纳 by village, then household, whatever the order of the assessments', () => {
    const assessments = [screen('B', V2, record({ householdId: 'B', villageCode: V2, ...poor })), screen('C', V1), screen('A', V2)];
    const r = monitoringRollup({ records: [], assessments }, { asOf: ASOF });
    expect(r.notInRegister.map((x) => `${x.villageCode}/${x.householdId}`)).toEqual([`${V1}/C`, `${V2}/A`, `${V2}/B`]);
  });

  it('lists 帮扶未到位 by village, then household, whatever the order of the records', () => {
    const decided = (id: string, villageCode: string) => record({ householdId: id, villageCode, state: 'county-decided', ...poor });
    const records = [decided('B', V2), decided('C', V1), decided('A', V2)];
    const assessments = records.map((r) => screen(r.householdId, r.villageCode, r));
    const r = monitoringRollup({ records, assessments }, { asOf: ASOF });
    expect(r.assistanceMissing.map((x) => `${x.villageCode}/${x.householdId}`)).toEqual([`${V1}/C`, `${V2}/A`, `${V2}/B`]);
  });
});
