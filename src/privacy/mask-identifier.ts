import { maskIdNumber } from '../codes/mask-id-number';
import { maskName } from './mask-name';

const DIGIT_RUN = /\d{17}[\dXx]|\d{15,}/g;
/** Without the `g` flag, so that `test` keeps no state between calls. */
const LONG_DIGITS = /\d{15,}/;
const CHINESE = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

/**
 * @internal Whether {@link maskIdentifier} would hide part of `id`: it holds a run of 15 or more
 * digits (an ID number, perhaps) or a Chinese character (a name, perhaps).
 * 编号中是否含 15 位以上数字串或汉字（可能是身份证号或姓名）。
 */
export function holdsPersonalData(id: string): boolean {
  const text = String(id);
  return LONG_DIGITS.test(text) || CHINESE.test(text);
}

/**
 * Makes a record identifier (a household id, a ledger entry id) fit for a message, report or log.
 * Registers sometimes key households by the head's ID number or name, so every run of 15 or more
 * digits is masked as an ID number, and an identifier holding Chinese characters is masked as a
 * name; other identifiers are shown as they are.
 * 记录编号脱敏：其中 15 位以上的数字串按身份证号脱敏；含汉字的编号按姓名脱敏；其余原样显示。
 *
 * @param id - a record identifier
 * @returns the identifier, masked where it may hold an ID number or a name
 * @example
 * maskIdentifier('H-0001') //=> 'H-0001'
 * maskIdentifier('11010519491231002X-housing') //=> '1101************2X-housing'
 * maskIdentifier('司马懿明') //=> '司***'
 */
export function maskIdentifier(id: string): string {
  const text = String(id);
  const masked = text.replace(DIGIT_RUN, (run) => maskIdNumber(run));
  return CHINESE.test(masked) ? maskName(masked) : masked;
}
