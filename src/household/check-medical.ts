import type { Check, CheckStatus, Reason } from '../reasons/types';
import type { Household } from './schema';
import { fixedCheck, fixedPath, memberEvidence, reason } from './reasons';

const MEMBERS = fixedPath('members');
/** The met check for households of 1 to 16 members, built once: its evidence is only the count. */
const ALL_INSURED: readonly Check[] = Array.from({ length: 17 }, (_, n) => fixedCheck('met', 'medical/all-insured', MEMBERS, { members: n }));

/**
 * 基本医疗有保障: every member enrolled in basic medical insurance. Any member recorded `false`
 * makes it unmet; otherwise any member without a record makes it unknown.
 * @internal
 */
export function checkMedical(household: Household): Check {
  const members = household.members;
  let status: CheckStatus = 'met';
  let reasons: Reason[] | undefined;
  for (let i = 0; i < members.length; i++) {
    const member = members[i] as (typeof members)[number];
    const insured = member.medicalInsurance;
    if (insured === true) continue;
    const path = ['members', i, 'medicalInsurance'];
    if (insured === false) {
      status = 'unmet';
      (reasons ??= []).push(reason('medical/uninsured', path, memberEvidence(member, i)));
    } else {
      if (status === 'met') status = 'unknown';
      (reasons ??= []).push(reason('medical/insurance-missing', path, memberEvidence(member, i)));
    }
  }
  if (reasons !== undefined) return { status, reasons };
  return ALL_INSURED[members.length] ?? { status, reasons: [reason('medical/all-insured', MEMBERS, { members: members.length })] };
}
