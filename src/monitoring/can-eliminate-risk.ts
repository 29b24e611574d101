import type { CalendarDate } from '../calendar/calendar-date';
import { chinaDate } from '../calendar/china-date';
import type { Household } from '../household/schema';
import { defaultPolicy } from '../policy/default-policy';
import { combineStatuses } from '../reasons/combine-statuses';
import type { Check, CheckStatus } from '../reasons/types';
import { evaluate, type AssessMonitoringOptions } from './assess-monitoring';
import { monthOf, monthsBetween } from './month';
import { monitoringReason } from './reasons';
import type { MonitoringRecord } from './schema';

/** The checks of risk elimination, in order. 风险消除的检查项。 */
export const ELIMINATION_CHECK_NAMES = ['state', 'income', 'basicNeeds', 'water', 'observation'] as const;
export type EliminationCheckName = (typeof ELIMINATION_CHECK_NAMES)[number];

/**
 * The verdict of {@link canEliminateRisk}: `eliminable` only when every check is `met`.
 * 风险消除判定结果：全部检查 met 时才可消除。
 */
export interface EliminationAssessment {
  readonly householdId: string;
  readonly asOf: CalendarDate;
  readonly status: CheckStatus;
  readonly eliminable: boolean;
  readonly checks: Readonly<Record<EliminationCheckName, Check>>;
}

const OPEN = new Set(['county-decided', 'under-assistance']);
const NOT_DECIDED = new Set(['identified', 'village-reviewed', 'township-checked']);

/**
 * 风险消除: whether a monitored household's risk may be eliminated on `asOf`. Checks: the record is
 * decided by the county and not closed (`state`); per-capita income not below the line in force
 * (`income`, the same test as {@link assessMonitoring}); 两不愁三保障 assured (`basicNeeds`); safe
 * water (`water`); and the household monitored for at least the policy's `observationMonths`
 * since the risk identification month (`observation`). The observation period has no default:
 * with none set, `observation` is `unknown` (`monitoring/observation-unset`) and the verdict
 * cannot be `met`. Rules and sources: docs/monitoring.md.
 *
 * 风险消除判定：记录已经县级确定且未结束；收入不低于监测范围；两不愁三保障及饮水安全有保障；监测时长不少于
 * 政策设定的观察期（无默认值，未设定时为 unknown）。
 *
 * @param household - a validated household record
 * @param record - its monitoring record
 * @param options - `asOf` and an optional `policy`
 * @returns `{ householdId, asOf, status, eliminable, checks }`
 * @throws {InvalidDateError} `date/invalid` when `asOf` is not a valid date
 * @throws {DomainError} `monitoring/household-mismatch` when the record is another household's
 * @example
 * const r = canEliminateRisk(household, record, { asOf: '2021-12-31', policy });
 * r.checks.observation.reasons[0].code //=> 'monitoring/observation-unset'
 * r.eliminable //=> false
 */
export function canEliminateRisk(household: Household, record: MonitoringRecord, options: AssessMonitoringOptions): EliminationAssessment {
  const day = chinaDate(options?.asOf);
  const policy = options?.policy ?? defaultPolicy;
  const { assessment, rule } = evaluate(household, record, day, policy);

  const stateCode = OPEN.has(record.state) ? 'monitoring/record-open' : NOT_DECIDED.has(record.state) ? 'monitoring/record-not-decided' : 'monitoring/record-closed';
  const state: Check = { status: OPEN.has(record.state) ? 'met' : 'unmet', reasons: [monitoringReason(stateCode, ['state'], { state: record.state })] };

  let observation: Check;
  const required = rule?.observationMonths ?? null;
  if (required === null) {
    observation = { status: 'unknown', reasons: [monitoringReason('monitoring/observation-unset', [])] };
  } else {
    const months = monthsBetween(record.riskIdentifiedMonth, monthOf(day));
    const passed = months >= required;
    observation = {
      status: passed ? 'met' : 'unmet',
      reasons: [monitoringReason(passed ? 'monitoring/observation-passed' : 'monitoring/observation-short', ['riskIdentifiedMonth'], { from: record.riskIdentifiedMonth, months, required })],
    };
  }

  const checks = { state, income: assessment.checks.income, basicNeeds: assessment.checks.basicNeeds, water: assessment.checks.water, observation };
  const status = combineStatuses(ELIMINATION_CHECK_NAMES.map((name) => checks[name].status));
  return { householdId: household.id, asOf: day, status, eliminable: status === 'met', checks };
}
