import { defineCatalog } from '../reasons/define-catalog';
import { memberNumber, text } from '../reasons/format';
import type { Evidence, MessageCatalog } from '../reasons/types';

// Every message of record validation, in both locales: zod's own issues (the issue keeps zod's
// code, `invalid_type`…; the catalog key names the message) and tuopin's refinements (the key is
// the code). Evidence holds what the rule expected, a count, an index or a masked ID
// number; of an input value only a rejected enum word (`received`, see zod-messages.ts `enumWord`).
// 记录校验的全部消息（中英文）：zod 自带问题与 tuopin 自己的细化规则；证据不含输入值（仅回显被拒的枚举写法）。

type E = Evidence;
const en = (e: E, key: string): string => text(e[key], 'en');
const list = (e: E, key: string, sep: string): string => {
  const v = e[key];
  return Array.isArray(v) ? v.map(String).join(sep) : text(v, 'en');
};

const TYPE_ZH: Readonly<Record<string, string>> = {
  string: '文本',
  number: '数字',
  int: '整数',
  boolean: '是/否（布尔值）',
  array: '列表',
  object: '对象',
  bigint: '整数',
  date: '日期',
  null: '空值',
};
const TYPE_EN: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  bigint: 'a whole number',
  date: 'a date',
  null: 'null',
};
const typeZh = (e: E): string => TYPE_ZH[en(e, 'expected')] ?? en(e, 'expected');
const typeEn = (e: E): string => TYPE_EN[en(e, 'expected')] ?? en(e, 'expected');

/** A bound with its unit: `3 项`, `2 个字符`, or the number alone. */
const sizeZh = (e: E, key: string): string =>
  e.origin === 'array' || e.origin === 'set' ? `${en(e, key)} 项` : e.origin === 'string' ? `${en(e, key)} 个字符` : en(e, key);
const sizeEn = (e: E, key: string): string => {
  const unit = e.origin === 'array' || e.origin === 'set' ? ' item' : e.origin === 'string' ? ' character' : '';
  return `${en(e, key)}${unit}${unit !== '' && e[key] !== 1 ? 's' : ''}`;
};
const PARENT_ZH: Readonly<Record<string, string>> = { prefectureCode: '市（州）', countyCode: '县', townshipCode: '乡（镇）' };
const LEVEL_ZH: Readonly<Record<string, string>> = { province: '省级', prefecture: '市级', county: '县级', township: '乡级', village: '村级' };

/**
 * The messages of record validation (`validate`, the schemas' refinements), in every locale.
 * 记录校验消息模板。
 *
 * @example
 * VALIDATION_MESSAGES['zod/required']['zh-CN']({ expected: 'string' }) //=> '缺少必填字段（应为文本）'
 * VALIDATION_MESSAGES['zod/unrecognized-keys'].en({ count: 2 }) //=> '2 unrecognized keys'
 */
export const VALIDATION_MESSAGES = {
  // zod's own issues
  'zod/required': { 'zh-CN': (e: E) => `缺少必填字段（应为${typeZh(e)}）`, en: (e: E) => `required: expected ${typeEn(e)}` },
  'zod/wrong-type': { 'zh-CN': (e: E) => `类型不符：应为${typeZh(e)}`, en: (e: E) => `wrong type: expected ${typeEn(e)}` },
  'zod/invalid-option': {
    'zh-CN': (e: E) => `无效的取值：期望 ${list(e, 'labels', '、')} 之一`,
    en: (e: E) => `Invalid option: expected one of ${list(e, 'values', ', ')}`,
  },
  // The same, naming the value received: only an enum word, never personal data (zod-messages.ts).
  'zod/invalid-option-received': {
    'zh-CN': (e: E) => `无效的取值“${en(e, 'received')}”：期望 ${list(e, 'labels', '、')} 之一`,
    en: (e: E) => `Invalid option "${en(e, 'received')}": expected one of ${list(e, 'values', ', ')}`,
  },
  'zod/too-few': { 'zh-CN': (e: E) => `至少应有 ${sizeZh(e, 'minimum')}`, en: (e: E) => `expected at least ${sizeEn(e, 'minimum')}` },
  'zod/too-many': { 'zh-CN': (e: E) => `至多应有 ${sizeZh(e, 'maximum')}`, en: (e: E) => `expected at most ${sizeEn(e, 'maximum')}` },
  'zod/at-least': { 'zh-CN': (e: E) => `数值应不小于 ${en(e, 'minimum')}`, en: (e: E) => `expected a number of at least ${en(e, 'minimum')}` },
  'zod/above': { 'zh-CN': (e: E) => `数值应大于 ${en(e, 'minimum')}`, en: (e: E) => `expected a number above ${en(e, 'minimum')}` },
  'zod/at-most': { 'zh-CN': (e: E) => `数值应不大于 ${en(e, 'maximum')}`, en: (e: E) => `expected a number of at most ${en(e, 'maximum')}` },
  'zod/below': { 'zh-CN': (e: E) => `数值应小于 ${en(e, 'maximum')}`, en: (e: E) => `expected a number below ${en(e, 'maximum')}` },
  'zod/invalid-format': { 'zh-CN': () => '格式不正确', en: () => 'the value is not in the expected format' },
  'zod/not-multiple-of': { 'zh-CN': (e: E) => `应为 ${en(e, 'divisor')} 的整数倍`, en: (e: E) => `expected a multiple of ${en(e, 'divisor')}` },
  'zod/invalid-union': { 'zh-CN': () => '取值不符合任何允许的形式', en: () => 'the value matches none of the allowed forms' },
  'zod/invalid-key': { 'zh-CN': () => '字段名无效', en: () => 'invalid key' },
  'zod/invalid-element': { 'zh-CN': () => '集合中有无效的元素', en: () => 'invalid element' },
  // A refinement of the caller's own schema: its message is the caller's text.
  'zod/custom': { 'zh-CN': () => '取值无效', en: (e: E) => en(e, 'detail') },
  // An unknown key can be anything, a name or an ID number among them: counted, never named.
  'zod/unrecognized-keys': {
    'zh-CN': (e: E) => `有 ${en(e, 'count')} 个未知字段`,
    en: (e: E) => `${en(e, 'count')} unrecognized key${e.count === 1 ? '' : 's'}`,
  },
  // A zod issue kind this catalog does not know yet: zod's own locale texts, input not reported.
  'zod/other': { 'zh-CN': (e: E) => en(e, 'zh'), en: (e: E) => en(e, 'en') },
  'assessment/failed': {
    'zh-CN': (e: E) => `记录通过了校验，但评估失败（${en(e, 'error')}）`,
    en: (e: E) => `the record passed validation but could not be assessed (${en(e, 'error')})`,
  },
  'policy/duplicate-year': {
    'zh-CN': (e: E) => `${en(e, 'year')} 年的贫困线给出了两次（另见 povertyLines.${en(e, 'first')}）`,
    en: (e: E) => `the poverty line of ${en(e, 'year')} is given twice (see also povertyLines.${en(e, 'first')})`,
  },
  'policy/one-line-per-year': { 'zh-CN': () => '每个年度只能有一条贫困线', en: () => 'one poverty line per year' },
  'policy/order': {
    'zh-CN': () => '分期值须按 `from` 递增排列，每个日期只出现一次',
    en: () => 'dated values must be in increasing order of `from`, each date once',
  },
  'policy/age-range': { 'zh-CN': () => 'max 不得小于 min', en: () => 'min must not exceed max' },
  'record/unreadable-value': {
    'zh-CN': () => '记录中有无法读取的值（如对象冒充字符串），整条记录被拒',
    en: () => 'the record holds a value that cannot be read (such as an object posing as text); the record is rejected',
  },

  // fields
  'date/invalid': { 'zh-CN': () => '应为真实存在的 YYYY-MM-DD 日期', en: () => 'expected a real date written YYYY-MM-DD' },
  'month/invalid': { 'zh-CN': () => '应为 YYYY-MM 格式的月份', en: () => 'expected a month written YYYY-MM' },
  'amount/decimals': { 'zh-CN': () => '金额（元）至多两位小数', en: () => 'an amount in yuan has at most two decimals' },
  'division/invalid': { 'zh-CN': () => '不是有效的行政区划代码', en: () => 'not a valid division code' },
  'division/not-within-parent': {
    'zh-CN': (e: E) => `代码 ${en(e, 'child')} 不属于${PARENT_ZH[en(e, 'parentKey')] ?? en(e, 'parentKey')} ${en(e, 'parent')}`,
    en: (e: E) => `code ${en(e, 'child')} is not inside ${en(e, 'parentKey')} ${en(e, 'parent')}`,
  },
  'township/county-required': { 'zh-CN': () => '应填所属县代码 countyCode', en: () => 'a township names its county in countyCode' },
  'township/county-less': {
    'zh-CN': (e: E) => `该乡镇属于不设区县的地级市 ${en(e, 'prefectureCode')}，不填县代码，改填 prefectureCode`,
    en: (e: E) => `this township belongs to ${en(e, 'prefectureCode')}, a city without counties: give prefectureCode, not countyCode`,
  },
  'township/prefecture-required': {
    'zh-CN': (e: E) => `该乡镇属于不设区县的地级市，应填所属市代码 prefectureCode（${en(e, 'prefectureCode')}）`,
    en: (e: E) => `this township belongs to a city without counties: give its prefectureCode (${en(e, 'prefectureCode')})`,
  },
  'township/prefecture-unexpected': {
    'zh-CN': () => '只有不设区县的地级市所辖乡镇填写 prefectureCode',
    en: () => 'prefectureCode is given only for a township of a city without counties',
  },
  'division/level': {
    'zh-CN': (e: E) => `应为 ${en(e, 'length')} 位${LEVEL_ZH[en(e, 'level')] ?? en(e, 'level')}区划代码`,
    en: (e: E) => `expected a ${en(e, 'length')}-digit ${en(e, 'level')} division code`,
  },
  'id/not-a-string': { 'zh-CN': () => '身份证号码必须是字符串', en: () => 'an ID number must be a string' },
  'id/length': { 'zh-CN': () => '身份证号码应为 18 位（或 15 位旧号码）', en: () => 'an ID number has 18 characters (or 15 digits, the old form)' },
  'id/characters': {
    'zh-CN': () => '身份证号码前 17 位应为数字，末位为数字或 X',
    en: () => 'an ID number has 17 digits and a digit or X as its last character',
  },
  'id/birth-date': { 'zh-CN': () => '身份证号码中的出生日期不是有效日期', en: () => 'the birth date in the ID number is not a real date' },
  'id/check-character': { 'zh-CN': () => '身份证号码校验码错误', en: () => 'the check character of the ID number is wrong' },

  // households and members
  'member/birth-date-mismatch': {
    'zh-CN': (e: E) => `出生日期与身份证号码（${en(e, 'idNumber')}）不一致`,
    en: (e: E) => `the birth date disagrees with the ID number (${en(e, 'idNumber')})`,
  },
  'housing/nothing-recorded': {
    'zh-CN': () => '住房应记录危房级别、是否危房户、是否无房户或保障途径之一',
    en: () => 'housing records a grade, whether the house is dangerous, whether the household has no house, or a route',
  },
  'household/policy-support-not-exited': {
    'zh-CN': () => '只有已脱贫户记录是否享受政策',
    en: () => 'policy support after exit is recorded only for an exited household',
  },
  'household/duplicate-member': {
    'zh-CN': (e: E) => `成员 ${memberNumber(e.index)} 与成员 ${memberNumber(e.first)} 身份证号码重复（${en(e, 'idNumber')}）`,
    en: (e: E) => `member ${memberNumber(e.index)} has the same ID number as member ${memberNumber(e.first)} (${en(e, 'idNumber')})`,
  },

  // industry plans
  'planting/no-output-value': {
    'zh-CN': () => '需填写亩产值，或同时填写亩产和单价',
    en: () => 'give outputValuePerMu, or both yieldKgPerMu and priceYuanPerKg',
  },
  'zone/season-over-area': {
    'zh-CN': (e: E) => `同一季节（${e.season === '' ? '未填季节' : en(e, 'season')}）种植面积 ${en(e, 'sownMu')} 亩超过区块面积 ${en(e, 'areaMu')} 亩`,
    en: (e: E) => `plantings of one season (${e.season === '' ? 'no season' : en(e, 'season')}) cover ${en(e, 'sownMu')} mu, more than the zone's ${en(e, 'areaMu')} mu`,
  },
  'linkage/poor-over-total': { 'zh-CN': () => '贫困户数不能超过联结农户总数', en: () => 'poorHouseholds cannot exceed households' },
  'plan/duplicate-zone': {
    'zh-CN': (e: E) => `区块编号 ${en(e, 'zoneId')} 重复`,
    en: (e: E) => `zone id ${en(e, 'zoneId')} appears twice`,
  },

  // the ledger
  'ledger/deadline-before-opened': { 'zh-CN': () => '整改时限早于建账日期', en: () => 'the deadline is before the day the entry was opened' },
  'ledger/history-order': { 'zh-CN': () => '事件日期早于前一事件', en: () => 'an event is dated before the one before it' },

  // monitoring records
  'risk/disaster-kind-required': { 'zh-CN': () => '因灾风险须注明灾害类型', en: () => 'a disaster risk needs the kind of disaster' },
  'risk/disaster-kind-unexpected': { 'zh-CN': () => '只有因灾风险可注明灾害类型', en: () => 'only a disaster risk takes a kind of disaster' },
  'measure/protection-required': {
    'zh-CN': () => '综合保障措施须注明低保、特困、残疾人补贴或其他',
    en: () => 'a social-protection measure names dibao, tekun, disability allowance or other',
  },
  'measure/protection-unexpected': { 'zh-CN': () => '只有综合保障措施可注明保障项目', en: () => 'only a social-protection measure names a protection' },
  'monitoring/duplicate-risk': { 'zh-CN': () => '风险类型重复', en: () => 'the same risk is listed twice' },
  'monitoring/risk-before-first': {
    'zh-CN': () => '风险识别时间早于首次识别时间',
    en: () => 'the risk identification month is before the first identification',
  },
  'monitoring/elimination-missing': {
    'zh-CN': () => '状态为风险已消除，但未记录消除方式和时间',
    en: () => 'the risk is eliminated but no way and month of elimination is recorded',
  },
  'monitoring/elimination-unexpected': {
    'zh-CN': () => '风险未消除，却记录了消除方式和时间',
    en: () => 'an elimination is recorded but the state is not risk-eliminated',
  },
  'monitoring/elimination-before-identification': {
    'zh-CN': () => '风险消除时间早于风险识别时间',
    en: () => 'the elimination month is before the risk identification month',
  },
  'monitoring/history-order': { 'zh-CN': () => '事件日期早于前一事件', en: () => 'an event is dated before the one before it' },
} satisfies MessageCatalog;

/** A message key of {@link VALIDATION_MESSAGES}. 校验消息代码。 */
export type ValidationMessageCode = keyof typeof VALIDATION_MESSAGES;

/**
 * The catalog of record validation, made by `defineCatalog`.
 * 记录校验的消息目录。
 *
 * @example
 * VALIDATION_CATALOG.render('date/invalid', {}, 'en') //=> 'expected a real date written YYYY-MM-DD'
 */
export const VALIDATION_CATALOG = defineCatalog('validation', VALIDATION_MESSAGES);
