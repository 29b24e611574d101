import { holdsPersonalData, maskIdentifier } from '../privacy/mask-identifier';
import { printable } from './messages';

/**
 * Words a unit's name ends with (办, 局, 委员会, 合作社…): a text ending so names a unit, and is
 * shown; any other text may name a person (`村支书欧阳明月`) and is masked.
 */
const UNIT_ENDINGS =
  /(办|办公室|局|委|委员会|站|所|中心|院|校|部|处|科|股|室|队|组|社|合作社|公司|厂|场|政府|镇|乡|村|社区|街道|县|市|区|州|省|党委|党支部|支部|工作队|驻村工作队|小组|协会|银行|医院|学校|卫生院|供电所|水务局)$/;

/**
 * A free-text field that may hold a person (a ledger's responsible unit, notes), fit to print:
 * text ending like a unit's name (`县扶贫办`, `某某镇人民政府`) and holding no ID number or
 * phone is shown as it is; anything else goes through `maskIdentifier` as a name.
 * 可能含人名的自由文本（责任单位、备注）：以单位名称结尾且不含证件号、电话的原样显示，否则脱敏。
 *
 * @example
 * maskUnit('县扶贫办') //=> '县扶贫办'
 * maskUnit('村支书欧阳明月') //=> '村******'
 */
export function maskUnit(text: string): string {
  const value = String(text).trim();
  if (UNIT_ENDINGS.test(value) && maskIdentifier(value.replace(/[\p{Script=Han}]/gu, 'a')) === value.replace(/[\p{Script=Han}]/gu, 'a')) {
    return printable(value, 80);
  }
  const masked = maskIdentifier(value);
  // maskIdentifier leaves plain Latin text alone; a free text is masked whole when it may be a name.
  return printable(masked === value && holdsPersonalData(value) ? '*'.repeat(Array.from(value).length) : masked, 80);
}

/**
 * A CSV field, quoted when needed (RFC 4180), and neutralised against formula injection (OWASP):
 * a text starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so that
 * a spreadsheet shows it as text instead of running it. Numbers are written as they are.
 * CSV 字段：必要时加引号；以 = + - @ 等开头的文本前加 ' 以防公式注入。
 *
 * @example
 * csvCell('=HYPERLINK("http://x")') //=> '"\'=HYPERLINK(""http://x"")"'
 * csvCell(-3) //=> '-3'
 */
export function csvCell(value: string | number | boolean | undefined): string {
  if (value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A text cell of a terminal table: control and bidi characters escaped. 终端表格单元格：转义控制字符。 */
export function tableCell(value: string): string {
  return printable(value, 200);
}

/** CSV output starts with a byte-order mark, so that Excel reads it as UTF-8 and shows Chinese. */
export const CSV_BOM = '\ufeff';
