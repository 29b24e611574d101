import { yuan as shownYuan } from '../reasons/format';
import type { Evidence, MessageCatalog } from '../reasons/types';
import { MONITORING_EVENT_ZH, MONITORING_STATE_ZH } from './labels';

// Reason and refusal codes of 防止返贫监测 (identification, risk elimination, workflow), with their
// messages in every locale. Evidence holds masked personal data only (actors through maskName).
// 防返贫监测的理由代码与流程拒绝代码及中英文消息模板；证据中的人名均已脱敏。

type E = Evidence;

// A value not recorded (null or absent) is said to be so in each language, never printed as
// nothing: a formatter never hides a missing value (src/reasons/format.ts).
const text = (v: unknown): string => (v === null || v === undefined ? '未记录' : Array.isArray(v) ? v.join(', ') : String(v));
const textEn = (v: unknown): string => (v === null || v === undefined ? 'not recorded' : Array.isArray(v) ? v.join(', ') : String(v));
const zhList = (v: unknown): string => (Array.isArray(v) ? v.join('、') : text(v));
const ratio = (v: unknown): string => (Array.isArray(v) ? `${v[0]}/${v[1]}` : text(v));
const ratioEn = (v: unknown): string => (Array.isArray(v) ? `${v[0]}/${v[1]}` : textEn(v));
/** Yuan for display only (the verdict was reached in fen): whole yuan bare, otherwise two decimals, from integer fen. */
// Stryker disable next-line LogicalOperator: `Number.isFinite` is false for every value that is not a number, so `typeof v === 'number' || Number.isFinite(v)` sends NaN and ±Infinity to `shownYuan`, which prints them by `String`, as `text` does
const yuan = (v: unknown): string => (typeof v === 'number' && Number.isFinite(v) ? shownYuan(v) : text(v));
// Stryker disable next-line LogicalOperator: as for `yuan` above
const yuanEn = (v: unknown): string => (typeof v === 'number' && Number.isFinite(v) ? shownYuan(v) : textEn(v));
const zhLabel = (labels: Readonly<Record<string, string>>, v: unknown): string => labels[text(v)] ?? text(v);

/** Where the income figure came from, in words. */
const incomeFrom = (e: E): string =>
  e.incomeSource === 'twelve-months' ? `截至 ${text(e.through)} 的近 12 个月` : `户表 ${text(e.incomeYear)} 年`;
const incomeFromEn = (e: E): string =>
  e.incomeSource === 'twelve-months' ? `over the 12 months to ${textEn(e.through)}` : `for ${textEn(e.incomeYear)} in the register`;
/** Which line was applied, in words. */
const lineZh = (e: E): string =>
  e.basis === 'province-line'
    ? `${text(e.province)} 省 ${text(e.year)} 年监测范围 ${yuan(e.lineYuan)} 元${e.confirmed === false ? '（未核实）' : ''}`
    : `监测线约 ${yuan(e.lineYuan)} 元（${text(e.year)} 年贫困线 ${yuan(e.povertyLineYuan)} 元的 ${ratio(e.incomeMultiple)} 倍）`;
const lineEn = (e: E): string =>
  e.basis === 'province-line'
    ? `province ${textEn(e.province)}'s monitoring line for ${textEn(e.year)} of ${yuanEn(e.lineYuan)} yuan${e.confirmed === false ? ' (unconfirmed)' : ''}`
    : `the monitoring line of about ${yuanEn(e.lineYuan)} yuan (${ratioEn(e.incomeMultiple)} × the ${textEn(e.year)} poverty line of ${yuanEn(e.povertyLineYuan)} yuan)`;

/**
 * The reason and refusal codes of the monitoring concept and their messages in every locale.
 * 防返贫监测的理由与拒绝代码及中英文消息模板。
 *
 * @example
 * MONITORING_MESSAGES['monitoring/observation-unset']['zh-CN']({}) //=> '政策未设定风险消除观察期（无默认值），无法判断观察期是否已满'
 */
export const MONITORING_MESSAGES = {
  // identification 识别
  'monitoring/no-rule': {
    'zh-CN': (e) => `${text(e.asOf)} 没有生效的防返贫监测认定口径`,
    en: (e) => `the policy has no monitoring rule in force on ${textEn(e.asOf)}`,
  },
  'monitoring/income-missing': {
    'zh-CN': () => '未记录近 12 个月家庭纯收入，户表中也没有收入，无法判断是否低于监测范围',
    en: () => 'no income over the 12 months is recorded and the register has none: the monitoring line cannot be checked',
  },
  'monitoring/no-national-line': {
    'zh-CN': (e) => `政策表中没有 ${text(e.year)} 年的全国贫困线，无法计算 2020 年口径的监测线`,
    en: (e) => `the policy has no national poverty line for ${textEn(e.year)}: the 2020-rule monitoring line cannot be computed`,
  },
  'monitoring/no-province-line': {
    'zh-CN': (e) => `政策表中没有 ${text(e.province)} 省 ${text(e.year)} 年的监测范围（monitoringLines），无法判断收入`,
    en: (e) => `the policy has no monitoring line for province ${textEn(e.province)} in ${textEn(e.year)} (monitoringLines): income cannot be judged`,
  },
  'monitoring/income-below-line': {
    'zh-CN': (e) =>
      `${incomeFrom(e)}家庭纯收入 ${yuan(e.netIncomeYuan)} 元，${text(e.members)} 人，人均约 ${yuan(e.perCapitaYuan)} 元，低于${lineZh(e)}`,
    en: (e) =>
      `net income ${incomeFromEn(e)} of ${yuanEn(e.netIncomeYuan)} yuan for ${textEn(e.members)} persons (about ${yuanEn(e.perCapitaYuan)} yuan each) is below ${lineEn(e)}`,
  },
  'monitoring/income-not-below-line': {
    'zh-CN': (e) =>
      `${incomeFrom(e)}家庭纯收入 ${yuan(e.netIncomeYuan)} 元，${text(e.members)} 人，人均约 ${yuan(e.perCapitaYuan)} 元，不低于${lineZh(e)}`,
    en: (e) =>
      `net income ${incomeFromEn(e)} of ${yuanEn(e.netIncomeYuan)} yuan for ${textEn(e.members)} persons (about ${yuanEn(e.perCapitaYuan)} yuan each) is not below ${lineEn(e)}`,
  },
  'monitoring/spending-missing': {
    'zh-CN': () => '未记录近 12 个月合规自付医疗支出和其他刚性支出，无法检查支出',
    en: () => 'no compliant out-of-pocket medical spending or other rigid spending over the 12 months is recorded: spending cannot be checked',
  },
  'monitoring/spending-leaves-below-line': {
    'zh-CN': (e) =>
      `近 12 个月家庭纯收入 ${yuan(e.netIncomeYuan)} 元扣除合规自付医疗支出 ${yuan(e.medicalYuan)} 元和其他刚性支出 ${yuan(e.otherYuan)} 元后，人均约 ${yuan(e.perCapitaYuan)} 元，低于${lineZh(e)}`,
    en: (e) =>
      `net income over the 12 months of ${yuanEn(e.netIncomeYuan)} yuan, less ${yuanEn(e.medicalYuan)} yuan of compliant out-of-pocket medical spending and ${yuanEn(e.otherYuan)} yuan of other rigid spending, leaves about ${yuanEn(e.perCapitaYuan)} yuan each, below ${lineEn(e)}`,
  },
  'monitoring/spending-leaves-not-below-line': {
    'zh-CN': (e) =>
      `近 12 个月家庭纯收入 ${yuan(e.netIncomeYuan)} 元扣除合规自付医疗支出 ${yuan(e.medicalYuan)} 元和其他刚性支出 ${yuan(e.otherYuan)} 元后，人均约 ${yuan(e.perCapitaYuan)} 元，不低于${lineZh(e)}`,
    en: (e) =>
      `net income over the 12 months of ${yuanEn(e.netIncomeYuan)} yuan, less ${yuanEn(e.medicalYuan)} yuan of compliant out-of-pocket medical spending and ${yuanEn(e.otherYuan)} yuan of other rigid spending, leaves about ${yuanEn(e.perCapitaYuan)} yuan each, not below ${lineEn(e)}`,
  },
  'monitoring/spending-above-income': {
    'zh-CN': (e) =>
      `刚性支出 ${yuan(e.spendingYuan)} 元（合规自付医疗 ${yuan(e.medicalYuan)} 元、其他 ${yuan(e.otherYuan)} 元）超过家庭纯收入 ${yuan(e.netIncomeYuan)} 元的 ${ratio(e.spendingOverIncome)} 倍`,
    en: (e) =>
      `rigid spending of ${yuanEn(e.spendingYuan)} yuan (${yuanEn(e.medicalYuan)} compliant out-of-pocket medical, ${yuanEn(e.otherYuan)} other) exceeds ${ratioEn(e.spendingOverIncome)} × the net income of ${yuanEn(e.netIncomeYuan)} yuan`,
  },
  'monitoring/spending-not-above-income': {
    'zh-CN': (e) =>
      `刚性支出 ${yuan(e.spendingYuan)} 元（合规自付医疗 ${yuan(e.medicalYuan)} 元、其他 ${yuan(e.otherYuan)} 元）未超过家庭纯收入 ${yuan(e.netIncomeYuan)} 元的 ${ratio(e.spendingOverIncome)} 倍`,
    en: (e) =>
      `rigid spending of ${yuanEn(e.spendingYuan)} yuan (${yuanEn(e.medicalYuan)} compliant out-of-pocket medical, ${yuanEn(e.otherYuan)} other) does not exceed ${ratioEn(e.spendingOverIncome)} × the net income of ${yuanEn(e.netIncomeYuan)} yuan`,
  },
  'monitoring/drop-share-unset': {
    'zh-CN': () => '政策未设定收入骤降比例（无默认值），未检查收入骤降',
    en: () => 'the policy sets no income-drop share (it has no default): the sharp-drop check was not made',
  },
  'monitoring/previous-income-missing': {
    'zh-CN': () => '未记录上一个 12 个月的家庭纯收入，无法检查收入骤降',
    en: () => 'no net income for the 12 months before is recorded: the sharp-drop check cannot be made',
  },
  'monitoring/previous-income-not-positive': {
    'zh-CN': (e) => `上一个 12 个月家庭纯收入为 ${yuan(e.previousNetIncomeYuan)} 元，不为正，不存在收入骤降`,
    en: (e) => `net income over the 12 months before was ${yuanEn(e.previousNetIncomeYuan)} yuan, not positive: there is no drop to measure`,
  },
  'monitoring/sharp-drop': {
    'zh-CN': (e) =>
      `家庭纯收入由上一个 12 个月的 ${yuan(e.previousNetIncomeYuan)} 元降至 ${yuan(e.netIncomeYuan)} 元，降幅不低于 ${ratio(e.incomeDropShare)}`,
    en: (e) =>
      `net income fell from ${yuanEn(e.previousNetIncomeYuan)} yuan over the 12 months before to ${yuanEn(e.netIncomeYuan)} yuan, a drop of at least ${ratioEn(e.incomeDropShare)}`,
  },
  'monitoring/no-sharp-drop': {
    'zh-CN': (e) =>
      `家庭纯收入由上一个 12 个月的 ${yuan(e.previousNetIncomeYuan)} 元变为 ${yuan(e.netIncomeYuan)} 元，降幅低于 ${ratio(e.incomeDropShare)}`,
    en: (e) =>
      `net income went from ${yuanEn(e.previousNetIncomeYuan)} yuan over the 12 months before to ${yuanEn(e.netIncomeYuan)} yuan, a drop of less than ${ratioEn(e.incomeDropShare)}`,
  },
  'monitoring/basic-needs-met': {
    'zh-CN': () => '两不愁三保障（不愁吃、不愁穿、义务教育、基本医疗、住房安全）均有保障',
    en: () => 'food, clothing, compulsory education, basic medical care and safe housing are all assured',
  },

  // risk elimination 风险消除
  'monitoring/record-open': {
    'zh-CN': (e) => `监测记录状态为「${zhLabel(MONITORING_STATE_ZH, e.state)}」，可以考虑风险消除`,
    en: (e) => `the monitoring record is ${textEn(e.state)}: its risk may be considered for elimination`,
  },
  'monitoring/record-not-decided': {
    'zh-CN': (e) => `监测记录状态为「${zhLabel(MONITORING_STATE_ZH, e.state)}」，尚未经县级确定纳入监测，不能消除风险`,
    en: (e) => `the monitoring record is ${textEn(e.state)}: not yet decided by the county, its risk cannot be eliminated`,
  },
  'monitoring/record-closed': {
    'zh-CN': (e) => `监测记录状态为「${zhLabel(MONITORING_STATE_ZH, e.state)}」，已结束`,
    en: (e) => `the monitoring record is ${textEn(e.state)}: it is closed`,
  },
  'monitoring/observation-unset': {
    'zh-CN': () => '政策未设定风险消除观察期（无默认值），无法判断观察期是否已满',
    en: () => 'the policy sets no observation period for risk elimination (it has no default): whether it has passed cannot be judged',
  },
  'monitoring/observation-passed': {
    'zh-CN': (e) => `自风险识别（${text(e.from)}）起已监测 ${text(e.months)} 个月，不少于观察期 ${text(e.required)} 个月`,
    en: (e) => `monitored for ${textEn(e.months)} months since the risk was identified (${textEn(e.from)}), at least the observation period of ${textEn(e.required)} months`,
  },
  'monitoring/observation-short': {
    'zh-CN': (e) => `自风险识别（${text(e.from)}）起仅监测 ${text(e.months)} 个月，不足观察期 ${text(e.required)} 个月`,
    en: (e) => `monitored for only ${textEn(e.months)} months since the risk was identified (${textEn(e.from)}), less than the observation period of ${textEn(e.required)} months`,
  },

  // workflow refusals 流程拒绝
  'monitoring/invalid-event': {
    'zh-CN': (e) => `事件格式无效（字段：${zhList(e.fields)}）`,
    en: (e) => `the event is not valid (fields: ${textEn(e.fields)})`,
  },
  'monitoring/unexpected-field': {
    'zh-CN': (e) => `「${zhLabel(MONITORING_EVENT_ZH, e.type)}」事件不能带字段 ${text(e.field)}`,
    en: (e) => `a ${textEn(e.type)} event cannot carry the field ${textEn(e.field)}`,
  },
  'monitoring/transition-not-allowed': {
    'zh-CN': (e) => `状态为「${zhLabel(MONITORING_STATE_ZH, e.state)}」的监测记录不能执行「${zhLabel(MONITORING_EVENT_ZH, e.type)}」`,
    en: (e) => `a monitoring record that is ${textEn(e.state)} cannot take a ${textEn(e.type)} event`,
  },
  'monitoring/event-before-last': {
    'zh-CN': (e) => `事件日期 ${text(e.at)} 早于上一事件日期 ${text(e.last)}`,
    en: (e) => `the event is dated ${textEn(e.at)}, before the last event on ${textEn(e.last)}`,
  },
  'monitoring/event-before-identification': {
    'zh-CN': (e) => `事件日期 ${text(e.at)} 早于风险识别月份 ${text(e.month)}`,
    en: (e) => `the event is dated ${textEn(e.at)}, before the risk identification month ${textEn(e.month)}`,
  },
  'monitoring/measure-required': {
    'zh-CN': () => '落实帮扶措施须写明措施',
    en: () => 'an add-measure event needs the measure',
  },
  'monitoring/elimination-required': {
    'zh-CN': () => '风险消除须写明消除方式和月份',
    en: () => 'an eliminate-risk event needs the way and month of elimination',
  },
  'monitoring/no-measure-for-assisted': {
    'zh-CN': () => '没有任何帮扶措施，不能以「帮扶消除」方式消除风险',
    en: () => 'no assistance measure is recorded: the risk cannot be eliminated through assistance',
  },
  'monitoring/elimination-before-identification': {
    'zh-CN': (e) => `风险消除月份 ${text(e.month)} 早于风险识别月份 ${text(e.identified)}`,
    en: (e) => `the elimination month ${textEn(e.month)} is before the risk identification month ${textEn(e.identified)}`,
  },
  'monitoring/elimination-after-event': {
    'zh-CN': (e) => `风险消除月份 ${text(e.month)} 晚于事件日期 ${text(e.at)}`,
    en: (e) => `the elimination month ${textEn(e.month)} is after the event date ${textEn(e.at)}`,
  },
  'monitoring/household-required': {
    'zh-CN': () => '风险消除须提供该户户表记录，以检查收入和两不愁三保障',
    en: () => 'eliminating a risk needs the household record, to check income and the two assurances and three guarantees',
  },
  'monitoring/household-mismatch': {
    'zh-CN': (e) => `提供的户表记录（${text(e.household)}）与监测记录（${text(e.record)}）不是同一户`,
    en: (e) => `the household given (${textEn(e.household)}) is not the one of the monitoring record (${textEn(e.record)})`,
  },
  'monitoring/test-unmet': {
    'zh-CN': (e) => `以下检查未达标，不能消除风险：${zhList(e.testsZh)}`,
    en: (e) => `these tests are unmet, so the risk cannot be eliminated: ${textEn(e.tests)}`,
  },
  'monitoring/test-unknown': {
    'zh-CN': (e) => `以下检查无法判定，不能消除风险：${zhList(e.testsZh)}`,
    en: (e) => `these tests cannot be judged, so the risk cannot be eliminated: ${textEn(e.tests)}`,
  },
  'monitoring/recorder-decides': {
    'zh-CN': (e) => `${text(e.by)} 是该户的信息采集人，不能作出「${zhLabel(MONITORING_EVENT_ZH, e.type)}」决定`,
    en: (e) => `${textEn(e.by)} recorded this household's data and cannot make the ${textEn(e.type)} decision`,
  },
  'monitoring/reason-required': {
    'zh-CN': () => '不予纳入须说明理由',
    en: () => 'a reject event needs a reason',
  },
} as const satisfies MessageCatalog;

/** A reason or refusal code of the monitoring concept. 防返贫监测理由代码。 */
export type MonitoringReasonCode = keyof typeof MONITORING_MESSAGES;
