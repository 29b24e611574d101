import { defineCatalog } from '../reasons/define-catalog';
import { text } from '../reasons/format';
import type { Evidence, Message, MessageCatalog } from '../reasons/types';

// Messages of reading the register's own cells (`registerValue`, `registerStatus`,
// `registerBoolean`, `householdFromRegister`) and of parsing division codes, in both locales.
// The result keeps its public code (`register/unknown-value`…); the catalog key names the message.
// 读取户表单元格与解析区划代码的消息（中英文）。

type E = Evidence;
const en = (e: E, key: string): string => text(e[key], 'en');
const list = (e: E, key: string, sep: string): string => {
  const v = e[key];
  return Array.isArray(v) ? v.map(String).join(sep) : text(v, 'en');
};

/**
 * The message templates of the register readers and of division codes.
 * 户表读取与区划代码的消息模板。
 *
 * @example
 * REGISTER_MESSAGES['register/empty']['zh-CN']({ kindZh: '性别', kind: 'sex' }) //=> '性别为空'
 */
export const REGISTER_MESSAGES = {
  'register/empty': { 'zh-CN': (e: E) => `${en(e, 'kindZh')}为空`, en: (e: E) => `${en(e, 'kind')} is empty` },
  'register/unknown-value': {
    'zh-CN': (e: E) => `${en(e, 'kindZh')}的取值无法识别：期望 ${list(e, 'labels', '、')} 之一`,
    en: (e: E) => `${en(e, 'kind')}: the value is not one the register uses; expected one of ${list(e, 'values', ', ')}`,
  },
  'register/unknown-status': {
    'zh-CN': (e: E) => `${en(e, 'kindZh')}的取值无法识别：期望 ${list(e, 'labels', '、')} 之一，或代码 0、1、3、4，或 已脱贫（享受政策）、已脱贫（不再享受政策）`,
    en: (e: E) => `${en(e, 'kind')}: the value is not one the register uses; expected one of ${list(e, 'values', ', ')}, or the codes 0, 1, 3, 4`,
  },
  'register/empty-finding': { 'zh-CN': () => '取值为空', en: () => 'the value is empty' },
  'register/unknown-finding': { 'zh-CN': () => '取值无法识别：期望 是、否 之一', en: () => 'the value is not a yes/no finding: expected 是 or 否' },
  'register/wrong-type': { 'zh-CN': () => '取值类型不符', en: () => 'the value has the wrong type' },
  'register/not-an-amount': { 'zh-CN': () => '应为金额（元，至多两位小数）', en: () => 'expected an amount in yuan with at most two decimals' },
  'register/not-an-integer': { 'zh-CN': () => '应为整数', en: () => 'expected a whole number' },
  'register/not-a-number': { 'zh-CN': () => '应为数字', en: () => 'expected a number' },
  'register/not-a-date': { 'zh-CN': () => '应为日期（如 2010-05-20、20100520）', en: () => 'expected a date (2010-05-20, 20100520)' },
  // parseDivisionCode
  'division/not-a-string': { 'zh-CN': () => '区划代码必须是字符串', en: () => 'a division code must be a string' },
  'division/not-digits': { 'zh-CN': () => '区划代码只能包含数字', en: () => 'a division code has digits only' },
  'division/length': { 'zh-CN': () => '区划代码应为 2、4、6、9 或 12 位', en: () => 'a division code has 2, 4, 6, 9 or 12 digits' },
  'division/zero-inside': { 'zh-CN': () => '区划代码中间层级为全零', en: () => 'a division code has an all-zero segment above a non-zero one' },
  'division/zero-province': { 'zh-CN': () => '省级代码不能为 00', en: () => 'the province segment cannot be 00' },
  'division/zero-last': { 'zh-CN': () => '区划代码末级为全零', en: () => 'the last segment of a division code cannot be all zeros' },
} satisfies MessageCatalog;

/** A message key of {@link REGISTER_MESSAGES}. */
export type RegisterMessageCode = keyof typeof REGISTER_MESSAGES;

/**
 * The catalog of the register readers and division codes, made by `defineCatalog`.
 * 户表读取与区划代码的消息目录。
 *
 * @example
 * REGISTER_CATALOG.render('register/not-a-date', {}, 'en') //=> 'expected a date (2010-05-20, 20100520)'
 */
export const REGISTER_CATALOG = defineCatalog('register', REGISTER_MESSAGES);

/** Both locales of one message. @internal */
export function registerMessage(key: RegisterMessageCode, evidence: Evidence = {}): Message {
  return REGISTER_CATALOG.message(key, evidence);
}
