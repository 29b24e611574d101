import type { Check, CheckStatus, Evidence, Path, Reason } from '../reasons/types';
import { deepFreeze } from '../policy/default-policy';
import { maskIdNumber } from '../codes/mask-id-number';
import { maskName } from '../privacy/mask-name';
import { HOUSEHOLD_MESSAGES, type HouseholdReasonCode } from './messages';
import type { Member } from './schema';

// Internal helpers shared by the household checks. 户评估内部工具。

/**
 * Builds a reason from {@link HOUSEHOLD_MESSAGES}: the same result as `makeReason`, with the code
 * checked by the type system instead of at run time. The hot path uses {@link reasonOf}.
 * @internal
 */
export function reason(code: HouseholdReasonCode, path: Path, evidence: Evidence): Reason {
  const template = HOUSEHOLD_MESSAGES[code];
  return { code, path, evidence, message: { 'zh-CN': template['zh-CN'](evidence), en: template.en(evidence) } };
}

/** A reason code with its templates resolved once, for the hot path. @internal */
export interface ReasonKind {
  readonly code: HouseholdReasonCode;
  readonly zh: (evidence: Evidence) => string;
  readonly en: (evidence: Evidence) => string;
}

/**
 * Resolves a code's templates once, at module load, so that building a reason on the hot path
 * does no look-up by a dynamic key.
 * @internal
 */
export function kind(code: HouseholdReasonCode): ReasonKind {
  const template = HOUSEHOLD_MESSAGES[code];
  return Object.freeze({ code, zh: template['zh-CN'], en: template.en });
}

/**
 * Builds a reason of a resolved {@link ReasonKind}.
 * @internal
 */
export function reasonOf(k: ReasonKind, path: Path, evidence: Evidence): Reason {
  return { code: k.code, path, evidence, message: { 'zh-CN': k.zh(evidence), en: k.en(evidence) } };
}

/**
 * A frozen reason whose evidence never varies, shared by every assessment.
 * @internal
 */
export function fixedReason(code: HouseholdReasonCode, path: Path, evidence: Evidence = {}): Reason {
  return deepFreeze(reason(code, path, evidence));
}

/**
 * A frozen check with one reason whose evidence never varies, shared by every assessment.
 * @internal
 */
export function fixedCheck(status: CheckStatus, code: HouseholdReasonCode, path: Path, evidence: Evidence = {}): Check {
  return deepFreeze({ status, reasons: [fixedReason(code, path, evidence)] });
}

/**
 * A frozen path, shared by every reason that rests on the same field.
 * @internal
 */
export function fixedPath(...path: (string | number)[]): Path {
  return Object.freeze(path);
}

/**
 * Evidence naming a member without personal data: the index in `members`, the masked name and
 * the masked ID number.
 * @internal
 */
export function memberEvidence(member: Member, index: number): { member: number; name: string; idNumber: string } {
  return { member: index, name: maskName(member.name), idNumber: maskIdNumber(member.idNumber) };
}
