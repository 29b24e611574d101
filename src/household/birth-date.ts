import type { Member } from './schema';

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/**
 * The year of birth of a member, read from `birthDate` when recorded, else from the ID number,
 * without building a date; `-1` when it cannot be read. Used to skip members far from an age
 * range before computing their exact age.
 * @internal
 */
export function memberBirthYear(member: Member): number {
  const source = member.birthDate ?? member.idNumber;
  const at = member.birthDate === undefined ? 6 : 0;
  if (source.length < at + 4) return -1;
  const a = digit(source, at);
  const b = digit(source, at + 1);
  const c = digit(source, at + 2);
  const d = digit(source, at + 3);
  return a < 0 || b < 0 || c < 0 || d < 0 ? -1 : a * 1000 + b * 100 + c * 10 + d;
}

/**
 * A member's birth date `YYYY-MM-DD`: `birthDate` when recorded, else the one written in the ID
 * number (characters 7–14), else `undefined` when those characters are not a plausible date. The
 * record is not re-validated: this is a cheap guard for the hot path, not ID validation.
 * @internal
 */
export function memberBirthDate(member: Member): string | undefined {
  if (member.birthDate !== undefined) return member.birthDate;
  const id = member.idNumber;
  if (id.length !== 18) return undefined;
  for (let i = 6; i < 14; i++) if (digit(id, i) < 0) return undefined;
  const month = digit(id, 10) * 10 + digit(id, 11);
  const day = digit(id, 12) * 10 + digit(id, 13);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
}
