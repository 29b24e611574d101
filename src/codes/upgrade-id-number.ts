import { idNumberCheckCharacter, idNumberProblem } from './validate-id-number';
import { CODES_ERRORS } from './catalog';
import { catalogError } from '../reasons/catalog-error';

/**
 * Converts an old 15-digit resident ID number (GB 11643-1989) to its 18-digit form (GB 11643-1999):
 * the century `19` is inserted before the 6-digit birth date and the ISO 7064 MOD 11-2 check
 * character appended. An 18-digit number is returned as it is (a lower-case `x` upper-cased).
 * 15 位身份证号码升位为 18 位：出生年份前补“19”，末尾加校验码；18 位号码原样返回。
 *
 * @param id - a valid 15- or 18-character resident ID number
 * @returns the 18-character number
 * @throws {DomainError} `id/invalid` when `id` is not a valid 15- or 18-character ID number
 * @example
 * upgradeIdNumber('110105491231002') //=> '11010519491231002X'
 * upgradeIdNumber('11010519491231002x') //=> '11010519491231002X'
 */
export function upgradeIdNumber(id: string): string {
  const problem = idNumberProblem(id);
  if (problem !== undefined) throw catalogError(CODES_ERRORS, 'id/invalid', { reason: problem });
  if (id.length === 18) return id.toUpperCase();
  const first17 = `${id.slice(0, 6)}19${id.slice(6)}`;
  return first17 + idNumberCheckCharacter(first17);
}
