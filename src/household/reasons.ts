import type { Check, CheckStatus, Evidence, Path, Reason } from '../reasons/types';
import { reasonOf as reasonOfKind, type ReasonKind as AnyReasonKind } from '../reasons/reason';
import { deepFreeze } from '../policy/default-policy';
import { maskIdNumber } from '../codes/mask-id-number';
import { maskName } from '../privacy/mask-name';
import { HOUSEHOLD_CATALOG } from './catalog';
import type { HouseholdReasonCode } from './messages';
import type { Member } from './schema';

// Internal helpers shared by the household checks: thin wrappers over HOUSEHOLD_CATALOG, whose
// reasons render their message only when it is read. 户评估内部工具。

/**
 * Builds a reason of {@link HOUSEHOLD_CATALOG}, the code checked by the type system. The hot
 * path uses {@link reasonOf} with a {@link kind} resolved at module load.
 * @internal
 */
export function reason(code: HouseholdReasonCode, path: Path, evidence: Evidence): Reason<HouseholdReasonCode> {
  return reasonOfKind(HOUSEHOLD_CATALOG.kind(code), path, evidence);
}

/** A reason code with its templates resolved once, for the hot path. @internal */
export type ReasonKind = AnyReasonKind<HouseholdReasonCode>;

/**
 * The resolved kind of a code (resolved once, by `defineCatalog`).
 * @internal
 */
export function kind(code: HouseholdReasonCode): ReasonKind {
  return HOUSEHOLD_CATALOG.kind(code);
}

/**
 * Builds a reason of a resolved {@link ReasonKind}; nothing is rendered until `message` is read.
 * @internal
 */
export function reasonOf(k: ReasonKind, path: Path, evidence: Evidence): Reason<HouseholdReasonCode> {
  return reasonOfKind(k, path, evidence);
}

/**
 * A frozen reason whose evidence never varies, shared by every assessment (its message is
 * rendered at most once, on first read).
 * @internal
 */
export function fixedReason(code: HouseholdReasonCode, path: Path, evidence: Evidence = {}): Reason<HouseholdReasonCode> {
  return deepFreeze(reason(code, path, evidence));
}

/**
 * A frozen check with one reason whose evidence never varies, shared by every assessment.
 * @internal
 */
export function fixedCheck(status: CheckStatus, code: HouseholdReasonCode, path: Path, evidence: Evidence = {}): Check<HouseholdReasonCode> {
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

/**
 * {@link memberEvidence} followed by the member's age and the age range, built as one object (no
 * spread): the evidence of a child in the compulsory-education range who is not in school.
 * @internal
 */
export function memberAgeEvidence(
  member: Member,
  index: number,
  age: number,
  min: number,
  max: number,
): { member: number; name: string; idNumber: string; age: number; min: number; max: number } {
  return { member: index, name: maskName(member.name), idNumber: maskIdNumber(member.idNumber), age, min, max };
}

/**
 * `list` with `reason` appended, or a new list of that one reason: a check's first reason gets an
 * array of its own size, where an empty array would grow to sixteen slots on its first push.
 * @internal
 */
export function withReason(list: Reason[] | undefined, reason: Reason): Reason[] {
  if (list === undefined) return [reason];
  list.push(reason);
  return list;
}
