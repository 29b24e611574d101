import type { Evidence, Path, Reason } from '../reasons/types';
import { AUDIT_CATALOG } from './catalog';
import type { AuditCode } from './messages';

/**
 * One finding of the register audit: a reason (`code`, `path` into the household record,
 * `evidence`, `message` in zh-CN and English) with the household it concerns: its position in
 * the register (`index`, from 0), its id (masked with `maskIdentifier`), its village and, for a
 * finding about one member, that member's index in `members`. No personal data is unmasked.
 * 一条核查发现：代码、字段路径、证据、中英文消息，以及所涉户（序号、脱敏户编号、村）与成员序号。
 */
export interface AuditFinding extends Reason {
  readonly code: AuditCode;
  readonly index: number;
  readonly householdId: string;
  readonly villageCode: string;
  readonly member?: number;
}

/** The household a finding is about, as the audit already holds it. @internal */
export interface FindingSubject {
  readonly index: number;
  readonly householdId: string;
  readonly villageCode: string;
}

/**
 * Builds a finding from {@link AUDIT_CATALOG}: the one place where audit messages are rendered.
 * @internal
 */
export function finding(code: AuditCode, subject: FindingSubject, path: Path, evidence: Evidence, member?: number): AuditFinding {
  const kind = AUDIT_CATALOG.kind(code);
  const message = { 'zh-CN': kind.zh(evidence), en: kind.en(evidence) };
  const base = { code, path, evidence, message, index: subject.index, householdId: subject.householdId, villageCode: subject.villageCode };
  return member === undefined ? base : { ...base, member };
}
