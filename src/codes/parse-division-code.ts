import { withDeprecatedAlias } from '../deprecated-alias';
import { registerMessage, type RegisterMessageCode } from '../register/catalog';
import type { Message } from '../reasons/types';
import { DIVISION_CODE_LENGTH, type DivisionLevel } from './division-level';

/** A parsed division code. Ancestor codes are given in their short form (2, 4, 6, 9 digits). */
export interface DivisionCode {
  readonly ok: true;
  /** @deprecated Use `ok` (one word for one idea: every result of the library says `ok`); removed in 0.3.0. Not enumerable: absent from JSON and spreads. */
  readonly valid: true;
  /** The code in its short form for its level: 2, 4, 6, 9 or 12 digits. */
  readonly code: string;
  readonly level: DivisionLevel;
  readonly provinceCode: string;
  readonly prefectureCode?: string;
  readonly countyCode?: string;
  readonly townshipCode?: string;
}

export type DivisionCodeReason = 'not-a-string' | 'not-digits' | 'length' | 'zero-segment';

export interface InvalidDivisionCode {
  readonly ok: false;
  /** @deprecated Use `ok` (one word for one idea: every result of the library says `ok`); removed in 0.3.0. Not enumerable: absent from JSON and spreads. */
  readonly valid: false;
  readonly reason: DivisionCodeReason;
  readonly message: Message;
}

const SEGMENTS = [2, 2, 2, 3, 3] as const;
const LEVELS: readonly DivisionLevel[] = ['province', 'prefecture', 'county', 'township', 'village'];
const BY_LENGTH: Readonly<Record<number, number>> = { 2: 1, 4: 2, 6: 3, 9: 4, 12: 5 };

const NOT_A_STRING = -1;
const NOT_DIGITS = -2;
const BAD_LENGTH = -3;
const ZERO_INSIDE = -4;
const ZERO_PROVINCE = -5;
// Stryker disable next-line UnaryOperator: the reason codes are only compared for identity here and against the depths 1–5 in validation/fields.ts, so +6 says the same as -6
const ZERO_LAST = -6;

/**
 * The depth (1 province … 5 village) a division code names, or a negative number saying why it is
 * invalid. Reads character codes only and allocates nothing: it runs for every record validated.
 * @internal
 */
export function divisionDepth(code: unknown): number {
  if (typeof code !== 'string') return NOT_A_STRING;
  const given = BY_LENGTH[code.length];
  // Stryker disable next-line EqualityOperator: one step past the end reads charCodeAt(length), NaN, which is neither < 48 nor > 57
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i);
    if (c < 48 || c > 57) return NOT_DIGITS;
  }
  if (code.length === 0) return NOT_DIGITS;
  if (given === undefined) return BAD_LENGTH;
  // Find the deepest non-zero segment; an all-zero segment above it is invalid.
  let depth = 0;
  let offset = 0;
  let zeroSeen = false;
  for (let i = 0; i < given; i++) {
    const width = SEGMENTS[i] as number;
    let zero = true;
    for (let j = offset; j < offset + width; j++) {
      if (code.charCodeAt(j) !== 48) {
        zero = false;
        break;
      }
    }
    offset += width;
    if (zero) {
      // A county part 00 under which townships are numbered is not a zero inside the code: a
      // prefecture-level city without counties (东莞 4419, 中山 4420, 儋州 4604, 嘉峪关 6202).
      // (Were the province or prefecture part zero too, that zero above has been seen already.)
      if (i !== 2) zeroSeen = true;
    } else {
      if (zeroSeen) return ZERO_INSIDE;
      depth = i + 1;
    }
  }
  if (depth === 0) return ZERO_PROVINCE;
  // Zero padding is only a way of writing a higher level at 6 or 12 digits.
  if (depth < given && code.length !== 6 && code.length !== 12) return ZERO_LAST;
  return depth;
}

function invalid(reason: DivisionCodeReason, key: RegisterMessageCode): InvalidDivisionCode {
  return withDeprecatedAlias({ ok: false as const, reason, message: registerMessage(key) }, 'valid', 'ok');
}

/**
 * Parses an administrative division code (GB/T 2260, extended to 12 digits by the statistical
 * division codes): 2 digits province, 4 prefecture, 6 county, 9 township, 12 village. Codes
 * padded with zeros to 6 or 12 digits, as registers write them (`520000` for Guizhou,
 * `520102001000` for a township), are read at the level they name. Townships and villages of the
 * prefecture-level cities without counties (东莞 4419, 中山 4420, 儋州 4604, 嘉峪关 6202) have the
 * county part `00` (`441900003` a township of 东莞, `441900003001` one of its villages): they
 * parse with no `countyCode`. Never throws.
 * 解析行政区划代码（2/4/6/9/12 位）；补零的 6 位或 12 位代码按其实际层级解析；不设县的地级市
 * （东莞、中山、儋州、嘉峪关）下的乡、村代码县级段为 00，解析结果无 countyCode。不抛异常。
 *
 * @param code - the code as a string of digits
 * @returns `{ ok: true, code, level, provinceCode, … }` or `{ ok: false, reason, message }` (`valid`:
 *   a deprecated alias of `ok`)
 * @example
 * parseDivisionCode('522601')
 * //=> { ok: true, code: '522601', level: 'county', provinceCode: '52', prefectureCode: '5226', countyCode: '522601' }
 * parseDivisionCode('520000') //=> { ok: true, code: '52', level: 'province', provinceCode: '52' }
 * parseDivisionCode('441900003001')
 * //=> { ok: true, code: '441900003001', level: 'village', provinceCode: '44', prefectureCode: '4419', townshipCode: '441900003' }
 * parseDivisionCode('5226011') //=> { ok: false, reason: 'length', … }
 */
export function parseDivisionCode(code: unknown): DivisionCode | InvalidDivisionCode {
  const depth = divisionDepth(code);
  if (depth === NOT_A_STRING) return invalid('not-a-string', 'division/not-a-string');
  if (depth === NOT_DIGITS) return invalid('not-digits', 'division/not-digits');
  if (depth === BAD_LENGTH) return invalid('length', 'division/length');
  if (depth === ZERO_INSIDE) return invalid('zero-segment', 'division/zero-inside');
  if (depth === ZERO_PROVINCE) return invalid('zero-segment', 'division/zero-province');
  if (depth === ZERO_LAST) return invalid('zero-segment', 'division/zero-last');
  const text = code as string;
  const level = LEVELS[depth - 1] as DivisionLevel;
  const short = text.slice(0, DIVISION_CODE_LENGTH[level]);
  const result: {
    ok: true;
    code: string;
    level: DivisionLevel;
    provinceCode: string;
    prefectureCode?: string;
    countyCode?: string;
    townshipCode?: string;
  } = { ok: true, code: short, level, provinceCode: short.slice(0, 2) };
  if (depth >= 2) result.prefectureCode = short.slice(0, 4);
  if (depth >= 3 && short.slice(4, 6) !== '00') result.countyCode = short.slice(0, 6);
  if (depth >= 4) result.townshipCode = short.slice(0, 9);
  return withDeprecatedAlias(result, 'valid', 'ok');
}
