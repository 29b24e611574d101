import { applyMonitoringEvent, definePolicy, MonitoringRecordSchema, type MonitoringRecord, type MonitoringRecordInput, type Policy } from '../../src/index';
import { household } from '../household/fixtures';

export { household };

/** A test figure, not a real province's line: 8,000.00 yuan for Guizhou (52) in 2021. */
export const TEST_LINE = { province: '52', year: 2021, yuan: 8000, source: 'test figure, not a real line' } as const;

/** A policy under which the baseline household meets every test: a line, a drop share of 3/10. */
export const policy: Policy = definePolicy({
  name: 'monitoring-test',
  source: 'test figures',
  monitoringLines: [TEST_LINE],
  monitoring: [
    { from: '2020-01-01', value: { incomeMultiple: { numerator: 3, denominator: 2 }, incomeDropShare: { numerator: 3, denominator: 10 } }, source: 'test', confirmed: false },
  ],
});

/** The same policy with an observation period of `months` from 2021. */
export function withObservation(months: number, base: Policy = policy): Policy {
  return definePolicy(
    {
      monitoringRule: [
        { ...base.monitoringRule[0]! },
        { ...base.monitoringRule[1]!, value: { ...base.monitoringRule[1]!.value, observationMonths: months } },
      ],
    },
    base,
  );
}

/**
 * The monitoring record of the baseline household (H-0001, three members): 36,000 yuan over the
 * 12 months to 2021-05 (12,000 each), as much the 12 months before, 4,000 yuan of rigid spending.
 */
export function record(overrides: Partial<MonitoringRecordInput> = {}): MonitoringRecord {
  return MonitoringRecordSchema.parse({
    householdId: 'H-0001',
    villageCode: '522601101201',
    type: 'marginal',
    risks: [{ type: 'illness' }],
    firstIdentifiedMonth: '2021-03',
    riskIdentifiedMonth: '2021-03',
    foundBy: 'cadre-screening',
    state: 'identified',
    recordedBy: '赵六',
    twelveMonths: { through: '2021-05', netIncome: 36000, previousNetIncome: 36000, compliantMedicalSpending: 3000, otherRigidSpending: 1000 },
    ...overrides,
  });
}

/** The baseline record's 12 months with some figures replaced. */
export function months(overrides: Partial<NonNullable<MonitoringRecordInput['twelveMonths']>>): MonitoringRecordInput['twelveMonths'] {
  return { through: '2021-05', netIncome: 36000, previousNetIncome: 36000, compliantMedicalSpending: 3000, otherRigidSpending: 1000, ...overrides };
}

/** The refusal of an event that must be refused (throws when it is applied). */
export function refusal(r: MonitoringRecord, event: unknown, options: Parameters<typeof applyMonitoringEvent>[2] = { household: household(), policy }) {
  const result = applyMonitoringEvent(r, event, options);
  if (result.ok) throw new Error('expected a refusal');
  return result.error;
}
