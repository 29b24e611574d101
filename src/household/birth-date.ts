import type { Member } from './schema';

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  // Stryker disable next-line ConditionalExpression: a character below '0' gives a negative number either way, and every caller treats any negative digit as unreadable
  return c >= 0 && c <= 9 ? c : -1;
}

/**
 * The year of birth of a member, read from `birthDate` when recorded, else from the ID number,
 * without building a date; `-1` when it cannot be read. Used to skip members far from an age
 * range before computing their exact age.
 * @internal
 */
export function memberBirthYear(member: Member): number {
  const birthDate = member.birthDate;
  let source: string;
  let at: number;
  if (birthDate === undefined) {
    const id = member.idNumber;
    if (!isResidentId(member)) return -1;
    if (id.length === 15) {
      const a = digit(id, 6);
      const b = digit(id, 7);
      return a < 0 || b < 0 ? -1 : 1900 + a * 10 + b;
    }
    if (id.length !== 18) return -1;
    source = id;
    at = 6;
  } else {
    source = birthDate;
    at = 0;
  }
  // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: a guard that says what the digits below say anyway: past the end charCodeAt gives NaN, which digit() reads as -1
  if (source.length < at + 4) return -1;
  const a = digit(source, at);
  const b = digit(source, at + 1);
  const c = digit(source, at + 2);
  const d = digit(source, at + 3);
  return a < 0 || b < 0 || c < 0 || d < 0 ? -1 : a * 1000 + b * 100 + c * 10 + d;
}

/**
 * A member's birth date `YYYY-MM-DD`: `birthDate` when recorded, else the one written in a
 * resident ID number (characters 7–14 of 18, or 19 + characters 7–12 of 15), else `undefined` when those characters are not a plausible date. The
 * record is not re-validated: this is a cheap guard for the hot path, not ID validation.
 * @internal
 */
export function memberBirthDate(member: Member): string | undefined {
  if (member.birthDate !== undefined) return member.birthDate;
  if (!isResidentId(member)) return undefined;
  const id = member.idNumber;
  // 18 digits: YYYYMMDD at 7–14; 15 digits (GB 11643-1989): YYMMDD at 7–12, in the 1900s.
  const long = id.length === 18;
  if (!long && id.length !== 15) return undefined;
  const end = long ? 14 : 12;
  for (let i = 6; i < end; i++) if (digit(id, i) < 0) return undefined;
  const m = long ? 10 : 8;
  const month = digit(id, m) * 10 + digit(id, m + 1);
  const day = digit(id, m + 2) * 10 + digit(id, m + 3);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const year = long ? id.slice(6, 10) : `19${id.slice(6, 8)}`;
  return `${year}-${id.slice(m, m + 2)}-${id.slice(m + 2, m + 4)}`;
}

/**
 * The month and day of a member's birth as `MM × 100 + DD`, read by character code without
 * building a string: from a well-formed `birthDate` (`YYYY-MM-DD`), else from a resident ID number
 * as {@link memberBirthDate} reads it. `-1` when `birthDate` is recorded but not of that form, or
 * when {@link memberBirthDate} would give `undefined`: the caller then takes the string path. With
 * {@link memberBirthYear}, the age on a day is `year − birthYear − (monthDay < this ? 1 : 0)`,
 * which is `ageBetween(memberBirthDate(member), day)` (`MM-DD` strings compare as these numbers).
 * @internal
 */
export function memberBirthMonthDay(member: Member): number {
  const b = member.birthDate;
  if (b !== undefined) {
    if (b.length !== 10 || b.charCodeAt(4) !== 45 || b.charCodeAt(7) !== 45) return -1;
    const m1 = digit(b, 5);
    const m2 = digit(b, 6);
    const d1 = digit(b, 8);
    const d2 = digit(b, 9);
    return m1 < 0 || m2 < 0 || d1 < 0 || d2 < 0 ? -1 : (m1 * 10 + m2) * 100 + d1 * 10 + d2;
  }
  if (!isResidentId(member)) return -1;
  const id = member.idNumber;
  const long = id.length === 18;
  if (!long && id.length !== 15) return -1;
  const end = long ? 14 : 12;
  for (let i = 6; i < end; i++) if (digit(id, i) < 0) return -1;
  const m = long ? 10 : 8;
  const month = digit(id, m) * 10 + digit(id, m + 1);
  const day = digit(id, m + 2) * 10 + digit(id, m + 3);
  return month < 1 || month > 12 || day < 1 || day > 31 ? -1 : month * 100 + day;
}

/** Whether the member's number is a resident ID number (no `documentType`, or `resident-id`). */
function isResidentId(member: Member): boolean {
  return member.documentType === undefined || member.documentType === 'resident-id';
}
