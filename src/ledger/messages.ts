import { text as shown } from '../reasons/format';
import type { Evidence, MessageCatalog } from '../reasons/types';
import type { LedgerEventType, LedgerStatus } from './schema';

/** Chinese names of the statuses. 状态中文名。 */
export const LEDGER_STATUS_ZH: Readonly<Record<LedgerStatus, string>> = {
  open: '待整改',
  rectifying: '整改中',
  'awaiting-acceptance': '待验收',
  closed: '已销号',
};

/** Chinese names of the event types. 事件类型中文名。 */
export const LEDGER_EVENT_ZH: Readonly<Record<LedgerEventType, string>> = {
  start: '开始整改',
  submit: '提交验收',
  accept: '验收销号',
  reject: '退回整改',
  reopen: '重新打开',
  extend: '延期',
};

// Shared formatting: an absent key shows as `undefined` (never as an empty slot), so the catalog
// parity test catches a template reading a key its code never gets.
const text = (evidence: Evidence, key: string): string => shown(evidence[key], 'en');
const zhList = (evidence: Evidence, key: string): string => shown(evidence[key], 'zh-CN');

const statusZh = (evidence: Evidence): string => LEDGER_STATUS_ZH[text(evidence, 'status') as LedgerStatus] ?? text(evidence, 'status');
const eventZh = (evidence: Evidence): string => LEDGER_EVENT_ZH[text(evidence, 'type') as LedgerEventType] ?? text(evidence, 'type');

/**
 * The refusal codes of {@link applyEvent} and their messages in every locale. Evidence passed to
 * them never holds a raw personal name: actors are masked with `maskName` first.
 * 台账事件被拒绝时的代码及中英文消息模板；证据中的人名均已脱敏。
 *
 * @example
 * LEDGER_MESSAGES['ledger/evidence-required']['zh-CN']({}) //=> '提交验收须附整改佐证材料'
 */
export const LEDGER_MESSAGES = {
  'ledger/invalid-event': {
    'zh-CN': (e) => `事件格式无效（字段：${zhList(e, 'fields')}）`,
    en: (e) => `the event is not valid (fields: ${text(e, 'fields')})`,
  },
  'ledger/unexpected-deadline': {
    'zh-CN': (e) => `只有延期事件可以带新的整改时限，「${eventZh(e)}」事件不能带`,
    en: (e) => `only an extend event may carry a new deadline, not a ${text(e, 'type')} event`,
  },
  'ledger/transition-not-allowed': {
    'zh-CN': (e) => `状态为「${statusZh(e)}」的条目不能执行「${eventZh(e)}」`,
    en: (e) => `an entry that is ${text(e, 'status')} cannot take a ${text(e, 'type')} event`,
  },
  'ledger/event-before-last': {
    'zh-CN': (e) => `事件日期 ${text(e, 'at')} 早于上一事件（或建账）日期 ${text(e, 'last')}`,
    en: (e) => `the event is dated ${text(e, 'at')}, before the last event (or the opening) on ${text(e, 'last')}`,
  },
  'ledger/evidence-required': {
    'zh-CN': () => '提交验收须附整改佐证材料',
    en: () => 'submitting for acceptance needs evidence of the rectification',
  },
  'ledger/self-acceptance': {
    'zh-CN': (e) => `验收人 ${text(e, 'by')} 是该问题的责任人，不能自己验收销号`,
    en: (e) => `${text(e, 'by')} is the responsible person of this entry and cannot accept it`,
  },
  'ledger/reason-required': {
    'zh-CN': (e) => `「${eventZh(e)}」须说明理由`,
    en: (e) => `a ${text(e, 'type')} event needs a reason`,
  },
  'ledger/deadline-required': {
    'zh-CN': () => '延期须给出新的整改时限',
    en: () => 'an extension needs a new deadline',
  },
  'ledger/deadline-not-later': {
    'zh-CN': (e) => `新的整改时限 ${text(e, 'deadline')} 须晚于当前时限 ${text(e, 'current')}`,
    en: (e) => `the new deadline ${text(e, 'deadline')} must be later than the current one, ${text(e, 'current')}`,
  },
} as const satisfies MessageCatalog;

/** A stable refusal code of {@link applyEvent}. 台账事件拒绝代码。 */
export type LedgerErrorCode = keyof typeof LEDGER_MESSAGES;
