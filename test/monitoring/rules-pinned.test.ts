// Issue 17: the monitoring workflow and tests pinned where a mutation run of
// assess-monitoring.ts, apply-monitoring-event.ts and can-eliminate-risk.ts showed the tests let a
// change through. Written from the rules (boundaries, each refusal's evidence, each unknown
// branch's own code), not from the mutants.
import { describe, expect, it } from 'vitest';
import { applyMonitoringEvent, assessMonitoring, canEliminateRisk, definePolicy, type MonitoringEvent, type MonitoringRecord, type Policy } from '../../src/index';
import { household, months, policy, record, refusal, TEST_LINE, withObservation } from './fixtures';

const measure = { kind: 'health', startedOn: '2021-06-01' } as const;
const assisted = (overrides = {}) => record({ state: 'under-assistance', measures: [measure], ...overrides });
const eliminate = (month: string, at = '2021-10-20'): MonitoringEvent => ({ type: 'eliminate-risk', at, by: '钱七', elimination: { way: 'assisted', month } });


describe('applyMonitoringEvent: refusals carry their evidence and nothing else', () => {
  it('a refusal that is not about the event shape has no issues field at all', () => {
    const error = refusal(record(), { type: 'county-decision', at: '2021-03-10', by: '吴三' });
    expect(Object.keys(error).sort()).toEqual(['code', 'message']);
    expect(Object.keys(refusal(record(), { type: 'village-review', at: 'x', by: '孙一' })).sort()).toEqual(['code', 'issues', 'message']);
  });

  it('an event that is not an object names the event itself as the bad field', () => {
    expect(refusal(record(), 'village-review').message).toEqual({ 'zh-CN': '事件格式无效（字段：event）', en: 'the event is not valid (fields: event)' });
  });

  it('an event on the same day as the last one is accepted; one day earlier is refused', () => {
    const r = record({ state: 'village-reviewed', history: [{ type: 'village-review', at: '2021-03-10', by: '孙一' }] });
    expect(applyMonitoringEvent(r, { type: 'township-check', at: '2021-03-10', by: '周二' }).ok).toBe(true);
    expect(refusal(r, { type: 'township-check', at: '2021-03-09', by: '周二' }).code).toBe('monitoring/event-before-last');
  });

  it('an event in the identification month is accepted; the refusal before it names both dates', () => {
    expect(applyMonitoringEvent(record(), { type: 'village-review', at: '2021-03-01', by: '孙一' }).ok).toBe(true);
    expect(refusal(record(), { type: 'village-review', at: '2021-02-28', by: '孙一' }).message).toEqual({
      'zh-CN': '事件日期 2021-02-28 早于风险识别月份 2021-03',
      en: 'the event is dated 2021-02-28, before the risk identification month 2021-03',
    });
  });

  it('separation of duties: only decisions are refused to the recorder, compared without surrounding spaces', () => {
    const checked = record({ state: 'township-checked', recordedBy: '李四' });
    // another person decides; the recorder may review and check
    expect(applyMonitoringEvent(checked, { type: 'county-decision', at: '2021-05-20', by: '王五' }).ok).toBe(true);
    expect(applyMonitoringEvent(record({ state: 'village-reviewed', recordedBy: '李四' }), { type: 'township-check', at: '2021-03-20', by: '李四' }).ok).toBe(true);
    // a record built by hand (not parsed) with the recorder's name padded is still the same person
    const padded: MonitoringRecord = { ...checked, recordedBy: ' 李四 ' };
    expect(refusal(padded, { type: 'county-decision', at: '2021-05-20', by: '李四' }).code).toBe('monitoring/recorder-decides');
  });

  it('a rejection with a reason of spaces only is refused; with a reason it closes the record', () => {
    expect(refusal(record(), { type: 'reject', at: '2021-03-10', by: '孙一', reason: ' \t ' }).code).toBe('monitoring/reason-required');
    const result = applyMonitoringEvent(record(), { type: 'reject', at: '2021-03-10', by: '孙一', reason: '收入核实后高于监测范围' });
    expect(result.ok && result.record.state).toBe('not-included');
  });

  it('elimination in the identification month itself is allowed (not before it)', () => {
    // identified 2021-03, eliminated in 2021-03 on 2021-03-31: the month is not before identification
    const r = assisted({ riskIdentifiedMonth: '2021-03', firstIdentifiedMonth: '2021-03' });
    const result = applyMonitoringEvent(r, eliminate('2021-03', '2021-03-31'), { household: household(), policy });
    expect(result.ok && result.record.elimination).toEqual({ way: 'assisted', month: '2021-03' });
  });

  it('elimination before the first identification month is refused even when the risk month is earlier (a record built by hand)', () => {
    const r: MonitoringRecord = { ...assisted(), firstIdentifiedMonth: '2021-05', riskIdentifiedMonth: '2021-03' };
    expect(refusal(r, eliminate('2021-04')).code).toBe('monitoring/elimination-before-identification');
  });

  it('elimination in the event month is allowed; the month after is refused, naming both', () => {
    expect(applyMonitoringEvent(assisted(), eliminate('2021-10'), { household: household(), policy }).ok).toBe(true);
    expect(refusal(assisted(), eliminate('2021-11')).message).toEqual({
      'zh-CN': '风险消除月份 2021-11 晚于事件日期 2021-10-20',
      en: 'the elimination month 2021-11 is after the event date 2021-10-20',
    });
  });

  it('another household: the refusal names both identifiers, masked', () => {
    const error = refusal(assisted(), eliminate('2021-10'), { household: household({ id: '11010519491231002X' }), policy });
    expect(error.message.en).toBe('the household given (1101************2X) is not the one of the monitoring record (H-0001)');
  });

  it('a test that cannot be judged is named in both languages', () => {
    const error = refusal(assisted(), eliminate('2021-10'), { household: household(), policy: { ...policy, monitoringLines: [] } });
    expect(error.message).toEqual({
      'zh-CN': '以下检查无法判定，不能消除风险：收入不低于监测范围',
      en: 'these tests cannot be judged, so the risk cannot be eliminated: income',
    });
  });

  it('the three review steps move the record one state each and keep the event in the history', () => {
    const steps: [MonitoringEvent, MonitoringRecord['state']][] = [
      [{ type: 'village-review', at: '2021-03-10', by: '孙一' }, 'village-reviewed'],
      [{ type: 'township-check', at: '2021-03-20', by: '周二' }, 'township-checked'],
      [{ type: 'county-decision', at: '2021-04-01', by: '吴三' }, 'county-decided'],
    ];
    let r = record();
    for (const [event, state] of steps) {
      const result = applyMonitoringEvent(r, event);
      if (!result.ok) throw new Error(result.error.code);
      expect(result.record.state).toBe(state);
      expect(result.record.history.at(-1)).toEqual(event);
      r = result.record;
    }
  });
});

describe('assessMonitoring: each unknown has its own code and path', () => {
  const ASOF = '2021-06-15';

  it('no national line for the year (national multiple basis): income and spending unknown, naming the year', () => {
    // 2020's rule compares with 1.5 × the national line; a policy without 2020's line cannot judge
    const noNational: Policy = { ...policy, povertyLines: [] };
    const a = assessMonitoring(household(), record({ twelveMonths: months({}) }), { asOf: '2020-12-31', policy: noNational });
    expect(a.checks.income).toMatchObject({ status: 'unknown', reasons: [{ code: 'monitoring/no-national-line', path: [], evidence: { year: 2020 } }] });
  });

  it('the national basis is confirmed only when both the line and the multiple are confirmed', () => {
    const r = record({ twelveMonths: months({}) });
    const income = (p = policy) => assessMonitoring(household(), r, { asOf: '2020-12-31', policy: p }).checks.income.reasons[0]!.evidence;
    // the test policy's multiple is unconfirmed
    expect(income()).toMatchObject({ basis: 'national-multiple', confirmed: false });
    const confirmed = definePolicy({ monitoring: [{ ...policy.monitoring[0]!, confirmed: true }] }, policy);
    const line = income(confirmed);
    expect(line).toMatchObject({ basis: 'national-multiple' });
    expect(line.confirmed).toBe(policy.povertyLines.find((l) => l.year === 2020)!.confirmed === true);
  });

  it('the per-capita figure shown is the income divided by the members, rounded towards the verdict', () => {
    // 36,000.01 yuan for 3 members: 12,000.0033…, met, so shown rounded up as 12,000.01
    const e = assessMonitoring(household(), record({ twelveMonths: months({ netIncome: 36000.01 }) }), { asOf: ASOF, policy }).checks.income.reasons[0]!.evidence;
    expect(e).toMatchObject({ members: 3, perCapitaYuan: 12000.01 });
    // 23,999.99 for 3: 7,999.9966…, unmet, shown rounded down as 7,999.99
    const below = assessMonitoring(household(), record({ twelveMonths: { through: '2021-05', netIncome: 23999.99, previousNetIncome: 24000 } }), { asOf: ASOF, policy });
    expect(below.checks.income.reasons[0]!.evidence).toMatchObject({ perCapitaYuan: 7999.99 });
  });

  it('spending with only one of its two figures is unknown (spending-missing), at the 12 months', () => {
    for (const twelveMonths of [
      { through: '2021-05', netIncome: 36000, previousNetIncome: 36000, compliantMedicalSpending: 3000 },
      { through: '2021-05', netIncome: 36000, previousNetIncome: 36000, otherRigidSpending: 1000 },
    ]) {
      const s = assessMonitoring(household(), record({ twelveMonths }), { asOf: ASOF, policy }).checks.spending;
      expect(s).toMatchObject({ status: 'unknown', reasons: [{ code: 'monitoring/spending-missing', path: ['twelveMonths'] }] });
    }
  });

  it('the drop test without the 12 months income is unknown, at netIncome', () => {
    const d = assessMonitoring(household(), record({ twelveMonths: { through: '2021-05', previousNetIncome: 36000 } }), { asOf: ASOF, policy }).checks.drop;
    expect(d).toMatchObject({ status: 'unknown', reasons: [{ code: 'monitoring/income-missing', path: ['twelveMonths', 'netIncome'] }] });
  });

  it('the drop test carries the two incomes and the share as evidence', () => {
    const d = assessMonitoring(household(), record({ twelveMonths: months({ previousNetIncome: 60000 }) }), { asOf: ASOF, policy }).checks.drop;
    expect(d.reasons[0]).toMatchObject({ code: 'monitoring/sharp-drop', evidence: { previousNetIncomeYuan: 60000, netIncomeYuan: 36000, incomeDropShare: [3, 10] } });
    const zero = assessMonitoring(household(), record({ twelveMonths: months({ previousNetIncome: 0 }) }), { asOf: ASOF, policy }).checks.drop;
    expect(zero).toMatchObject({ status: 'met', reasons: [{ code: 'monitoring/previous-income-not-positive', path: ['twelveMonths', 'previousNetIncome'] }] });
  });
});

describe('canEliminateRisk: the state and observation checks', () => {
  it('names the state of the record, at state', () => {
    const r = canEliminateRisk(household(), assisted(), { asOf: '2021-12-31', policy });
    expect(r.checks.state).toEqual({ status: 'met', reasons: [expect.objectContaining({ code: 'monitoring/record-open', path: ['state'], evidence: { state: 'under-assistance' } })] });
    const closed = canEliminateRisk(household(), record({ state: 'risk-eliminated', elimination: { way: 'natural', month: '2021-09' } }), { asOf: '2021-12-31', policy });
    expect(closed.checks.state).toMatchObject({ status: 'unmet', reasons: [{ code: 'monitoring/record-closed' }] });
  });

  it('the observation period: met from exactly the months required, with the months as evidence', () => {
    // identified 2021-03; 6 months later is 2021-09
    const at = (asOf: string) => canEliminateRisk(household(), assisted(), { asOf, policy: withObservation(6) }).checks.observation;
    expect(at('2021-09-01')).toEqual({
      status: 'met',
      reasons: [expect.objectContaining({ code: 'monitoring/observation-passed', path: ['riskIdentifiedMonth'], evidence: { from: '2021-03', months: 6, required: 6 } })],
    });
    expect(at('2021-08-31')).toMatchObject({ status: 'unmet', reasons: [{ code: 'monitoring/observation-short', evidence: { months: 5, required: 6 } }] });
  });
});
