import type { Message } from '../reasons/types';
import { DIVISION_CODE_LENGTH, type DivisionLevel } from './division-level';

/** A parsed division code. Ancestor codes are given in their short form (2, 4, 6, 9 digits). */
export interface DivisionCode {
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
  readonly valid: false;
  readonly reason: DivisionCodeReason;
  readonly message: Message;
}

const SEGMENTS = [2, 2, 2, 3, 3] as const;
const LEVELS: readonly DivisionLevel[] = ['province', 'prefecture', 'county', 'township', 'village'];
const BY_LENGTH: Readonly<Record<number, number>> = { 2: 1, 4: 2, 6: 3, 9: 4, 12: 5 };

function invalid(reason: DivisionCodeReason, zh: string, en: string): InvalidDivisionCode {
  return { valid: false, reason, message: { 'zh-CN': zh, en } };
}

/**
 * Parses an administrative division code (GB/T 2260, extended to 12 digits by the statistical
 * division codes): 2 digits province, 4 prefecture, 6 county, 9 township, 12 village. Codes
 * padded with zeros to 6 or 12 digits, as registers write them (`520000` for Guizhou,
 * `520102001000` for a township), are read at the level they name. Never throws.
 * 解析行政区划代码（2/4/6/9/12 位）；补零的 6 位或 12 位代码按其实际层级解析。不抛异常。
 *
 * @param code - the code as a string of digits
 * @returns `{ valid: true, code, level, provinceCode, … }` or `{ valid: false, reason, message }`
 * @example
 * parseDivisionCode('522601')
 * //=> { valid: true, code: '522601', level: 'county', provinceCode: '52', prefectureCode: '5226', countyCode: '522601' }
 * parseDivisionCode('520000') //=> { valid: true, code: '52', level: 'province', provinceCode: '52' }
 * parseDivisionCode('5226011') //=> { valid: false, reason: 'length', … }
 */
export function parseDivisionCode(code: unknown): DivisionCode | InvalidDivisionCode {
  if (typeof code !== 'string') return invalid('not-a-string', '区划代码必须是字符串', 'a division code must be a string');
  if (!/^\d+$/.test(code)) return invalid('not-digits', '区划代码只能包含数字', 'a division code has digits only');
  const given = BY_LENGTH[code.length];
  if (given === undefined) {
    return invalid('length', '区划代码应为 2、4、6、9 或 12 位', 'a division code has 2, 4, 6, 9 or 12 digits');
  }
  // Split into segments and find the deepest non-zero one; a zero segment above it is invalid.
  let depth = 0;
  let offset = 0;
  let zeroSeen = false;
  for (let i = 0; i < given; i++) {
    const width = SEGMENTS[i] as number;
    const segment = code.slice(offset, offset + width);
    offset += width;
    if (/^0+$/.test(segment)) {
      zeroSeen = true;
    } else {
      if (zeroSeen) {
        return invalid('zero-segment', '区划代码中间层级为全零', 'a division code has an all-zero segment above a non-zero one');
      }
      depth = i + 1;
    }
  }
  if (depth === 0) return invalid('zero-segment', '省级代码不能为 00', 'the province segment cannot be 00');
  // Zero padding is only a way of writing a higher level at 6 or 12 digits.
  if (depth < given && code.length !== 6 && code.length !== 12) {
    return invalid('zero-segment', '区划代码末级为全零', 'the last segment of a division code cannot be all zeros');
  }
  const level = LEVELS[depth - 1] as DivisionLevel;
  const short = code.slice(0, DIVISION_CODE_LENGTH[level]);
  const result: {
    valid: true;
    code: string;
    level: DivisionLevel;
    provinceCode: string;
    prefectureCode?: string;
    countyCode?: string;
    townshipCode?: string;
  } = { valid: true, code: short, level, provinceCode: short.slice(0, 2) };
  if (depth >= 2) result.prefectureCode = short.slice(0, 4);
  if (depth >= 3) result.countyCode = short.slice(0, 6);
  if (depth >= 4) result.townshipCode = short.slice(0, 9);
  return result;
}
