import type { Message } from '../reasons/types';
import { VALIDATION_CATALOG } from '../validation/catalog';
import type { CalendarDate } from '../calendar/calendar-date';
import { isRealDate } from '../calendar/calendar-date';
import { withDeprecatedAlias } from '../deprecated-alias';

/** A valid resident ID number (GB 11643-1999) and what it encodes. */
export interface ValidIdNumber {
  readonly ok: true;
  /** @deprecated Use `ok` (one word for one idea: every result of the library says `ok`); removed in 0.3.0. Not enumerable: absent from JSON and spreads. */
  readonly valid: true;
  readonly birthDate: CalendarDate;
  readonly sex: 'male' | 'female';
  /** The 6-digit address code (division code of first registration). */
  readonly divisionCode: string;
  /** Present, `true`, for an old 15-digit number (GB 11643-1989); see `upgradeIdNumber`. */
  readonly legacy?: true;
}

export type IdNumberReason = 'not-a-string' | 'length' | 'characters' | 'birth-date' | 'check-character';

export interface InvalidIdNumber {
  readonly ok: false;
  /** @deprecated Use `ok` (one word for one idea: every result of the library says `ok`); removed in 0.3.0. Not enumerable: absent from JSON and spreads. */
  readonly valid: false;
  readonly reason: IdNumberReason;
  readonly message: Message;
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK = '10X98765432';

// The messages are the validation catalog's (`id/…`), rendered once.
const message = (reason: IdNumberReason): Message => VALIDATION_CATALOG.message(`id/${reason}`);
const MESSAGES: Readonly<Record<IdNumberReason, Message>> = {
  'not-a-string': message('not-a-string'),
  length: message('length'),
  characters: message('characters'),
  'birth-date': message('birth-date'),
  'check-character': message('check-character'),
};

function invalid(reason: IdNumberReason): InvalidIdNumber {
  return withDeprecatedAlias({ ok: false as const, reason, message: MESSAGES[reason] }, 'valid', 'ok');
}

/**
 * The ISO 7064 MOD 11-2 check character for the first 17 digits of an ID number.
 * 计算身份证号码的校验码（ISO 7064 MOD 11-2）。
 *
 * @example
 * idNumberCheckCharacter('11010519491231002') //=> 'X'
 */
export function idNumberCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * (WEIGHTS[i] as number);
  return CHECK.charAt(sum % 11);
}

/**
 * Validates a resident identity number (GB 11643-1999): 18 characters, a 6-digit address code,
 * a real birth date `YYYYMMDD` (from 1800), a 3-digit sequence (odd male, even female) and the
 * ISO 7064 MOD 11-2 check character (a lower-case `x` is accepted). The old 15-digit numbers of
 * GB 11643-1989 (address, birth date `YYMMDD` in the 1900s, sequence; no check character) are
 * valid too, marked `legacy: true`. Never throws.
 * 校验公民身份号码：长度、出生日期、校验码（接受小写 x）；15 位旧号码（GB 11643-1989）同样有效。不抛异常。
 *
 * @returns `{ ok: true, birthDate, sex, divisionCode }` or `{ ok: false, reason, message }` (`valid`: a
 *   deprecated alias of `ok`)
 * @example
 * validateIdNumber('11010519491231002X')
 * //=> { ok: true, birthDate: '1949-12-31', sex: 'female', divisionCode: '110105' }
 * validateIdNumber('110105491231002')
 * //=> { ok: true, birthDate: '1949-12-31', sex: 'female', divisionCode: '110105', legacy: true }
 * validateIdNumber('11010519990230002X') //=> { ok: false, reason: 'birth-date', … }
 */
export function validateIdNumber(id: unknown): ValidIdNumber | InvalidIdNumber {
  const problem = idNumberProblem(id);
  if (problem !== undefined) return invalid(problem);
  const text = id as string;
  if (text.length === 15) {
    const legacy: Omit<ValidIdNumber, 'valid'> = {
      ok: true,
      birthDate: `19${text.slice(6, 8)}-${text.slice(8, 10)}-${text.slice(10, 12)}`,
      // Stryker disable next-line ArithmeticOperator: c + 48 and c − 48 differ by 96, an even number, so they have the same parity
      sex: (text.charCodeAt(14) - 48) % 2 === 1 ? 'male' : 'female',
      divisionCode: text.slice(0, 6),
      legacy: true,
    };
    return withDeprecatedAlias(legacy, 'valid', 'ok');
  }
  const valid: Omit<ValidIdNumber, 'valid'> = {
    ok: true,
    birthDate: `${text.slice(6, 10)}-${text.slice(10, 12)}-${text.slice(12, 14)}`,
    // Stryker disable next-line ArithmeticOperator: c + 48 and c − 48 differ by 96, an even number, so they have the same parity
    sex: (text.charCodeAt(16) - 48) % 2 === 1 ? 'male' : 'female',
    divisionCode: text.slice(0, 6),
  };
  return withDeprecatedAlias(valid, 'valid', 'ok');
}

/**
 * What is wrong with an ID number, or `undefined` when it is valid: the checks of
 * {@link validateIdNumber} without building a result (it runs for every member validated).
 * @internal
 */
export function idNumberProblem(id: unknown): IdNumberReason | undefined {
  if (typeof id !== 'string') return 'not-a-string';
  if (id.length === 15) return legacyIdNumberProblem(id);
  if (id.length !== 18) return 'length';
  // One pass over the first 17 characters: each is read once, for the digit test, the weighted
  // sum and the birth date (digits 7–14). (Module-level helpers, no closure: this runs for every
  // member validated and should allocate nothing.)
  let sum = 0;
  let year = 0;
  let monthDay = 0;
  for (let i = 0; i < 17; i++) {
    const d = id.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return 'characters';
    sum += d * (WEIGHTS[i] as number);
    if (i >= 6 && i < 10) year = year * 10 + d;
    else if (i >= 10 && i < 14) monthDay = monthDay * 10 + d;
  }
  const code = id.charCodeAt(17);
  if (!((code >= 48 && code <= 57) || code === 88 || code === 120)) return 'characters';
  if (year < 1800 || !isRealDate(year, Math.floor(monthDay / 100), monthDay % 100)) return 'birth-date';
  const check = CHECK.charCodeAt(sum % 11);
  return check === (code === 120 ? 88 : code) ? undefined : 'check-character';
}

/** The checks of a 15-digit number: digits only, a real birth date 19YY-MM-DD. */
function legacyIdNumberProblem(id: string): IdNumberReason | undefined {
  // Stryker disable next-line EqualityOperator: one step past the end reads charCodeAt(15), NaN, which is neither < 48 nor > 57
  for (let i = 0; i < 15; i++) {
    const c = id.charCodeAt(i);
    if (c < 48 || c > 57) return 'characters';
  }
  return isRealDate(1900 + digitAt(id, 6) * 10 + digitAt(id, 7), digitAt(id, 8) * 10 + digitAt(id, 9), digitAt(id, 10) * 10 + digitAt(id, 11))
    ? undefined
    : 'birth-date';
}

/** The digit at `i` of a string known to hold a digit there. */
function digitAt(id: string, i: number): number {
  return id.charCodeAt(i) - 48;
}
