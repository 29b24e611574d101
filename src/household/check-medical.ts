import type { Check, CheckStatus, Reason } from '../reasons/types';
import type { MedicalRequirement } from '../policy/schema';
import type { Household } from './schema';
import type { ValuesInForce } from './values-in-force';
import { fixedCheck, fixedPath, memberEvidence, reason, type ReasonKind, kind, reasonOf, withReason } from './reasons';

const MEMBERS = fixedPath('members');
const NO_PATH = fixedPath();
/** The met check for households of 1 to 16 members, built once: its evidence is only the count. */
const ALL_INSURED: readonly Check[] = Array.from({ length: 17 }, (_, n) => fixedCheck('met', 'medical/all-insured', MEMBERS, { members: n }));
const WITH_CRITICAL: ReasonKind = kind('medical/all-insured-with-critical');
const UNINSURED: ReasonKind = kind('medical/uninsured');
const INSURANCE_MISSING: ReasonKind = kind('medical/insurance-missing');
const NO_CRITICAL: ReasonKind = kind('medical/no-critical-illness-insurance');
const CRITICAL_MISSING: ReasonKind = kind('medical/critical-illness-insurance-missing');
const NONE_RECORDED_UNINSURED: ReasonKind = kind('medical/none-recorded-uninsured');

/**
 * 基本医疗有保障: every member enrolled in the insurances the policy in force requires
 * (`policy.medical`; by default basic medical insurance, and 大病保险 where recorded). For a
 * `required` item, a member recorded `false` makes it unmet and one without a record unknown;
 * for a `where-recorded` item only `false` counts (unmet). A met check says what it saw: every
 * member enrolled in basic insurance only when that is required (`medical/all-insured…`);
 * otherwise how many are recorded in each and that none is recorded out of a required one
 * (`medical/none-recorded-uninsured`).
 * @internal
 */
export function checkMedical(household: Household, values: ValuesInForce): Check {
  const items = values.medical;
  const day = values.day;
  if (items === undefined) return { status: 'unknown', reasons: [reason('medical/no-items', NO_PATH, { asOf: day })] };
  const basic: MedicalRequirement = items.basicInsurance;
  const critical: MedicalRequirement = items.criticalIllnessInsurance;
  const members = household.members;
  let status: CheckStatus = 'met';
  let reasons: Reason[] | undefined;
  let criticalRecorded = 0;
  let insuredRecorded = 0;
  for (let i = 0; i < members.length; i++) {
    const member = members[i] as (typeof members)[number];
    const insured = member.medicalInsurance;
    if (insured === true) insuredRecorded++;
    if (basic !== 'not-required' && insured !== true) {
      const path = ['members', i, 'medicalInsurance'];
      if (insured === false) {
        status = 'unmet';
        reasons = withReason(reasons, reasonOf(UNINSURED, path, memberEvidence(member, i)));
      } else if (basic === 'required') {
        if (status === 'met') status = 'unknown';
        reasons = withReason(reasons, reasonOf(INSURANCE_MISSING, path, memberEvidence(member, i)));
      }
    }
    const covered = member.criticalIllnessInsurance;
    if (covered === true) criticalRecorded++;
    if (critical !== 'not-required' && covered !== true) {
      // The path is built only for a reason: a member without a record under `where-recorded`
      // (nearly every member) gets none.
      if (covered === false) {
        status = 'unmet';
        reasons = withReason(reasons, reasonOf(NO_CRITICAL, ['members', i, 'criticalIllnessInsurance'], memberEvidence(member, i)));
      } else if (critical === 'required') {
        if (status === 'met') status = 'unknown';
        reasons = withReason(reasons, reasonOf(CRITICAL_MISSING, ['members', i, 'criticalIllnessInsurance'], memberEvidence(member, i)));
      }
    }
  }
  if (reasons !== undefined) return { status, reasons };
  if (basic === 'not-required' && critical === 'not-required') {
    return { status, reasons: [reason('medical/nothing-required', NO_PATH, { asOf: day })] };
  }
  if (basic !== 'required') {
    // Basic insurance is not required of every member here, so "all enrolled" would claim more
    // than the record shows: a member may be recorded as not enrolled, or not recorded at all.
    return {
      status,
      reasons: [reasonOf(NONE_RECORDED_UNINSURED, MEMBERS, { members: members.length, insured: insuredRecorded, critical: criticalRecorded })],
    };
  }
  if (criticalRecorded > 0) {
    return { status, reasons: [reasonOf(WITH_CRITICAL, MEMBERS, { members: members.length, critical: criticalRecorded })] };
  }
  return ALL_INSURED[members.length] ?? { status, reasons: [reason('medical/all-insured', MEMBERS, { members: members.length })] };
}
