import { maskName } from '../privacy/mask-name';
import type { Evidence, Path, Reason } from '../reasons/types';
import { validate, type ValidationIssue } from '../validation/issues';
import { LEDGER_CATALOG } from './catalog';
import type { LedgerErrorCode } from './messages';
import { LedgerEventSchema, type LedgerEntry, type LedgerEvent, type LedgerEventType, type LedgerStatus } from './schema';

/**
 * Why an event was refused: a reason `{ code, path, evidence, message }` of `LEDGER_CATALOG`
 * (`path` names the event's field, personal names masked; `message` rendered on demand); `issues` lists the schema problems of a malformed event (`ledger/invalid-event`).
 * 事件被拒绝的原因：稳定代码与中英文消息（人名已脱敏）；事件格式无效时附校验问题。
 */
export interface LedgerError extends Reason<LedgerErrorCode> {
  readonly issues?: readonly ValidationIssue[];
}

/** The result of {@link applyEvent}. 事件处理结果。 */
export type ApplyEventResult =
  | { readonly ok: true; readonly entry: LedgerEntry }
  | { readonly ok: false; readonly error: LedgerError };

/** Statuses each event may be applied in, and the status it leads to (`null`: unchanged). */
const TRANSITIONS: Readonly<Record<LedgerEventType, { readonly from: readonly LedgerStatus[]; readonly to: LedgerStatus | null }>> = {
  start: { from: ['open'], to: 'rectifying' },
  submit: { from: ['rectifying'], to: 'awaiting-acceptance' },
  accept: { from: ['awaiting-acceptance'], to: 'closed' },
  reject: { from: ['awaiting-acceptance'], to: 'rectifying' },
  reopen: { from: ['closed'], to: 'open' },
  extend: { from: ['open', 'rectifying', 'awaiting-acceptance'], to: null },
};

/** The event field each refusal rests on. */
const PATHS: Readonly<Record<LedgerErrorCode, Path>> = {
  'ledger/invalid-entry': [],
  'ledger/invalid-event': [],
  'ledger/unexpected-deadline': ['deadline'],
  'ledger/transition-not-allowed': ['type'],
  'ledger/event-before-last': ['at'],
  'ledger/evidence-required': ['evidence'],
  'ledger/self-acceptance': ['by'],
  'ledger/reason-required': ['reason'],
  'ledger/deadline-required': ['deadline'],
  'ledger/deadline-not-later': ['deadline'],
};

function refuse(code: LedgerErrorCode, evidence: Evidence = {}, issues?: readonly ValidationIssue[]): ApplyEventResult {
  const error: LedgerError = LEDGER_CATALOG.reason(code, PATHS[code], evidence);
  return { ok: false, error: issues === undefined ? error : Object.assign(error, { issues }) };
}

const isBlank = (value: string | undefined): boolean => value === undefined || value.trim() === '';

function hasEvidence(evidence: LedgerEvent['evidence']): boolean {
  if (typeof evidence === 'string') return !isBlank(evidence);
  return evidence !== undefined && evidence.some((item) => !isBlank(item));
}

/**
 * Applies one workflow event to a ledger entry and returns a new entry, or the reason the event
 * is refused. Transitions: `start` 待整改 → 整改中; `submit` 整改中 → 待验收 (needs evidence);
 * `accept` 待验收 → 已销号 (not by the responsible person); `reject` 待验收 → 整改中 (needs a
 * reason); `reopen` 已销号 → 待整改 (回头看, needs a reason); `extend` on any unclosed entry moves
 * the deadline strictly later (needs a reason; status unchanged). Every other pair is refused.
 * Checks run in this order: the event's shape (validated with `LedgerEventSchema`: it comes from
 * outside), a `deadline` on an event other than `extend`, the transition, the date (not before
 * the last history event, or before `openedOn` when history is empty), then the event's own
 * requirements. The entry is never mutated: the result has a new `history` array with the
 * validated event appended (`by` trimmed). The schema issues of a malformed event are returned
 * with it (unknown fields are counted, never named, by `validate` itself).
 * 对台账条目执行一个整改流程事件：返回新条目，或拒绝原因（稳定代码、中英文消息，人名脱敏）。
 * 事件为外部输入，先按 schema 校验；格式无效时返回 `ledger/invalid-event`，不抛异常。
 *
 * @param entry - a valid entry (validate untrusted records with `LedgerEntrySchema` first)
 * @param event - the event, possibly from outside; validated here
 * @returns `{ ok: true, entry }` with the new entry, or `{ ok: false, error: { code, message } }`
 *   with `code` one of `ledger/invalid-event`, `ledger/unexpected-deadline`,
 *   `ledger/transition-not-allowed`, `ledger/event-before-last`, `ledger/evidence-required`,
 *   `ledger/self-acceptance`, `ledger/reason-required`, `ledger/deadline-required`,
 *   `ledger/deadline-not-later`
 * @throws never: every refusal is a result
 * @example
 * applyEvent(entry, { type: 'start', at: '2020-02-12', by: '王五' })
 * //=> { ok: true, entry: { ...entry, status: 'rectifying', history: [{ type: 'start', at: '2020-02-12', by: '王五' }] } }
 * applyEvent({ ...entry, status: 'awaiting-acceptance' }, { type: 'accept', at: '2020-03-01', by: '李四' })
 * //=> { ok: false, error: { code: 'ledger/self-acceptance', path: ['by'], evidence: { by: '李*' }, message: { 'zh-CN': '验收人 李* 是该问题的责任人，不能自己验收销号', en: '…' } } }
 */
export function applyEvent(entry: LedgerEntry, event: unknown): ApplyEventResult {
  try {
    return apply(entry, event);
  } catch {
    // Only an entry that is not a valid LedgerEntry gets here (a hostile value in it): a
    // refusal, never an exception. The error's text is dropped, as it may quote the value.
    return refuse('ledger/invalid-entry');
  }
}

function apply(entry: LedgerEntry, event: unknown): ApplyEventResult {
  const parsed = validate(LedgerEventSchema, event);
  if (!parsed.ok) {
    const fields = [...new Set(parsed.issues.map((issue) => (issue.path.length === 0 ? 'event' : String(issue.path[0]))))];
    return refuse('ledger/invalid-event', { fields }, parsed.issues);
  }
  const valid = parsed.value;
  if (valid.type !== 'extend' && valid.deadline !== undefined) return refuse('ledger/unexpected-deadline', { type: valid.type });

  const transition = TRANSITIONS[valid.type];
  if (!transition.from.includes(entry.status)) {
    return refuse('ledger/transition-not-allowed', { status: entry.status, type: valid.type });
  }

  const last = entry.history.length === 0 ? entry.openedOn : (entry.history[entry.history.length - 1] as LedgerEvent).at;
  if (valid.at < last) return refuse('ledger/event-before-last', { at: valid.at, last });

  switch (valid.type) {
    case 'submit':
      if (!hasEvidence(valid.evidence)) return refuse('ledger/evidence-required');
      break;
    case 'accept':
      if (
        // Stryker disable next-line MethodExpression: valid.by comes out of LedgerEventSchema, whose TextSchema has trimmed it already
        valid.by.trim() ===
        entry.responsiblePerson.trim()
      ) {
        return refuse('ledger/self-acceptance', { by: maskName(valid.by) });
      }
      break;
    case 'reject':
    case 'reopen':
      if (isBlank(valid.reason)) return refuse('ledger/reason-required', { type: valid.type });
      break;
    case 'extend':
      if (isBlank(valid.reason)) return refuse('ledger/reason-required', { type: valid.type });
      if (valid.deadline === undefined) return refuse('ledger/deadline-required');
      if (valid.deadline <= entry.deadline) {
        return refuse('ledger/deadline-not-later', { deadline: valid.deadline, current: entry.deadline });
      }
      return { ok: true, entry: { ...entry, deadline: valid.deadline, history: [...entry.history, valid] } };
    // Stryker disable next-line ConditionalExpression,StringLiteral: the start case, the last, only breaks: emptied, or matching no type, it leaves the switch just the same
    case 'start':
      break;
  }
  return { ok: true, entry: { ...entry, status: transition.to ?? entry.status, history: [...entry.history, valid] } };
}
