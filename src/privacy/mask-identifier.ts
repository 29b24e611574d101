import { maskIdNumber } from '../codes/mask-id-number';
import { maskName } from './mask-name';
import { maskPhone } from './mask-phone';

/**
 * An ID number: 15 or more digits (an 18-character number may end in X), also written in groups
 * separated by single spaces (`1101 0519 4912 3100 2X`). Hyphens do not join groups, so that a
 * village code with a sequence (`522601101201-00042`) stays readable. Every repetition consumes a
 * digit, so matching is linear.
 */
const ID_RUN = /(?<!\d)\d(?: ?\d){13,}(?: ?[\dXx])/g;
/** A mainland mobile number, also as 3-4-4 groups (`138 1234 5678`, `138-1234-5678`, `+86 …`). */
const MOBILE = /(?<!\d)(?:\+?86[ -]?)?1[3-9]\d[ -]?\d{4}[ -]?\d{4}(?!\d)/g;
/** A landline with its area code (`0851-12345678`, `(0851)1234567`). */
const LANDLINE = /(?<!\d)\(?0\d{2,3}\)?[ -]?\d{7,8}(?!\d)/g;
/** Without the `g` flag, so that `test` keeps no state between calls. */
const LONG_DIGITS = /\d(?: ?\d){14}/;
const PHONE_TEST = /(?<!\d)1[3-9]\d[ -]?\d{4}[ -]?\d{4}(?!\d)|(?<!\d)0\d{2,3}[ -]?\d{7,8}(?!\d)/;
/**
 * A letter of a script other than Latin (Han, including Extension B and beyond, Tibetan, Arabic
 * for Uyghur, Mongolian, Yi, Cyrillic…) or a Latin letter with a diacritic (pinyin `Lǚ`): such
 * an identifier may hold a name.
 */
const NAME_SCRIPT = /[^\P{L}A-Za-z]/u;
/** Two words of letters separated by a space (`Zhang San`, `OUYANG Mingyue`): a Latin-script name. */
const LATIN_NAME = /\p{L}{2,}[ \u00b7.'-]+\p{L}{2,}/u;

/**
 * The text with full-width digits, letters and spaces (`１１０１`, `Ｘ`, `\u3000`) turned into
 * their ASCII forms, so that they are masked like the ASCII ones.
 */
function halfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000]/g, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/**
 * @internal Whether {@link maskIdentifier} would hide part of `id`: it holds an ID number (15 or
 * more digits, perhaps in spaced groups or full-width), a phone number, or a name (letters of a
 * non-Latin script, or two Latin words).
 * 编号中是否可能含身份证号、电话号码或姓名。
 */
export function holdsPersonalData(id: string): boolean {
  const text = halfWidth(String(id));
  return LONG_DIGITS.test(text) || PHONE_TEST.test(text) || NAME_SCRIPT.test(text) || LATIN_NAME.test(text);
}

/**
 * Makes a record identifier (a household id, a ledger entry id) or a short free text (a
 * responsible unit that may name a person) fit for a message, report or log. Registers sometimes
 * key households by the head's ID number, phone or name, so: full-width forms are read as ASCII;
 * every run of 15 or more digits (also in groups separated by spaces) is masked as an ID number;
 * mobile and landline numbers are masked as phones; and an identifier holding letters of a
 * non-Latin script (Chinese, including the Extension B characters of rare names, Tibetan, Uyghur…)
 * or two Latin words (`Zhang San`) is masked as a name as a whole. Other identifiers are shown as
 * they are.
 * 记录编号脱敏：全角字符按半角处理；15 位以上数字串（含以空格分组的）按身份证号脱敏；手机与固定
 * 电话号码按电话脱敏；含非拉丁文字（汉字含扩展 B 区、藏文、维吾尔文等）或两个拉丁词（如拼音姓名）
 * 的编号整体按姓名脱敏；其余原样显示。
 *
 * @param id - a record identifier
 * @returns the identifier, masked where it may hold an ID number, a phone number or a name
 * @example
 * maskIdentifier('H-0001') //=> 'H-0001'
 * maskIdentifier('11010519491231002X-housing') //=> '1101************2X-housing'
 * maskIdentifier('1101 0519 4912 3100 2X') //=> '1101************2X'
 * maskIdentifier('H-13812345678') //=> 'H-138****5678'
 * maskIdentifier('司马懿明') //=> '司***'
 * maskIdentifier('Zhang San') //=> 'Z********'
 */
export function maskIdentifier(id: string): string {
  const masked = maskNumbers(halfWidth(String(id)));
  return NAME_SCRIPT.test(masked) || LATIN_NAME.test(masked) ? maskName(masked) : masked;
}

/**
 * @internal The text with every ID number (15 or more ASCII digits, also in spaced groups) and
 * every mobile or landline number masked, and nothing else changed (no name step, no full-width
 * folding): for a file path, which must stay recognisable.
 * 只脱敏文本中的身份证号与电话号码，其余不变（用于文件路径）。
 */
export function maskNumbers(text: string): string {
  return String(text)
    .replace(ID_RUN, (run) => maskIdNumber(run.replace(/ /g, '')))
    .replace(MOBILE, (run) => maskPhone(run.replace(/[ -]/g, '')))
    .replace(LANDLINE, (run) => maskPhone(run.replace(/[ ()-]/g, '')));
}

/**
 * @internal A file's base name made fit for a report: its ID and phone numbers masked, and its
 * stem masked as a name when it holds letters of a non-Latin script (a file may be named after a
 * household head: `张三户.xlsx` → `张**.xlsx`); the extension kept. Latin stems are kept (two
 * Latin words joined by `-` or `.` are the usual file name, not a name), so `register-gbk.csv`
 * stays as it is.
 * 报告中的文件名脱敏：号码脱敏；含非拉丁文字的文件名主干按姓名脱敏；保留扩展名。
 */
export function maskFileName(name: string): string {
  const text = String(name);
  const dot = text.lastIndexOf('.');
  const ext = dot > 0 && /^\.[A-Za-z0-9]{1,8}$/.test(text.slice(dot)) ? text.slice(dot) : '';
  const stem = maskNumbers(ext === '' ? text : text.slice(0, dot));
  return (NAME_SCRIPT.test(stem) ? maskName(stem) : stem) + ext;
}
