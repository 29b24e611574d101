import type { Household } from '../household/schema';
import { defaultPolicy } from '../policy/default-policy';
import type { Policy } from '../policy/schema';
import { maskIdentifier } from '../privacy/mask-identifier';
import { maskName } from '../privacy/mask-name';
import type { Evidence, Message } from '../reasons/types';
import { validate, type ValidationIssue } from '../validation/issues';
import { evaluate, MONITORING_TEST_NAMES_ZH } from './assess-monitoring';
import type { MonitoringReasonCode } from './messages';
import { monthOf } from './month';
import { monitoringReason } from './reasons';
import { MonitoringEventSchema, type MonitoringEventType, type MonitoringRecord, type MonitoringState } from './schema';

/**
 * Why a monitoring event was refused: a stable code and the message in every locale (names
 * masked); `issues` lists the schema problems of a malformed event (`monitoring/invalid-event`).
 * 监测流程事件被拒绝的原因：稳定代码与中英文消息（人名已脱敏）。
 */
export interface MonitoringError {
  readonly code: MonitoringRefusalCode;
  readonly message: Message;
  readonly issues?: readonly ValidationIssue[];
}

/** The refusal codes of {@link applyMonitoringEvent}. 流程拒绝代码。 */
export type MonitoringRefusalCode = Extract<
  MonitoringReasonCode,
  | 'monitoring/invalid-event'
  | 'monitoring/unexpected-field'
  | 'monitoring/transition-not-allowed'
  | 'monitoring/event-before-last'
  | 'monitoring/event-before-identification'
  | 'monitoring/measure-required'
  | 'monitoring/elimination-required'
  | 'monitoring/no-measure-for-assisted'
  | 'monitoring/elimination-before-identification'
  | 'monitoring/elimination-after-event'
  | 'monitoring/household-required'
  | 'monitoring/household-mismatch'
  | 'monitoring/test-unmet'
  | 'monitoring/test-unknown'
  | 'monitoring/recorder-decides'
  | 'monitoring/reason-required'
>;

/** The result of {@link applyMonitoringEvent}. 事件处理结果。 */
export type ApplyMonitoringEventResult =
  | { readonly ok: true; readonly record: MonitoringRecord }
  | { readonly ok: false; readonly error: MonitoringError };

/** Context of {@link applyMonitoringEvent}: what an `eliminate-risk` event is checked against. */
export interface ApplyMonitoringEventOptions {
  /** The household's register record: needed to eliminate a risk (its income and 两不愁三保障). */
  readonly household?: Household | undefined;
  /** The policy tables to apply (default {@link defaultPolicy}). */
  readonly policy?: Policy | undefined;
}

/** States each event may be applied in, and the state it leads to. */
const TRANSITIONS: Readonly<Record<MonitoringEventType, { readonly from: readonly MonitoringState[]; readonly to: MonitoringState }>> = {
  'village-review': { from: ['identified'], to: 'village-reviewed' },
  'township-check': { from: ['village-reviewed'], to: 'township-checked' },
  'county-decision': { from: ['township-checked'], to: 'county-decided' },
  'add-measure': { from: ['county-decided', 'under-assistance'], to: 'under-assistance' },
  'eliminate-risk': { from: ['county-decided', 'under-assistance'], to: 'risk-eliminated' },
  reject: { from: ['identified', 'village-reviewed', 'township-checked'], to: 'not-included' },
};

/** Fields each event type may carry beyond `type`, `at` and `by`. */
const FIELDS: Readonly<Record<MonitoringEventType, readonly ('measure' | 'elimination' | 'reason')[]>> = {
  'village-review': [],
  'township-check': [],
  'county-decision': [],
  'add-measure': ['measure'],
  'eliminate-risk': ['elimination'],
  reject: ['reason'],
};

/** Events that are decisions: the person who recorded the household's data may not make them. */
const DECISIONS: ReadonlySet<MonitoringEventType> = new Set(['county-decision', 'eliminate-risk']);

function refuse(code: MonitoringRefusalCode, evidence: Evidence = {}, issues?: readonly ValidationIssue[]): ApplyMonitoringEventResult {
  // Stryker disable next-line ArrayDeclaration: a refusal keeps only the code and message, so the path given to the catalog is discarded
  const { message } = monitoringReason(code, [], evidence);
  return { ok: false, error: issues === undefined ? { code, message } : { code, message, issues } };
}

/** Whether the event's `by` (already trimmed by TextSchema) names `person`, spaces aside (a record may be built by hand). */
const same = (by: string, person: string): boolean => by === person.trim();

/**
 * Applies one workflow event to a monitoring record and returns a new record, or the reason the
 * event is refused. Transitions: `village-review` 已识别 → 村评议; `township-check` → 乡镇审核;
 * `county-decision` → 县确定; `add-measure` on a decided record → 帮扶中 (the measure appended);
 * `eliminate-risk` on a decided record → 风险已消除; `reject` before the county decision → 未纳入
 * (needs a reason). Checks, in order: the event's shape (`MonitoringEventSchema`: it comes from
 * outside), fields the type does not take, the transition, the date (not before the last event,
 * not before the risk identification month), separation of duties (a decision is not made by the
 * record's 信息采集人 `recordedBy`), then the event's own requirements. `eliminate-risk` needs the
 * way and month, refuses 帮扶消除 without a measure, a month before identification or after the
 * event, and — with the household's record, which it requires — refuses while the income,
 * 两不愁三保障 or water test of {@link assessMonitoring} on the event's date is unmet or unknown.
 * The record is never mutated.
 * 对监测记录执行一个流程事件：返回新记录，或拒绝原因（稳定代码、中英文消息，人名脱敏）。
 *
 * @param record - a valid monitoring record (validate untrusted records with `MonitoringRecordSchema`)
 * @param event - the event, possibly from outside; validated here
 * @param options - the household (required for `eliminate-risk`) and the policy
 * @returns `{ ok: true, record }` or `{ ok: false, error: { code, message } }`
 * @throws never for a bad event: every refusal is a result (`InvalidDateError` only from a broken policy)
 * @example
 * applyMonitoringEvent(record, { type: 'village-review', at: '2021-05-10', by: '王五' })
 * //=> { ok: true, record: { ...record, state: 'village-reviewed', history: [{ type: 'village-review', at: '2021-05-10', by: '王五' }] } }
 * applyMonitoringEvent({ ...record, state: 'township-checked', recordedBy: '李四' }, { type: 'county-decision', at: '2021-05-20', by: '李四' })
 * //=> { ok: false, error: { code: 'monitoring/recorder-decides', message: { 'zh-CN': '李* 是该户的信息采集人，不能作出「县确定」决定', en: '…' } } }
 */
export function applyMonitoringEvent(
  record: MonitoringRecord,
  event: unknown,
  options: ApplyMonitoringEventOptions = {},
): ApplyMonitoringEventResult {
  const parsed = validate(MonitoringEventSchema, event);
  if (!parsed.ok) {
    const fields = [...new Set(parsed.issues.map((issue) => (issue.path.length === 0 ? 'event' : String(issue.path[0]))))];
    return refuse('monitoring/invalid-event', { fields }, parsed.issues);
  }
  const valid = parsed.value;
  const allowed = FIELDS[valid.type];
  for (const field of ['measure', 'elimination', 'reason'] as const) {
    if (valid[field] !== undefined && !allowed.includes(field)) return refuse('monitoring/unexpected-field', { type: valid.type, field });
  }

  const transition = TRANSITIONS[valid.type];
  if (!transition.from.includes(record.state)) return refuse('monitoring/transition-not-allowed', { state: record.state, type: valid.type });

  const last = record.history[record.history.length - 1]?.at;
  if (last !== undefined && valid.at < last) return refuse('monitoring/event-before-last', { at: valid.at, last });
  if (monthOf(valid.at) < record.riskIdentifiedMonth) {
    return refuse('monitoring/event-before-identification', { at: valid.at, month: record.riskIdentifiedMonth });
  }
  if (DECISIONS.has(valid.type) && record.recordedBy !== undefined && same(valid.by, record.recordedBy)) {
    return refuse('monitoring/recorder-decides', { by: maskName(valid.by), type: valid.type });
  }

  const history = [...record.history, valid];
  switch (valid.type) {
    case 'reject':
      if (valid.reason === undefined || valid.reason.trim() === '') return refuse('monitoring/reason-required');
      break;
    case 'add-measure':
      if (valid.measure === undefined) return refuse('monitoring/measure-required');
      return { ok: true, record: { ...record, state: transition.to, measures: [...record.measures, valid.measure], history } };
    case 'eliminate-risk': {
      const elimination = valid.elimination;
      if (elimination === undefined) return refuse('monitoring/elimination-required');
      if (elimination.way === 'assisted' && record.measures.length === 0) return refuse('monitoring/no-measure-for-assisted');
      if (elimination.month < record.riskIdentifiedMonth || elimination.month < record.firstIdentifiedMonth) {
        return refuse('monitoring/elimination-before-identification', { month: elimination.month, identified: record.riskIdentifiedMonth });
      }
      if (elimination.month > monthOf(valid.at)) return refuse('monitoring/elimination-after-event', { month: elimination.month, at: valid.at });
      const household = options.household;
      if (household === undefined) return refuse('monitoring/household-required');
      if (household.id !== record.householdId) {
        return refuse('monitoring/household-mismatch', { household: maskIdentifier(household.id), record: maskIdentifier(record.householdId) });
      }
      const { assessment } = evaluate(household, record, valid.at, options.policy ?? defaultPolicy);
      const tests = (['income', 'basicNeeds', 'water'] as const).filter((name) => assessment.checks[name].status !== 'met');
      const unmet = tests.filter((name) => assessment.checks[name].status === 'unmet');
      if (unmet.length > 0) return refuse('monitoring/test-unmet', { tests: unmet, testsZh: unmet.map((name) => MONITORING_TEST_NAMES_ZH[name]) });
      if (tests.length > 0) return refuse('monitoring/test-unknown', { tests, testsZh: tests.map((name) => MONITORING_TEST_NAMES_ZH[name]) });
      return { ok: true, record: { ...record, state: transition.to, elimination, history } };
    }
    // Stryker disable StringLiteral,ConditionalExpression: these cases only end the switch; an event type no case names falls through to the same return below
    case 'village-review':
    case 'township-check':
    case 'county-decision':
      break;
    // Stryker restore StringLiteral,ConditionalExpression
  }
  return { ok: true, record: { ...record, state: transition.to, history } };
}
