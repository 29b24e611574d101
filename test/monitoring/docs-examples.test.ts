import { describe, expect, it } from 'vitest';
import { applyMonitoringEvent, assessMonitoring, canEliminateRisk, definePolicy, monitoringRollup, MonitoringRecordSchema, type MonitoringRecord } from '../../src/index';
import { household as makeHousehold } from '../household/fixtures';

// The examples of docs/monitoring.md and of the JSDoc of src/monitoring/, run as written.
const household = makeHousehold();
const policy = definePolicy({
  monitoringLines: [{ province: '52', year: 2021, yuan: 8000, source: '示例数字，非真实监测范围 / test figure' }],
});
const record: MonitoringRecord = MonitoringRecordSchema.parse({
  householdId: 'H-0001',
  villageCode: '522601101201',
  type: 'marginal',
  risks: [{ type: 'illness' }],
  firstIdentifiedMonth: '2021-03',
  riskIdentifiedMonth: '2021-03',
  foundBy: 'cadre-screening',
  state: 'identified',
  twelveMonths: { through: '2021-05', netIncome: 23999.99, compliantMedicalSpending: 3000, otherRigidSpending: 1000 },
});

describe('docs/monitoring.md examples', () => {
  it('identification', () => {
    const a = assessMonitoring(household, record, { asOf: '2021-06-15', policy });
    expect(a.checks.income.status).toBe('unmet');
    expect(a.checks.income.reasons[0]!.message['zh-CN']).toBe(
      '截至 2021-05 的近 12 个月家庭纯收入 23999.99 元，3 人，人均约 7999.99 元，低于52 省 2021 年监测范围 8000 元（未核实）',
    );
    expect(a.checks.drop.reasons[0]!.code).toBe('monitoring/drop-share-unset');
    expect(a.shouldBeMonitored).toBe(true);
    expect(assessMonitoring(household, record, { asOf: '2021-06-15' }).checks.income.reasons[0]!.code).toBe('monitoring/no-province-line');
  });

  it('workflow', () => {
    expect(applyMonitoringEvent(record, { type: 'village-review', at: '2021-05-10', by: '王五' }).ok).toBe(true);
    expect(applyMonitoringEvent({ ...record, state: 'township-checked', recordedBy: '李四' }, { type: 'county-decision', at: '2021-05-20', by: '李四' })).toEqual({
      ok: false,
      error: {
        code: 'monitoring/recorder-decides',
        message: { 'zh-CN': '李* 是该户的信息采集人，不能作出「县确定」决定', en: "李* recorded this household's data and cannot make the county-decision decision" },
      },
    });
  });

  it('risk elimination', () => {
    expect(canEliminateRisk(household, { ...record, state: 'under-assistance' }, { asOf: '2021-12-31', policy }).checks.observation.reasons[0]!.code).toBe(
      'monitoring/observation-unset',
    );
    const six = definePolicy({ monitoringRule: { basis: 'province-line', spendingOverIncome: { numerator: 1, denominator: 1 }, observationMonths: 6 } }, policy);
    expect(
      canEliminateRisk(household, { ...record, state: 'under-assistance', twelveMonths: { through: '2021-08', netIncome: 30000 } }, { asOf: '2021-09-01', policy: six }).eliminable,
    ).toBe(true);
  });

  it('the JSDoc of assessMonitoring and canEliminateRisk', () => {
    const jsdocPolicy = definePolicy({ monitoringLines: [{ province: '52', year: 2021, yuan: 8000, source: 'test figure' }] });
    const r = { ...record, twelveMonths: { through: '2021-05', netIncome: 24000 } };
    const a = assessMonitoring(household, r, { asOf: '2021-06-15', policy: jsdocPolicy });
    expect(a.checks.income.status).toBe('met');
    expect(a.checks.income.reasons[0]!.code).toBe('monitoring/income-not-below-line');
    expect(assessMonitoring(household, r, { asOf: '2021-06-15' }).checks.income.reasons[0]!.code).toBe('monitoring/no-province-line');
    const e = canEliminateRisk(household, r, { asOf: '2021-12-31', policy: jsdocPolicy });
    expect(e.checks.observation.reasons[0]!.code).toBe('monitoring/observation-unset');
    expect(e.eliminable).toBe(false);
  });

  it('the JSDoc of monitoringRollup', () => {
    const assisted = { ...record, state: 'under-assistance' as const, measures: [{ kind: 'health' as const, startedOn: '2021-04-01' }] };
    const eliminated = { ...record, householdId: 'H-0002', state: 'risk-eliminated' as const, elimination: { way: 'natural' as const, month: '2021-09' } };
    const r = monitoringRollup({ records: [assisted, eliminated] }, { asOf: '2021-12-31', period: { from: '2021-01', to: '2021-12' } });
    expect(r.rows.map((row) => row.code)).toEqual(['522601', '522601101', '522601101201']);
    expect(r.rows[0]!.eliminationRate).toEqual({ numerator: 1, denominator: 2, percent: 50 });
    expect(r.rows[0]!.eliminatedInPeriod).toBe(1);
  });
});
