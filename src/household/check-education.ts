import { ageBetween } from '../calendar/age-on';
import type { Check, CheckStatus, Reason } from '../reasons/types';
import type { Household, Member } from './schema';
import type { ValuesInForce } from './values-in-force';
import { deepFreeze } from '../policy/default-policy';
import { memberBirthDate, memberBirthMonthDay, memberBirthYear } from './birth-date';
import { fixedPath, kind, memberAgeEvidence, memberEvidence, reason, reasonOf, withReason } from './reasons';

const MEMBERS = fixedPath('members');
const NO_PATH = fixedPath();
const NO_CHILD = kind('education/no-child-in-range');
const ALL_IN_SCHOOL = kind('education/all-in-school');
const AGE_UNKNOWN = kind('education/age-unknown');
const DROPPED_OUT = kind('education/dropped-out');
const NOT_APPLICABLE = kind('education/schooling-not-applicable');
const NOT_A_STUDENT = kind('education/not-a-student');
const SCHOOLING_MISSING = kind('education/schooling-missing');

/**
 * {@link memberBirthYear}, with the common case read inline: no `birthDate`, no `documentType`
 * and an 18-character ID number, whose characters 7–10 are the year.
 */
function birthYearOf(member: Member): number {
  const id = member.idNumber;
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,BlockStatement: a fast path: memberBirthYear reads the same four characters of such a member
  if (member.birthDate === undefined && member.documentType === undefined && id.length === 18) {
    const a = id.charCodeAt(6) - 48;
    const b = id.charCodeAt(7) - 48;
    const c = id.charCodeAt(8) - 48;
    const d = id.charCodeAt(9) - 48;
    // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: as above
    return a >>> 0 > 9 || b >>> 0 > 9 || c >>> 0 > 9 || d >>> 0 > 9 ? -1 : a * 1000 + b * 100 + c * 10 + d;
  }
  return memberBirthYear(member);
}

/**
 * 义务教育有保障: every member whose age on `day` is within the policy's compulsory-education
 * range is enrolled, taught at home, exempted or graduated. Without `schooling`, the register's
 * `studentStatus` is read: a stage is enrolment, 失学或辍学 is dropping out, and 非在校生 leaves it
 * unknown (`education/not-a-student`: 送教上门 or an exemption may not be recorded).
 * @internal
 */
export function checkEducation(household: Household, values: ValuesInForce): Check {
  const day = values.day;
  const range = values.educationAge;
  if (range === undefined) {
    return { status: 'unknown', reasons: [reason('education/no-age-range', NO_PATH, { asOf: day })] };
  }
  const { min, max } = range;
  const members = household.members;
  let status: CheckStatus = 'met';
  let children = 0;
  let reasons: Reason[] | undefined;
  const year = values.year;
  for (let i = 0; i < members.length; i++) {
    const member = members[i] as (typeof members)[number];
    // The age on `day` is `year − birthYear` or one less, by whether the birthday has come. Members
    // out of the range either way are skipped before their schooling is read, and children in it
    // either way who are in school need no exact age: only the others get a birth date and an
    // exact age.
    const birthYear = birthYearOf(member);
    // Stryker disable next-line ConditionalExpression,LogicalOperator: on a validated household (its birth dates and resident ID numbers are real dates), the fast path and the exact one give the same age, skip and count; only the time differs
    if (birthYear >= 0 && (year - birthYear - 1 > max || year - birthYear < min)) continue;
    // 就学状况 decides; without it the register's 在校生状况 does (a stage is enrolment).
    const status_ = member.studentStatus;
    const schooling =
      member.schooling ??
      (status_ === undefined || status_ === 'not-a-student' ? undefined : status_ === 'dropped-out' ? 'dropped-out' : 'enrolled');
    const inSchool = schooling === 'enrolled' || schooling === 'home-taught' || schooling === 'exempt' || schooling === 'graduated';
    // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: on a validated household (its birth dates and resident ID numbers are real dates), the fast path and the exact one give the same age, skip and count; only the time differs
    if (birthYear >= 0) {
      const upTo = year - birthYear;
      // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator,BlockStatement: on a validated household (its birth dates and resident ID numbers are real dates), the fast path and the exact one give the same age, skip and count; only the time differs
      if (inSchool && upTo - 1 >= min && upTo <= max) {
        children++;
        continue;
      }
    }
    // The exact age by character codes where the birth date is well formed, else through the
    // date string (the same answer: see memberBirthMonthDay).
    // Stryker disable next-line ConditionalExpression,EqualityOperator: on a validated household (its birth dates and resident ID numbers are real dates), the fast path and the exact one give the same age, skip and count; only the time differs (memberBirthMonthDay gives -1 wherever the year is unreadable)
    const monthDay = birthYear < 0 ? -1 : memberBirthMonthDay(member);
    let age: number;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: on a validated household (its birth dates and resident ID numbers are real dates), the fast path and the exact one give the same age, skip and count; only the time differs (no month-day is 0)
    if (monthDay >= 0) {
      age = year - birthYear - (values.monthDay < monthDay ? 1 : 0);
    } else {
      // Stryker disable next-line ConditionalExpression,EqualityOperator: reached only where the month-day is unreadable, where on a validated household memberBirthDate gives undefined too; the date-string path below is a guard for records that were not validated
      const birth = birthYear < 0 ? undefined : memberBirthDate(member);
      // Stryker disable next-line ConditionalExpression: as above: on a validated household the birth date is undefined whenever this line is reached
      if (birth === undefined) {
        if (status === 'met') status = 'unknown';
        reasons = withReason(reasons, reasonOf(AGE_UNKNOWN, ['members', i, 'birthDate'], memberEvidence(member, i)));
        continue;
      }
      age = ageBetween(birth, day);
    }
    if (age < min || age > max) continue;
    children++;
    if (inSchool) continue;
    const evidence = memberAgeEvidence(member, i, age, min, max);
    const path = ['members', i, member.schooling === undefined && status_ !== undefined ? 'studentStatus' : 'schooling'];
    if (schooling === 'dropped-out') {
      status = 'unmet';
      reasons = withReason(reasons, reasonOf(DROPPED_OUT, path, evidence));
    } else {
      if (status === 'met') status = 'unknown';
      const k = schooling !== undefined ? NOT_APPLICABLE : status_ === 'not-a-student' ? NOT_A_STUDENT : SCHOOLING_MISSING;
      reasons = withReason(reasons, reasonOf(k, path, evidence));
    }
  }
  if (reasons !== undefined) return { status, reasons };
  // Met: the evidence is the count and the range, so the check is built once per count and day.
  const shared = values.shared.education;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a memo of frozen checks: a check built afresh is equal to the shared one
  const known = children < 64 ? shared[children] : undefined;
  // Stryker disable next-line ConditionalExpression: as above, the memo only saves building an equal check
  if (known !== undefined) return known;
  const check: Check =
    children === 0
      ? { status, reasons: [reasonOf(NO_CHILD, MEMBERS, { min, max })] }
      : { status, reasons: [reasonOf(ALL_IN_SCHOOL, MEMBERS, { children, min, max })] };
  // Stryker disable next-line ConditionalExpression,EqualityOperator: as above
  if (children < 64) shared[children] = deepFreeze(check);
  return check;
}
